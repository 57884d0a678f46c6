/* compiler.c -- compiler core: code units, instruction emission, constants,
 * names, the assembler (stack depth, exception table, line table) and the
 * entry point gp_compile_source().
 *
 * Design (see compiler.h): each code object under construction is a GpUnit
 * holding a flat list of instructions whose jump arguments are labels. The
 * lexical stack of exception handlers is tracked at emission time: every
 * instruction records the innermost active handler, and pushing a handler
 * leaves a zero-width SETUP marker in the stream. The assembler
 *   1. computes the stack depth at every instruction by abstract
 *      interpretation over the control-flow graph (a worklist over
 *      instruction indices), giving each handler the depth at its SETUP
 *      marker and entering the handler with depth+lasti+1;
 *   2. lays out words (cache-carrying opcodes take two), resolves labels to
 *      absolute word indices and numbers the inline caches;
 *   3. turns runs of consecutive words with the same handler into exception
 *      table ranges (non-overlapping, sorted by start, as the VM expects);
 *   4. writes one line number per word.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "compile/compiler.h"

/* ---- errors --------------------------------------------------------------- */

/* Line `lineno` of the file named `filename`, newline-terminated, or NULL.
 * Errors found after parsing take their text from the file on disk, as
 * CPython does: code compiled from a string ("<string>", "<stdin>") has
 * none, and the traceback then shows no source line. */
static char *file_line(GpObject *filename, int lineno)
{
    if (!filename || !GP_STR_CHECK(filename) || lineno < 1)
        return NULL;
    const char *path = gp_str_utf8(filename);
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    int line = 1, ch;
    while ((ch = getc(f)) != EOF) {
        if (line == lineno) {
            if (n + 2 >= cap) {
                size_t nc = cap ? cap * 2 : 128;
                char *nb = realloc(buf, nc);
                if (!nb)
                    break;
                buf = nb;
                cap = nc;
            }
            buf[n++] = (char)ch;
        }
        if (ch == '\n' && ++line > lineno)
            break;
    }
    fclose(f);
    if (!buf)
        return NULL;
    if (n == 0 || buf[n - 1] != '\n')
        buf[n++] = '\n';
    buf[n] = 0;
    return buf;
}

void gp_compiler_error(GpObject *filename, const char *src, gp_ssize srclen, int lineno, int col,
                       int end_lineno, int end_col, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    (void)src;
    (void)srclen;
    char *text = file_line(filename, lineno);
    GpObject *fn = filename;
    if (!fn)
        fn = gp_str_from_cstr("<unknown>");
    else
        GP_INCREF(fn);
    gp_err_set_syntax(&GpExc_SyntaxError, msg, fn, lineno, col + 1, end_lineno, end_col + 1, text);
    GP_XDECREF(fn);
    free(text);
}

int gp_compiler_warn(GpCompiler *c, int lineno, int col, int end_lineno, int end_col, const char *fmt,
                     ...)
{
    /* CPython's compiler_warn: warnings.warn_explicit(msg, SyntaxWarning,
     * filename, lineno) with no module and no registry (so every compile
     * warns again); a warning turned into an error by the filters becomes a
     * SyntaxError at the same place. */
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    GpObject *mod = gp_import("warnings");
    if (!mod) {
        gp_err_clear(); /* no warnings machinery yet: say nothing */
        return 0;
    }
    GpObject *args[4] = {gp_str_from_cstr(msg), (GpObject *)&GpExc_SyntaxWarning,
                         c->filename ? c->filename : gp_None, gp_int_from_i64(lineno)};
    GpObject *r = NULL;
    if (args[0] && args[3])
        r = gp_call_method_str(mod, "warn_explicit", args, 4);
    GP_XDECREF(args[0]);
    GP_XDECREF(args[3]);
    GP_DECREF(mod);
    if (r) {
        GP_DECREF(r);
        return 0;
    }
    if (gp_err_matches(&GpExc_SyntaxWarning)) {
        gp_err_clear();
        gp_compiler_error(c->filename, c->src, c->srclen, lineno, col, end_lineno, end_col, "%s", msg);
    }
    return -1;
}

int gp_compiler_recursion_error(void)
{
    gp_err_set_string(&GpExc_RecursionError, "maximum recursion depth exceeded during compilation");
    return -1;
}

/* ---- emission ------------------------------------------------------------- */

