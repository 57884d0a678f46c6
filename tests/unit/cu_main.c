/* Shared main() for the CUnit programs under tests/unit/.
 * Each test_<layer>_<name>.c defines gp_cu_register(), which adds its suites
 * to the registry; this file runs them and turns failures into the exit code
 * CTest looks at. */
#include <CUnit/Basic.h>
#include <stdio.h>

void gp_cu_register(void);

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    gp_cu_register();
    CU_basic_set_mode(CU_BRM_NORMAL);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    unsigned ran = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    if (ran == 0) {
        fprintf(stderr, "no CUnit test ran\n");
        return 1;
    }
    return failed ? 1 : 0;
}
