/* codeobject.c -- the code object type.
 *
 * A code object is the compiler's immutable output: instruction words, the
 * constants and names they index, the layout of the frame's fast locals, a
 * line number per word and the zero-cost exception table (see
 * compile/opcodes.h). The attributes visible from Python are read-only and
 * named as in CPython (co_name, co_varnames, ...). co_code exposes the
 * instruction words as bytes in native byte order.
 */
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "objects/typeobject.h"   /* gp_weakref_clear_hook */

static void code_dealloc(GpObject *o)
{
    GpCode *co = (GpCode *)o;
    if (co->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &co->weakreflist);
    free(co->code);
    free(co->cell2arg);
    free(co->lines);
    free(co->positions);
    free(co->exctable);
    free(co->caches);
    GP_XDECREF(co->consts);
    GP_XDECREF(co->names);
    GP_XDECREF(co->varnames);
    GP_XDECREF(co->cellvars);
    GP_XDECREF(co->freevars);
    GP_XDECREF(co->filename);
    GP_XDECREF(co->name);
    GP_XDECREF(co->qualname);
    GP_XDECREF(co->docstring_unused);
    gp_obj_free(o);
}

static GpObject *code_repr(GpObject *o)
{
    GpCode *co = (GpCode *)o;
    return gp_str_from_format("<code object %U at %p, file \"%U\", line %d>",
                              co->name, (void *)co, co->filename, co->firstlineno);
}

static GpObject *code_get_co_code(GpObject *o, void *closure)
{
    GpCode *co = (GpCode *)o;
    return gp_bytes_from((const char *)co->code, co->ncode * (gp_ssize)sizeof(uint32_t));
}

static GpObject *code_get_nlocals(GpObject *o, void *closure)
{
    return gp_int_from_i64(((GpCode *)o)->nlocals);
}

/* co_lines(): list of (start_byte, end_byte, line) like CPython's iterator,
 * here in word units converted to bytes (4 per word). */
static GpObject *code_co_lines(GpObject *o, GpObject *unused)
{
    GpCode *co = (GpCode *)o;
    GpObject *res = gp_list_new(0);
    if (!res)
        return NULL;
    gp_ssize i = 0;
    while (i < co->ncode) {
        gp_ssize j = i + 1;
        while (j < co->ncode && co->lines[j] == co->lines[i])
            j++;
        GpObject *line = co->lines[i] < 0 ? gp_newref(gp_None) : gp_int_from_i64(co->lines[i]);
        GpObject *a = gp_int_from_ssize(i * 4), *b = gp_int_from_ssize(j * 4);
        GpObject *t = (line && a && b) ? gp_tuple_pack(3, a, b, line) : NULL;
        GP_XDECREF(line);
        GP_XDECREF(a);
        GP_XDECREF(b);
        if (!t || gp_list_append(res, t) < 0) {
            GP_XDECREF(t);
            GP_DECREF(res);
            return NULL;
        }
        GP_DECREF(t);
        i = j;
    }
    GpObject *it = gp_iter(res);
    GP_DECREF(res);
    return it;
}

static const GpMethodDef code_methods[] = {
    GP_METHOD("co_lines", code_co_lines, GP_METH_NOARGS),
    { NULL }
};

#define CO_OFF(f) ((gp_ssize)offsetof(GpCode, f))
static const GpMemberDef code_members[] = {
    { "co_name", GP_T_OBJECT, CO_OFF(name), GP_MEMBER_READONLY, NULL },
    { "co_qualname", GP_T_OBJECT, CO_OFF(qualname), GP_MEMBER_READONLY, NULL },
    { "co_filename", GP_T_OBJECT, CO_OFF(filename), GP_MEMBER_READONLY, NULL },
    { "co_firstlineno", GP_T_INT, CO_OFF(firstlineno), GP_MEMBER_READONLY, NULL },
    { "co_argcount", GP_T_INT, CO_OFF(argcount), GP_MEMBER_READONLY, NULL },
    { "co_posonlyargcount", GP_T_INT, CO_OFF(posonlyargcount), GP_MEMBER_READONLY, NULL },
    { "co_kwonlyargcount", GP_T_INT, CO_OFF(kwonlyargcount), GP_MEMBER_READONLY, NULL },
    { "co_varnames", GP_T_OBJECT, CO_OFF(varnames), GP_MEMBER_READONLY, NULL },
    { "co_cellvars", GP_T_OBJECT, CO_OFF(cellvars), GP_MEMBER_READONLY, NULL },
    { "co_freevars", GP_T_OBJECT, CO_OFF(freevars), GP_MEMBER_READONLY, NULL },
    { "co_names", GP_T_OBJECT, CO_OFF(names), GP_MEMBER_READONLY, NULL },
    { "co_consts", GP_T_OBJECT, CO_OFF(consts), GP_MEMBER_READONLY, NULL },
    { "co_flags", GP_T_INT, CO_OFF(flags), GP_MEMBER_READONLY, NULL },
    { "co_stacksize", GP_T_INT, CO_OFF(stacksize), GP_MEMBER_READONLY, NULL },
    { NULL }
};