int gp_c_emit(GpCompiler *c, int op, int arg)
{
    GpUnit *u = c->u;
    if (u->ninstrs == u->capinstrs) {
        int nc = u->capinstrs ? u->capinstrs * 2 : 64;
        GpInstr *n = realloc(u->instrs, nc * sizeof *n);
        if (!n) {
            gp_err_no_memory();
            return -1;
        }
        u->instrs = n;
        u->capinstrs = nc;
    }
    if (arg < 0 || (unsigned)arg > GP_ARG_MAX) {
        gp_err_set_string(&GpExc_SystemError, "compiler: instruction argument out of range");
        return -1;
    }
    GpInstr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->lineno = u->lineno;
    in->end_lineno = u->end_lineno;
    in->col = u->col;
    in->end_col = u->end_col;
    in->handler = u->cur_handler;
    return 0;
}

int gp_c_emit_jump(GpCompiler *c, int op, int label) { return gp_c_emit(c, op, label); }

/* The last emitted opcode, or -1 when the next instruction can be reached
 * by a jump (a label is bound here) or nothing was emitted: callers use it
 * to skip a jump after an unconditional transfer, which is only safe when
 * the current position is not a jump target. */
int gp_c_last_op(GpCompiler *c)
{
    GpUnit *u = c->u;
    if (!u->ninstrs)
        return -1;
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] == u->ninstrs)
            return -1;
    return u->instrs[u->ninstrs - 1].op;
}

int gp_c_new_label(GpCompiler *c)
{
    GpUnit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int nc = u->caplabels ? u->caplabels * 2 : 32;
        int *n = realloc(u->labels, nc * sizeof *n);
        if (!n) {
            gp_err_no_memory();
            return -1;
        }
        u->labels = n;
        u->caplabels = nc;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

int gp_c_bind_label(GpCompiler *c, int label)
{
    c->u->labels[label] = c->u->ninstrs;
    return 0;
}

int gp_c_push_handler(GpCompiler *c, int label, int lasti)
{
    GpUnit *u = c->u;
    if (u->nhandlers == u->caphandlers) {
        int nc = u->caphandlers ? u->caphandlers * 2 : 8;
        GpHandler *n = realloc(u->handlers, nc * sizeof *n);
        if (!n) {
            gp_err_no_memory();
            return -1;
        }
        u->handlers = n;
        u->caphandlers = nc;
    }
    int h = u->nhandlers++;
    u->handlers[h].label = label;
    u->handlers[h].lasti = lasti;
    u->handlers[h].parent = u->cur_handler;
    u->handlers[h].depth = -1;
    u->handlers[h].adjust = 0;
    u->handlers[h].setup = u->ninstrs;
    /* The SETUP marker belongs to the outer handler (it is where the depth is measured). */
    GP_C_CHECK(gp_c_emit(c, GP_PSEUDO_SETUP, h));
    u->cur_handler = h;
    return h;
}

int gp_c_jump_to(GpCompiler *c, int label)
{
    GpUnit *u = c->u;
    int pos = u->labels[label];
    return gp_c_emit(c, (pos >= 0 && pos <= u->ninstrs) ? OP_JUMP_BACKWARD : OP_JUMP_FORWARD, label);
}

void gp_c_pop_handler(GpCompiler *c)
{
    GpUnit *u = c->u;
    if (u->cur_handler >= 0)
        u->cur_handler = u->handlers[u->cur_handler].parent;
}

/* ---- constants and names -------------------------------------------------- */

/* A unit's constants are canonical (gp_c_merge_const): two constants are
 * the same entry of co_consts exactly when they are the same object. */
static uint64_t ptr_hash(const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdu;
    return h ^ (h >> 33);
}

static uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211u;
    return h;
}

static uint64_t name_hash(const char *name)
{
    return hash_bytes(14695981039346656037u, name, strlen(name));
}

/* Short lists are scanned; from this length on they get a hash index. */
#define GP_LIST_INDEX_MIN 16

/* Bring ix up to date with list l (items are only ever appended). 0 or -1
 * (the caller falls back to a linear scan: the index is an optimisation). */
static int list_index_sync(GpListIndex *ix, GpObject *l, int is_const)
{
    gp_ssize n = GP_SIZE(l);
    GpObject **items = ((GpList *)l)->items;
    if ((gp_ssize)ix->cap < 2 * (n + 1)) {
        int cap = ix->cap ? ix->cap : 64;
        while ((gp_ssize)cap < 4 * (n + 1)) {
            if (cap > (1 << 28))
                return -1;
            cap *= 2;
        }
        int *slots = calloc((size_t)cap, sizeof *slots);
        if (!slots)
            return -1;
        free(ix->slots);
        ix->slots = slots;
        ix->cap = cap;
        ix->nindexed = 0;
    }
    for (gp_ssize i = ix->nindexed; i < n; i++) {
        uint64_t h = is_const ? ptr_hash(items[i]) : name_hash(GP_STR_DATA(items[i]));
        size_t m = (size_t)ix->cap - 1, j = (size_t)h & m;
        while (ix->slots[j])
            j = (j + 1) & m;
        ix->slots[j] = (int)i + 1;
    }
    ix->nindexed = (int)n;
    return 0;
}

