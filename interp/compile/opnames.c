/* opnames.c -- the printable name of every opcode, generated from GP_OP_LIST
 * so that the table can never fall out of step with the enum. */
#include <stdint.h>
#include "compile/opcodes.h"

const char *const gp_opcode_names[GP_OP_COUNT] = {
#define GP_OP_NAME(name) #name,
    GP_OP_LIST(GP_OP_NAME)
#undef GP_OP_NAME
};