static const GpGetSetDef code_getsets[] = {
    { "co_code", code_get_co_code, NULL, NULL, NULL },
    { "co_nlocals", code_get_nlocals, NULL, NULL, NULL },
    { NULL }
};

GpType GpCode_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "code",
    .basicsize = sizeof(GpCode),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = code_dealloc,
    .repr = code_repr,
    .methods = code_methods,
    .members = code_members,
    .getsets = code_getsets,
    .weaklistoffset = offsetof(GpCode, weakreflist),
};

GpObject *gp_code_new(uint32_t *code, gp_ssize ncode, GpObject *consts, GpObject *names,
                      GpObject *varnames, GpObject *cellvars, GpObject *freevars,
                      GpObject *filename, GpObject *name, GpObject *qualname,
                      int argcount, int posonlyargcount, int kwonlyargcount,
                      int stacksize, int flags, int firstlineno, int *cell2arg,
                      int32_t *lines, GpExcTableEntry *exctable, int nexctable, int ncaches)
{
    GpCode *co = (GpCode *)gp_obj_alloc(&GpCode_Type, 0);
    if (!co) {
        free(code);
        free(cell2arg);
        free(lines);
        free(exctable);
        return NULL;
    }
    co->code = code;
    co->ncode = ncode;
    co->consts = gp_newref(consts);
    co->names = gp_newref(names);
    co->varnames = gp_newref(varnames);
    co->cellvars = gp_newref(cellvars);
    co->freevars = gp_newref(freevars);
    co->filename = gp_newref(filename);
    co->name = gp_newref(name);
    co->qualname = gp_newref(qualname ? qualname : name);
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->nlocals = (int)GP_SIZE(varnames);
    co->ncells = (int)GP_SIZE(cellvars);
    co->nfrees = (int)GP_SIZE(freevars);
    co->stacksize = stacksize;
    /* no CO_NOFREE: CPython 3.11 no longer sets it (co_flags of a plain
       function is 3) */
    co->flags = flags;
    co->firstlineno = firstlineno;
    co->cell2arg = cell2arg;
    co->lines = lines;
    co->exctable = exctable;
    co->nexctable = nexctable;
    co->ncaches = ncaches;
    co->caches = NULL;
    co->weakreflist = NULL;
    co->docstring_unused = NULL;
    return (GpObject *)co;
}

int gp_code_line_of(GpCode *co, gp_ssize word_index)
{
    if (!co->lines || word_index < 0)
        return co->firstlineno;
    if (word_index >= co->ncode)
        word_index = co->ncode - 1;
    /* A cache word or a line-less instruction takes the nearest preceding line. */
    for (gp_ssize i = word_index; i >= 0; i--)
        if (co->lines[i] >= 0)
            return co->lines[i];
    return co->firstlineno;
}

int gp_code_positions(GpCode *co, int idx, int *lineno, int *end_lineno, int *col, int *end_col)
{
    if (!co->positions || !co->lines || idx < 0 || idx >= co->ncode)
        return 0;
    const int32_t *p = co->positions + 3 * (size_t)idx;
    *lineno = co->lines[idx];
    *end_lineno = p[0];
    *col = p[1];
    *end_col = p[2];
    return *lineno > 0 && *col >= 0 && *end_col >= 0;
}