static void list_index_free(GpListIndex *ix)
{
    free(ix->slots);
    memset(ix, 0, sizeof *ix);
}

/* Index of the canonical constant o in l, or -1. */
static int const_find(GpListIndex *ix, GpObject *l, GpObject *o)
{
    gp_ssize n = GP_SIZE(l);
    GpObject **items = ((GpList *)l)->items;
    if (n >= GP_LIST_INDEX_MIN && list_index_sync(ix, l, 1) == 0) {
        size_t m = (size_t)ix->cap - 1, j = (size_t)ptr_hash(o) & m;
        for (; ix->slots[j]; j = (j + 1) & m)
            if (items[ix->slots[j] - 1] == o)
                return ix->slots[j] - 1;
        return -1;
    }
    for (gp_ssize i = 0; i < n; i++)
        if (items[i] == o)
            return (int)i;
    return -1;
}

int gp_c_add_const(GpCompiler *c, GpObject *o)
{
    o = gp_c_merge_const(&c->const_cache, o);
    if (!o)
        return -1;
    GpObject *l = c->u->consts;
    gp_ssize n = GP_SIZE(l);
    int i = const_find(&c->u->consts_ix, l, o);
    if (i >= 0) {
        GP_DECREF(o);
        return i;
    }
    int r = gp_list_append(l, o);
    GP_DECREF(o);
    return r < 0 ? -1 : (int)n;
}

/* Index of the str equal to name in l, or -1. ix may be NULL (no index). */
static int list_index_cstr(GpListIndex *ix, GpObject *l, const char *name)
{
    gp_ssize n = GP_SIZE(l);
    GpObject **items = ((GpList *)l)->items;
    if (ix && n >= GP_LIST_INDEX_MIN && list_index_sync(ix, l, 0) == 0) {
        size_t m = (size_t)ix->cap - 1, j = (size_t)name_hash(name) & m;
        for (; ix->slots[j]; j = (j + 1) & m)
            if (strcmp(GP_STR_DATA(items[ix->slots[j] - 1]), name) == 0)
                return ix->slots[j] - 1;
        return -1;
    }
    for (gp_ssize i = 0; i < n; i++)
        if (strcmp(GP_STR_DATA(items[i]), name) == 0)
            return (int)i;
    return -1;
}

static int list_add_name(GpListIndex *ix, GpObject *l, const char *name)
{
    int i = list_index_cstr(ix, l, name);
    if (i >= 0)
        return i;
    GpObject *s = gp_str_intern_cstr(name);
    if (!s)
        return -1;
    int r = gp_list_append(l, s);
    GP_DECREF(s);
    return r < 0 ? -1 : (int)GP_SIZE(l) - 1;
}

int gp_c_add_name(GpCompiler *c, const char *name)
{
    return list_add_name(&c->u->names_ix, c->u->names, name);
}

int gp_c_load_const(GpCompiler *c, GpObject *o)
{
    int i = gp_c_add_const(c, o);
    if (i < 0)
        return -1;
    return gp_c_emit(c, OP_LOAD_CONST, i);
}

int gp_c_load_none(GpCompiler *c) { return gp_c_load_const(c, gp_newref(gp_None)); }

int gp_c_varname_index(GpUnit *u, const char *name)
{
    return list_index_cstr(&u->varnames_ix, u->varnames, name);
}

int gp_c_deref_index(GpUnit *u, const char *name)
{
    int i = list_index_cstr(&u->cellvars_ix, u->cellvars, name);
    if (i >= 0)
        return i;
    i = list_index_cstr(&u->freevars_ix, u->freevars, name);
    if (i >= 0)
        return (int)GP_SIZE(u->cellvars) + i;
    return -1;
}

/* ---- frame blocks ---------------------------------------------------------- */

int gp_c_push_fblock(GpCompiler *c, GpFBlockKind kind, int block, int exit, const void *datum)
{
    GpUnit *u = c->u;
    if (u->nfblocks >= GP_MAX_FBLOCKS) {
        gp_compiler_error(c->filename, c->src, c->srclen, u->lineno, 0, u->lineno, 0,
                          "too many statically nested blocks");
        return -1;
    }
    GpFBlock *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    f->handler_outside = u->cur_handler;
    return 0;
}

void gp_c_pop_fblock(GpCompiler *c) { c->u->nfblocks--; }

