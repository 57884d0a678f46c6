/* unicodedb.c - accessors over the generated Unicode tables (unicodedb_data.c).
 * See unicodedb.h for the contract. */
#include "support/unicodedb.h"

double gp_uni_numeric_value(uint32_t cp)
{
    const gp_uni_record *r = gp_uni_rec(cp);
    if (r->numeric == 0xFFFF)
        return -1.0;
    return gp_uni_numeric_values[r->numeric];
}

const char *gp_uni_category(uint32_t cp)
{
    return gp_uni_category_names[gp_uni_rec(cp)->category];
}

/* Shared body of the four full mappings: which selects the record field. */
static inline int map_full(uint32_t cp, int32_t field, unsigned flags, uint32_t out[3])
{
    if (!(flags & GP_UNI_EXTCASE)) {
        out[0] = (uint32_t)((int32_t)cp + field);
        return 1;
    }
    const uint32_t *p = &gp_uni_special_case[field];
    int n = (int)p[0];
    for (int k = 0; k < n; k++)
        out[k] = p[1 + k];
    return n;
}

int gp_uni_to_lower_full(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    const gp_uni_record *r = gp_uni_rec(cp);
    return map_full(cp, r->lower, r->flags, out);
}

int gp_uni_to_upper_full(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const gp_uni_record *r = gp_uni_rec(cp);
    return map_full(cp, r->upper, r->flags, out);
}

int gp_uni_to_title_full(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const gp_uni_record *r = gp_uni_rec(cp);
    return map_full(cp, r->title, r->flags, out);
}

int gp_uni_to_fold_full(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    const gp_uni_record *r = gp_uni_rec(cp);
    return map_full(cp, r->fold, r->flags, out);
}

uint32_t gp_uni_lower_sigma(const uint32_t *s, size_t n, size_t i)
{
    size_t j = i;
    while (j > 0) {
        uint32_t c = s[j - 1];
        if (!gp_uni_iscaseignorable(c))
            break;
        j--;
    }
    if (j == 0 || !gp_uni_iscased(s[j - 1]))
        return 0x3C3;
    j = i + 1;
    while (j < n && gp_uni_iscaseignorable(s[j]))
        j++;
    if (j < n && gp_uni_iscased(s[j]))
        return 0x3C3;
    return 0x3C2;
}
