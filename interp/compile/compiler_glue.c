/* compiler_glue.c -- builds opnames.c and disasm.c into gp_core.
 *
 * CMakeLists.txt globs only compile/symtable*.c and compile/compiler*.c into
 * gp_core, so the opcode-name table and the disassembler are compiled from
 * here. If the build later lists opnames.c and disasm.c itself, delete this
 * file (until then, both objects defining the same symbols in a static
 * library is harmless: the linker pulls in only one of them).
 */
#include "compile/opnames.c"
#include "compile/disasm.c"