/* ---- units ------------------------------------------------------------------ */

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int fill_sorted(GpListIndex *ix, GpObject *list, const char **names, int n)
{
    qsort(names, n, sizeof *names, cmp_cstr);
    for (int i = 0; i < n; i++)
        if (list_add_name(ix, list, names[i]) < 0)
            return -1;
    return 0;
}

GpObject *gp_c_qualname(GpCompiler *c, const char *name, int unused)
{
    GpUnit *p = c->u;   /* the unit that will contain the new code */
    if (!p || p->scope_type == GP_SCOPE_MODULE)
        return gp_str_from_cstr(name);
    int sc = gp_symscope_resolve(p->ste, name);
    if (sc == GP_SYM_GLOBAL_EXPLICIT && p->ste->kind != GP_SCOPE_MODULE) {
        GpSymbol *sym = gp_symscope_lookup(p->ste, name);
        if (sym && (sym->flags & GP_DEF_GLOBAL))
            return gp_str_from_cstr(name);
    }
    if (p->scope_type == GP_SCOPE_FUNCTION)
        return gp_str_from_format("%U.<locals>.%s", p->qualname, name);
    return gp_str_from_format("%U.%s", p->qualname, name);
}

int gp_c_enter_scope(GpCompiler *c, GpObject *name, const void *node, int lineno)
{
    GpSymScope *ste;
    if (!c->u)
        ste = c->st->top;
    else
        ste = gp_symtable_child(c->u->ste, node);
    if (!ste) {
        gp_err_set_string(&GpExc_SystemError, "compiler: no symbol table for scope");
        return -1;
    }
    GpUnit *u = calloc(1, sizeof *u);
    if (!u) {
        gp_err_no_memory();
        return -1;
    }
    u->ste = ste;
    u->scope_type = ste->kind;
    u->cur_handler = -1;
    u->firstlineno = lineno;
    u->lineno = lineno;
    u->end_lineno = lineno;
    u->col = u->end_col = -1;
    u->name = gp_newref(name);
    if (c->u) {
        const char *cname = GP_STR_DATA(name);
        u->qualname = gp_c_qualname(c, cname, 1);
    } else {
        u->qualname = gp_newref(name);
    }
    u->consts = gp_list_new(0);
    u->names = gp_list_new(0);
    u->varnames = gp_list_new(0);
    u->cellvars = gp_list_new(0);
    u->freevars = gp_list_new(0);
    u->parent = c->u;
    if (ste->kind == GP_SCOPE_CLASS)
        u->private_name = ste->name;
    else if (c->u)
        u->private_name = c->u->private_name;
    c->u = u;
    if (!u->qualname || !u->consts || !u->names || !u->varnames || !u->cellvars || !u->freevars)
        return -1;

    const char **cells = malloc((ste->nsyms + 1) * sizeof *cells);
    const char **frees = malloc((ste->nsyms + 1) * sizeof *frees);
    if (!cells || !frees) {
        free(cells);
        free(frees);
        gp_err_no_memory();
        return -1;
    }
    int nc = 0, nf = 0;
    for (int i = 0; i < ste->nsyms; i++) {
        GpSymbol *sym = &ste->syms[i];
        if (ste->kind == GP_SCOPE_FUNCTION &&
            ((sym->flags & GP_DEF_PARAM) || sym->scope == GP_SYM_LOCAL)) {
            if (list_add_name(&u->varnames_ix, u->varnames, sym->name) < 0)
                goto fail;
        }
        if (sym->scope == GP_SYM_CELL)
            cells[nc++] = sym->name;
        if (sym->scope == GP_SYM_FREE || (sym->flags & GP_DEF_FREE_CLASS))
            frees[nf++] = sym->name;
    }
    if (ste->kind == GP_SCOPE_CLASS && ste->needs_class_closure)
        cells[nc++] = "__class__";
    if (fill_sorted(&u->cellvars_ix, u->cellvars, cells, nc) < 0 ||
        fill_sorted(&u->freevars_ix, u->freevars, frees, nf) < 0)
        goto fail;
    free(cells);
    free(frees);
    return 0;
fail:
    free(cells);
    free(frees);
    return -1;
}

static void unit_free(GpUnit *u)
{
    free(u->instrs);
    free(u->labels);
    free(u->handlers);
    GP_XDECREF(u->name);
    GP_XDECREF(u->qualname);
    GP_XDECREF(u->consts);
    GP_XDECREF(u->names);
    GP_XDECREF(u->varnames);
    GP_XDECREF(u->cellvars);
    GP_XDECREF(u->freevars);
    list_index_free(&u->consts_ix);
    list_index_free(&u->names_ix);
    list_index_free(&u->varnames_ix);
    list_index_free(&u->cellvars_ix);
    list_index_free(&u->freevars_ix);
    free(u);
}

