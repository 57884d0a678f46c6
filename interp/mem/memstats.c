/* memstats.c -- the human-readable allocator report (sys._debugmallocstats).
 *
 * Only formatting lives here; the numbers come from gp_mem_get_stats() in
 * obmalloc.c, so this file knows nothing about pools or arenas beyond the
 * public GpMemStats structure. */
#include "mem/gpmem.h"

#include <inttypes.h>

/* Format v with ',' every three digits into buf (at least 32 bytes). */
static const char *grouped(char *buf, uint64_t v)
{
    char tmp[32];
    int n = 0, out = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n > 0) {
        buf[out++] = tmp[--n];
        if (n > 0 && n % 3 == 0)
            buf[out++] = ',';
    }
    buf[out] = '\0';
    return buf;
}

static void line(FILE *out, const char *label, uint64_t v)
{
    char b[32];
    fprintf(out, "%-35s= %20s\n", label, grouped(b, v));
}

void gp_mem_print_stats(FILE *out)
{
    GpMemStats st;
    char label[64];

    gp_mem_get_stats(&st);
    fprintf(out, "Small block threshold = %d, in %d size classes.\n",
            GP_MEM_SMALL_MAX, GP_MEM_NCLASSES);
    if (st.backend == GP_MEM_BACKEND_MALLOC)
        fprintf(out, "Backend: malloc (GILPY_MALLOC=malloc or sanitizer "
                     "build): new blocks bypass the pools.\n");
    fprintf(out, "\nclass   size   num pools   blocks in use  avail blocks\n"
                 "-----   ----   ---------   -------------  ------------\n");
    for (int c = 0; c < GP_MEM_NCLASSES; c++) {
        const GpMemClassStats *cs = &st.classes[c];
        if (cs->pools == 0)
            continue;
        fprintf(out, "%5d %6zu %11zu %15zu %13zu\n",
                c, cs->block_size, cs->pools, cs->blocks_used, cs->blocks_free);
    }
    fputc('\n', out);
    line(out, "# arenas allocated total", st.arenas_allocated);
    line(out, "# arenas reclaimed", st.arenas_freed);
    line(out, "# arenas highwater mark", st.arenas_highwater);
    line(out, "# arenas allocated current", st.arenas_current);
    line(out, "# empty arenas kept for reuse", st.arenas_cached_empty);
    snprintf(label, sizeof label, "%zu arenas * %zu bytes/arena",
             st.arenas_current, (size_t)GP_MEM_ARENA_SIZE);
    line(out, label, st.bytes_mapped);
    fputc('\n', out);
    line(out, "# bytes in allocated blocks", st.bytes_in_used_blocks);
    line(out, "# bytes in available blocks", st.bytes_in_avail_blocks);
    snprintf(label, sizeof label, "%zu unused pools * %zu bytes",
             st.pools_free + st.pools_untouched, (size_t)GP_MEM_POOL_SIZE);
    line(out, label, st.bytes_in_free_pools);
    line(out, "# bytes lost to pool headers", st.bytes_pool_headers);
    line(out, "# bytes lost to quantization", st.bytes_pool_tail_waste);
    line(out, "Total", st.bytes_in_used_blocks + st.bytes_in_avail_blocks +
                       st.bytes_in_free_pools + st.bytes_pool_headers +
                       st.bytes_pool_tail_waste);
    fputc('\n', out);
    line(out, "# malloc/calloc calls (large/0/bypass)", st.sys_malloc_calls);
    line(out, "# realloc calls", st.sys_realloc_calls);
    line(out, "# free calls", st.sys_free_calls);
    line(out, "# bytes requested from malloc", st.sys_bytes_requested);
    line(out, "# small requests sent to malloc", st.sys_fallback_calls);
}
