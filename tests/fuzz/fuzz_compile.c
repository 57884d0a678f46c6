/* fuzz_compile.c -- feeds arbitrary bytes through the tokenizer, parser,
 * symbol table and compiler (gp_compile_source, the function behind
 * compile(), exec(), eval() and import), in the three modes.
 *
 * Built two ways (see tests/fuzz/README.md):
 *   - with GP_LIBFUZZER defined and -fsanitize=fuzzer: a libFuzzer target
 *     (LLVMFuzzerTestOneInput; libFuzzer supplies main());
 *   - without it: a plain program whose main() runs every file named on the
 *     command line (directories: every regular file inside, sorted) once,
 *     which is how CTest replays tests/fuzz/crashers/. With -t N, an input
 *     that takes more than N seconds also fails (inputs that used to take
 *     quadratic time are kept there too).
 *
 * Any outcome other than a crash, a sanitizer report or a hang is fine: a
 * code object, or an exception (SyntaxError, ValueError for NUL bytes,
 * RecursionError, MemoryError...). When compilation succeeds, the code
 * object is also disassembled and every instruction's source position is
 * looked up, which walks the exception table, line table and nested code
 * objects the assembler produced.
 */
#define _GNU_SOURCE 1   /* memmem */
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "vm/runtime.h"
#include "compile/disasm.h"

/* GP_PARSE_FLAG_IGNORE_COOKIE from compile/parser.h, which cannot be
 * included together with gilpy.h (both define GpSyntaxError). */
#define FUZZ_IGNORE_COOKIE 1

static GpObject *fuzz_filename;
static int fuzz_verbose;     /* replay: GP_FUZZ_VERBOSE=1 prints each outcome */

static int fuzz_init(void)
{
    static int done;
    if (done)
        return 0;
    done = 1;
    if (gp_runtime_init(NULL) < 0) {
        fprintf(stderr, "fuzz_compile: runtime initialisation failed\n");
        abort();
    }
    fuzz_filename = gp_str_from_cstr("<fuzz>");
    if (!fuzz_filename)
        abort();
    return 0;
}

/* Touch everything a successful compilation produced. */
static void check_code(GpObject *co)
{
    GpCode *c = (GpCode *)co;
    for (gp_ssize i = 0; i < c->ncode; i++) {
        int l, el, col, ecol;
        (void)gp_code_positions(c, (int)i, &l, &el, &col, &ecol);
        (void)gp_code_line_of(c, i);
    }
    for (gp_ssize i = 0; i < GP_SIZE(c->consts); i++) {
        GpObject *k = GP_TUPLE_GET(c->consts, i);
        if (GP_CODE_CHECK(k))
            check_code(k);
    }
}

static void compile_one(const char *src, size_t len, const char *mode, int flags)
{
    GpObject *co = gp_compile_source(src, (gp_ssize)len, fuzz_filename, mode, flags, 0);
    if (co) {
        if (!GP_CODE_CHECK(co))
            abort();
        check_code(co);
        GpObject *dis = gp_disassemble(co);
        if (dis)
            GP_DECREF(dis);
        else
            gp_err_clear();
        GP_DECREF(co);
        if (fuzz_verbose)
            fprintf(stderr, "  %s: code object\n", mode);
        return;
    }
    GpObject *exc = gp_err_fetch();
    if (!exc) {
        fprintf(stderr, "fuzz_compile: compile(mode=%s) failed without an exception\n", mode);
        abort();
    }
    /* Render the message as a traceback would (SyntaxError.__str__). */
    GpObject *s = gp_str(exc);
    if (fuzz_verbose)
        fprintf(stderr, "  %s: %s: %s\n", mode, GP_TYPE(exc)->name,
                s && GP_STR_CHECK(s) ? GP_STR_DATA(s) : "?");
    if (s)
        GP_DECREF(s);
    else
        gp_err_clear();
    GP_DECREF(exc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    /* An exact-size copy with no terminator: gp_compile_source must read
     * src[0..len) only, and ASan reports any read past it. */
    char *src = malloc(size ? size : 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    compile_one(src, size, "exec", 0);
    compile_one(src, size, "eval", 0);
    compile_one(src, size, "single", 0);
    /* The str-source path (compile(str)): coding cookies are ignored. */
    if (size >= 6 && memmem(src, size, "coding", 6))
        compile_one(src, size, "exec", FUZZ_IGNORE_COOKIE);
    free(src);
    return 0;
}

#ifndef GP_LIBFUZZER
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>

static double max_seconds;   /* -t N: an input taking longer is a failure */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "%s: out of memory\n", path);
        return 1;
    }
    fprintf(stderr, "fuzz_compile: %s (%zu bytes)\n", path, n);
    double t0 = now_seconds();
    LLVMFuzzerTestOneInput(buf, n);
    double dt = now_seconds() - t0;
    free(buf);
    if (max_seconds > 0 && dt > max_seconds) {
        fprintf(stderr, "fuzz_compile: %s: too slow: %.2f s (limit %.2f s)\n", path, dt, max_seconds);
        return 1;
    }
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        perror(dir);
        return 1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            char **nn = realloc(names, (cap = cap ? cap * 2 : 16) * sizeof *names);
            if (!nn)
                abort();
            names = nn;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *p = malloc(len);
        snprintf(p, len, "%s/%s", dir, names[i]);
        struct stat st;
        if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
            bad |= run_file(p);
        free(p);
        free(names[i]);
    }
    free(names);
    return bad;
}

int main(int argc, char **argv)
{
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "-t") == 0) {
        max_seconds = atof(argv[2]);
        first = 3;
    }
    if (argc <= first) {
        fprintf(stderr, "usage: %s [-t MAX-SECONDS-PER-INPUT] FILE-OR-DIR...\n", argv[0]);
        return 2;
    }
    const char *v = getenv("GP_FUZZ_VERBOSE");
    fuzz_verbose = v && *v && strcmp(v, "0") != 0;
    int bad = 0;
    for (int i = first; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            bad |= run_dir(argv[i]);
        else
            bad |= run_file(argv[i]);
    }
    if (!bad)
        fprintf(stderr, "fuzz_compile: all inputs handled\n");
    return bad;
}
#endif