void gp_c_exit_scope(GpCompiler *c)
{
    GpUnit *u = c->u;
    c->u = u->parent;
    unit_free(u);
}

/* ---- assembler -------------------------------------------------------------- */

static int is_terminator(int op)
{
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
           op == OP_RETURN_CONST || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* Stack effect of an instruction; `jump` selects the branch-taken effect. */
static int stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_NAME: case OP_DELETE_GLOBAL:
    case OP_DELETE_DEREF: case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE:
    case OP_UNARY_NOT: case OP_UNARY_INVERT: case OP_LIST_TO_TUPLE: case OP_JUMP_FORWARD:
    case OP_JUMP_BACKWARD: case OP_GET_ITER: case OP_KW_NAMES: case OP_SETUP_ANNOTATIONS:
    case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH: case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER:
    case OP_RETURN_CONST: case OP_GEN_START: case OP_DELETE_LOCALS_NAME: case OP_SETUP_CLASSCELL:
    case OP_END_FOR: case GP_PSEUDO_SETUP: case OP_GET_AWAITABLE: case OP_GET_AITER:
    case OP_ASYNC_GEN_WRAP:
        return 0;
    case OP_END_ASYNC_FOR:
        return -2;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_NAME: case OP_STORE_GLOBAL:
    case OP_STORE_DEREF: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP:
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_LIST_APPEND: case OP_SET_ADD:
    case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE:
    case OP_RETURN_VALUE: case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_RERAISE:
    case OP_POP_EXCEPT: case OP_YIELD_FROM: case OP_PRINT_EXPR: case OP_PREP_RERAISE_STAR:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
        return -1;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_NAME:
    case OP_LOAD_GLOBAL: case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_METHOD: case OP_LOAD_BUILD_CLASS: case OP_IMPORT_FROM: case OP_PUSH_EXC_INFO:
    case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH:
    case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return 1;
    case OP_LOAD_FAST_LOAD_FAST:
        return 2;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
    case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP:
        return -arg;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8);
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_CALL:
        return -arg - 1;
    case OP_CALL_FUNCTION_EX:
        return -1 - (arg & 1);
    case OP_MAKE_FUNCTION:
        return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case OP_RAISE_VARARGS:
        return -arg;
    default:
        return 0;
    }
}

/* Returns the max stack depth, or -1 with an exception. */
static int compute_stackdepth(GpUnit *u)
{
    int n = u->ninstrs;
    int *depth = malloc((n + 1) * sizeof *depth);
    int *work = malloc((n + 1 + u->nhandlers) * 2 * sizeof *work + 16);
    if (!depth || !work) {
        free(depth);
        free(work);
        gp_err_no_memory();
        return -1;
    }
    for (int i = 0; i <= n; i++)
        depth[i] = -1;
    int nwork = 0, maxd = 0;
#define REACH(idx, d) do { int _i = (idx), _d = (d); \
        if (_i <= n && depth[_i] < 0) { depth[_i] = _d; work[nwork++] = _i; } \
        if (_d > maxd) maxd = _d; } while (0)
    REACH(0, 0);
    while (nwork) {
        int i = work[--nwork];
        int d = depth[i];
        while (i < n) {
            GpInstr *in = &u->instrs[i];
            if (in->op == GP_PSEUDO_SETUP) {
                GpHandler *h = &u->handlers[in->arg];
                h->depth = d + h->adjust;
                REACH(u->labels[h->label], h->depth + h->lasti + 1);
            } else if (GP_OP_IS_JUMP(in->op)) {
                int t = u->labels[in->arg];
                REACH(t, d + stack_effect(in->op, in->arg, 1));
            }
            if (is_terminator(in->op))
                break;
            d += stack_effect(in->op, in->arg, 0);
            if (d < 0)
                d = 0;   /* malformed; keep going rather than crash */
            if (d > maxd)
                maxd = d;
            i++;
            if (i <= n && depth[i] >= 0)
                break;   /* already visited from elsewhere */
            if (i <= n)
                depth[i] = d;
        }
    }
#undef REACH
    free(depth);
    free(work);
    for (int h = 0; h < u->nhandlers; h++)
        if (u->handlers[h].depth < 0)
            u->handlers[h].depth = 0;   /* unreachable protected code */
    return maxd;
}

/* Two consecutive LOAD_FASTs with small indexes become one LOAD_FAST_LOAD_FAST
 * unless the second is a jump target or they differ in handler or line. */
