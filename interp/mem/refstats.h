/* refstats.h -- whole-heap accounting reports built on the allocator and
 * the GC lists (implementation: refstats.c).
 *
 *   gp_mem_clear_freelists()   free the objects parked on the type free
 *                              lists (float, tuple, list, dict, int); the
 *                              collector calls it after a full collection,
 *                              as CPython does.
 *   -X showrefcount            main.c sets gp_mem_showrefcount; at exit
 *                              gp_mem_print_refcount() prints
 *                              "[N refs, M blocks]" to stderr.
 */
#ifndef GP_MEM_REFSTATS_H
#define GP_MEM_REFSTATS_H

#include <stdio.h>
#include "objects/object.h"

void gp_mem_clear_freelists(void);

/* Set by -X showrefcount. */
extern int gp_mem_showrefcount;

/* N: the sum of the reference counts of every object the walk described in
 * refstats.c finds; M: live allocator blocks (pool blocks in use plus live
 * malloc'd blocks).  Both after emptying the free lists. */
void gp_mem_ref_totals(gp_ssize *refs, gp_ssize *blocks);

/* "[N refs, M blocks]\n" on out, if gp_mem_showrefcount is set.  Meant for
 * the very end of gp_runtime_finalize (modules torn down, GC lists merged). */
void gp_mem_print_refcount(FILE *out);

#endif /* GP_MEM_REFSTATS_H */
