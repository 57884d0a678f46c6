/* disasm.h -- human-readable listing of a code object (the `dis` module's
 * back end). */
#ifndef GP_DISASM_H
#define GP_DISASM_H
#include "objects/object.h"

/* A str in the format of CPython's dis.dis(): source line, `>>` on jump
 * targets, word offset, opcode name, argument and its meaning in
 * parentheses; then the exception table; then every nested code object. */
GpObject *gp_disassemble(GpObject *code);
/* Same, without the nested code objects. */
GpObject *gp_disassemble_one(GpObject *code);
#endif