static void fuse_load_fast(GpUnit *u)
{
    if (u->ninstrs < 2)
        return;
    char *target = calloc(u->ninstrs + 1, 1);
    if (!target)
        return;
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] >= 0 && u->labels[l] <= u->ninstrs)
            target[u->labels[l]] = 1;
    for (int i = 0; i + 1 < u->ninstrs; i++) {
        GpInstr *a = &u->instrs[i], *b = &u->instrs[i + 1];
        if (a->op == OP_LOAD_FAST && b->op == OP_LOAD_FAST && !target[i + 1] &&
            a->handler == b->handler && a->lineno == b->lineno && a->arg < 4096 && b->arg < 4096) {
            a->op = OP_LOAD_FAST_LOAD_FAST;
            a->arg = a->arg | (b->arg << 12);
            b->op = OP_NOP;
            b->arg = 0;
            i++;
        }
    }
    /* drop the NOPs we made, remapping labels */
    int *newpos = malloc((u->ninstrs + 1) * sizeof *newpos);
    if (!newpos) {
        free(target);
        return;
    }
    int j = 0;
    for (int i = 0; i < u->ninstrs; i++) {
        newpos[i] = j;
        GpInstr *in = &u->instrs[i];
        if (in->op == OP_NOP && i > 0 && u->instrs[i - 1].op == OP_LOAD_FAST_LOAD_FAST && !target[i])
            continue;
        u->instrs[j++] = *in;
    }
    newpos[u->ninstrs] = j;
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] >= 0)
            u->labels[l] = newpos[u->labels[l]];
    for (int h = 0; h < u->nhandlers; h++)
        u->handlers[h].setup = newpos[u->handlers[h].setup];
    u->ninstrs = j;
    free(newpos);
    free(target);
}

static GpObject *list_to_tuple(GpObject *l) { return gp_list_as_tuple(l); }

GpObject *gp_c_assemble(GpCompiler *c, int add_return_none)
{
    GpUnit *u = c->u;
    if (add_return_none) {
        int i = gp_c_add_const(c, gp_newref(gp_None));
        if (i < 0 || gp_c_emit(c, OP_RETURN_CONST, i) < 0)
            return NULL;
    }
    /* labels bound at the very end need an instruction to point to */
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] < 0)
            u->labels[l] = u->ninstrs;   /* unbound label: treat as end (never jumped to) */
    fuse_load_fast(u);
    int stacksize = compute_stackdepth(u);
    if (stacksize < 0)
        return NULL;

    int n = u->ninstrs;
    int *off = malloc((n + 1) * sizeof *off);
    if (!off) {
        gp_err_no_memory();
        return NULL;
    }
    gp_ssize nwords = 0;
    for (int i = 0; i < n; i++) {
        off[i] = (int)nwords;
        int op = u->instrs[i].op;
        if (op == GP_PSEUDO_SETUP)
            continue;
        nwords += GP_OP_HAS_CACHE(op) ? 2 : 1;
    }
    off[n] = (int)nwords;
    uint32_t *code = malloc((nwords + 1) * sizeof *code);
    int32_t *lines = malloc((nwords + 1) * sizeof *lines);
    int32_t *pos = malloc((nwords + 1) * 3 * sizeof *pos);
    GpExcTableEntry *exc = malloc((nwords + 1) * sizeof *exc);
    if (!code || !lines || !exc || !pos) {
        free(off);
        free(code);
        free(pos);
        free(lines);
        free(exc);
        gp_err_no_memory();
        return NULL;
    }
    int ncaches = 0, nexc = 0;
    gp_ssize w = 0;
    for (int i = 0; i < n; i++) {
        GpInstr *in = &u->instrs[i];
        if (in->op == GP_PSEUDO_SETUP)
            continue;
        int arg = in->arg;
        if (GP_OP_IS_JUMP(in->op))
            arg = off[u->labels[arg]];
        int start = (int)w;
        code[w] = GP_INSTR(in->op, arg);
        pos[3 * w] = in->end_lineno;
        pos[3 * w + 1] = in->col;
        pos[3 * w + 2] = in->end_col;
        lines[w++] = in->lineno;
        if (GP_OP_HAS_CACHE(in->op)) {
            code[w] = (uint32_t)ncaches++;
            pos[3 * w] = in->end_lineno;
            pos[3 * w + 1] = in->col;
            pos[3 * w + 2] = in->end_col;
            lines[w++] = in->lineno;
        }
        if (in->handler >= 0) {
            GpHandler *h = &u->handlers[in->handler];
            uint32_t hw = (uint32_t)off[u->labels[h->label]];
            if (nexc && exc[nexc - 1].end == (uint32_t)start && exc[nexc - 1].handler == hw &&
                exc[nexc - 1].depth == h->depth && exc[nexc - 1].lasti == h->lasti) {
                exc[nexc - 1].end = (uint32_t)w;
            } else {
                exc[nexc].start = (uint32_t)start;
                exc[nexc].end = (uint32_t)w;
                exc[nexc].handler = hw;
                exc[nexc].depth = (uint16_t)h->depth;
                exc[nexc].lasti = (uint16_t)h->lasti;
                nexc++;
            }
        }
    }
    free(off);

    int flags = c->future_features;   /* CPython: every code object carries them */
    GpSymScope *ste = u->ste;
    if (ste->kind == GP_SCOPE_FUNCTION) {
        flags |= GP_CO_OPTIMIZED | GP_CO_NEWLOCALS;
        if (ste->has_varargs)
            flags |= GP_CO_VARARGS;
        if (ste->has_varkw)
            flags |= GP_CO_VARKEYWORDS;
        if (ste->is_generator && ste->is_coroutine)
            flags |= GP_CO_ASYNC_GENERATOR;
        else if (ste->is_coroutine)
            flags |= GP_CO_COROUTINE;
        else if (ste->is_generator)
            flags |= GP_CO_GENERATOR;
        /* CPython: nested when any enclosing scope is a function (a method
           of a class defined inside a function is nested too) */
        for (GpSymScope *p = ste->parent; p; p = p->parent)
            if (p->kind == GP_SCOPE_FUNCTION) {
                flags |= GP_CO_NESTED;
                break;
            }
    }
    int *cell2arg = NULL;
    int ncells = (int)GP_SIZE(u->cellvars);
    if (ncells && ste->kind == GP_SCOPE_FUNCTION) {
        int any = 0;
        cell2arg = malloc(ncells * sizeof *cell2arg);
        if (!cell2arg) {
            free(code);
            free(pos);
            free(lines);
            free(exc);
            gp_err_no_memory();
            return NULL;
        }
        int nargs = u->argcount + u->kwonlyargcount + ((flags & GP_CO_VARARGS) != 0) +
                    ((flags & GP_CO_VARKEYWORDS) != 0);
        for (int i = 0; i < ncells; i++) {
            int vi = list_index_cstr(&u->varnames_ix, u->varnames,
                                     GP_STR_DATA(((GpList *)u->cellvars)->items[i]));
            cell2arg[i] = (vi >= 0 && vi < nargs) ? vi : -1;
            if (cell2arg[i] >= 0)
                any = 1;
        }
        if (!any) {
            free(cell2arg);
            cell2arg = NULL;
        }
    }
    if (nexc == 0) {
        free(exc);
        exc = NULL;
    }
    /* co_consts and co_names are shared with equal tuples of this compilation */
    GpObject *consts = gp_c_merge_const_tuple(&c->const_cache, list_to_tuple(u->consts)),
             *names = gp_c_merge_const_tuple(&c->const_cache, list_to_tuple(u->names)),
             *varnames = list_to_tuple(u->varnames), *cellvars = list_to_tuple(u->cellvars),
             *freevars = list_to_tuple(u->freevars);
    GpObject *co = NULL;
    if (consts && names && varnames && cellvars && freevars) {
        co = gp_code_new(code, nwords, consts, names, varnames, cellvars, freevars, c->filename,
                         u->name, u->qualname, u->argcount, u->posonlyargcount, u->kwonlyargcount,
                         stacksize, flags, u->firstlineno, cell2arg, lines, exc, nexc, ncaches);
        if (co)
            ((GpCode *)co)->positions = pos;
        else
            free(pos);
    } else {
        free(code);
        free(pos);
        free(lines);
        free(exc);
        free(cell2arg);
    }
    GP_XDECREF(consts);
    GP_XDECREF(names);
    GP_XDECREF(varnames);
    GP_XDECREF(cellvars);
    GP_XDECREF(freevars);
    return co;
}

/* ---- closures ---------------------------------------------------------------- */

int gp_c_make_closure(GpCompiler *c, GpObject *code, int flags, GpObject *qualname)
{
    GpCode *co = (GpCode *)code;
    if (co->nfrees) {
        for (int i = 0; i < co->nfrees; i++) {
            const char *name = GP_STR_DATA(GP_TUPLE_GET(co->freevars, i));
            int idx = gp_c_deref_index(c->u, name);
            if (idx < 0) {
                GP_DECREF(code);
                gp_err_format(&GpExc_SystemError, "compiler: no cell for free variable '%s' in %U",
                              name, c->u->name);
                return -1;
            }
            if (gp_c_emit(c, OP_LOAD_CLOSURE, idx) < 0) {
                GP_DECREF(code);
                return -1;
            }
        }
        GP_C_EMIT(c, OP_BUILD_TUPLE, co->nfrees);
        flags |= 8;
    }
    GP_C_CHECK(gp_c_load_const(c, code));   /* steals */
    return gp_c_emit(c, OP_MAKE_FUNCTION, flags);
}

/* ---- entry point --------------------------------------------------------------- */

static GpObject *compile_mod(GpCompiler *c, GpAstMod *mod)
{
    GpObject *name = gp_str_intern_cstr("<module>");
    if (!name)
        return NULL;
    int r = gp_c_enter_scope(c, name, mod, 1);
    GP_DECREF(name);
    if (r < 0)
        goto fail;
    GP_C_LINE(c, 1);
    GpObject *co = NULL;
    switch (mod->kind) {
    case GP_AST_MOD_Module:
        if (gp_c_body_with_docstring(c, &mod->body, 1) < 0)
            goto fail;
        co = gp_c_assemble(c, 1);
        break;
    case GP_AST_MOD_Interactive:
        c->interactive = 1;
        if (c->st->top->has_annotations && gp_c_emit(c, OP_SETUP_ANNOTATIONS, 0) < 0)
            goto fail;
        if (gp_c_stmts(c, &mod->body) < 0)
            goto fail;
        co = gp_c_assemble(c, 1);
        break;
    case GP_AST_MOD_Expression:
        if (mod->expr)
            GP_C_LOC(c, mod->expr);
        if (gp_c_expr(c, mod->expr) < 0 || gp_c_emit(c, OP_RETURN_VALUE, 0) < 0)
            goto fail;
        co = gp_c_assemble(c, 0);
        break;
    }
    gp_c_exit_scope(c);
    return co;
fail:
    while (c->u)
        gp_c_exit_scope(c);
    return NULL;
}

static void raise_parse_error(const GpCompParseErr *err, GpObject *filename)
{
    switch (err->kind) {
    case 4:
        gp_err_set_string(&GpExc_RecursionError, "maximum recursion depth exceeded during compilation");
        return;
    case 5:
        gp_err_set_string(&GpExc_ValueError, "source code string cannot contain null bytes");
        return;
    case 6:
        gp_err_no_memory();
        return;
    default:
        break;
    }
    GpType *t = &GpExc_SyntaxError;
    if (err->kind == 2)
        t = &GpExc_IndentationError;
    else if (err->kind == 3)
        t = &GpExc_TabError;
    gp_err_set_syntax(t, err->msg, filename, err->lineno, err->offset, err->end_lineno,
                      err->end_offset, err->text);
}

/* flags: GP_CF_FUTURE_MASK bits request `from __future__` features (they
 * end up in every co_flags, see compiler.h); the other bits are passed to
 * gp_parse_ex (GP_PARSE_FLAG_IGNORE_COOKIE when the source came from a str
 * object). */
GpObject *gp_compile_source(const char *src, gp_ssize len, GpObject *filename, const char *mode,
                            int flags, int optimize)
{
    int pmode;
    if (strcmp(mode, "exec") == 0)
        pmode = 0;
    else if (strcmp(mode, "eval") == 0)
        pmode = 1;
    else if (strcmp(mode, "single") == 0)
        pmode = 2;
    else {
        gp_err_set_string(&GpExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return NULL;
    }
    if (memchr(src, 0, (size_t)len)) {
        gp_err_set_string(&GpExc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    GpArena *arena = gp_arena_new();
    if (!arena)
        return gp_err_no_memory();
    GpCompParseErr err;
    memset(&err, 0, sizeof err);
    const char *fname = (filename && GP_STR_CHECK(filename)) ? GP_STR_DATA(filename) : "<string>";
    GpAstMod *mod = gp_compiler_parse(arena, src, (size_t)len, fname, pmode,
                                      flags & ~GP_CF_FUTURE_MASK, &err);
    if (!mod) {
        raise_parse_error(&err, filename);
        free(err.text);
        gp_arena_free(arena);
        return NULL;
    }
    GpCompiler c;
    memset(&c, 0, sizeof c);
    c.filename = filename;
    c.src = src;
    c.srclen = len;
    c.optimize = optimize;
    c.mode = mode;
    c.arena = arena;
    c.future_features = flags & GP_CF_FUTURE_MASK;
    GpObject *co = NULL;
    if (gp_c_future_parse(&c, mod) < 0) {
        gp_arena_free(arena);
        return NULL;
    }
    c.st = gp_symtable_build_src(mod, filename, src, len, arena);
    if (c.st) {
        co = compile_mod(&c, mod);
        gp_symtable_free(c.st);
    }
    gp_c_const_cache_free(&c.const_cache);
    gp_arena_free(arena);
    return co;
}
