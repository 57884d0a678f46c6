/* dismodule.c -- _dis: the C side of the `dis` module (interp/lib/dis.py).
 * It is how a user sees gilpy's bytecode, e.g. why `balance += 1` is a
 * load, an add and a store: three instructions a thread switch can split. */
#include "gilpy.h"
#include "compile/disasm.h"
#include "compile/opcodes.h"

static GpObject *dis_disassemble(GpObject *m, GpObject *code)
{
    if (!GP_CODE_CHECK(code)) {
        gp_err_format(&GpExc_TypeError, "expected a code object, not %T", code);
        return NULL;
    }
    return gp_disassemble(code);
}

static GpObject *dis_disassemble_one(GpObject *m, GpObject *code)
{
    if (!GP_CODE_CHECK(code)) {
        gp_err_format(&GpExc_TypeError, "expected a code object, not %T", code);
        return NULL;
    }
    return gp_disassemble_one(code);
}

/* _dis.instructions(code) -> list of (offset, opname, arg, line) */
static GpObject *dis_instructions(GpObject *m, GpObject *code)
{
    if (!GP_CODE_CHECK(code)) {
        gp_err_format(&GpExc_TypeError, "expected a code object, not %T", code);
        return NULL;
    }
    GpCode *co = (GpCode *)code;
    GpObject *l = gp_list_new(0);
    for (gp_ssize i = 0; l && i < co->ncode; i++) {
        uint32_t w = co->code[i];
        unsigned op = GP_INSTR_OP(w);
        GpObject *t = gp_tuple_new(4);
        if (!t) {
            GP_DECREF(l);
            return NULL;
        }
        GP_TUPLE_SET(t, 0, gp_int_from_i64(i));
        GP_TUPLE_SET(t, 1, gp_str_from_cstr(op < GP_OP_COUNT ? gp_opcode_names[op] : "?"));
        GP_TUPLE_SET(t, 2, gp_int_from_i64(GP_INSTR_ARG(w)));
        GP_TUPLE_SET(t, 3, gp_int_from_i64(co->lines ? co->lines[i] : -1));
        int r = gp_list_append(l, t);
        GP_DECREF(t);
        if (r < 0) {
            GP_DECREF(l);
            return NULL;
        }
        if (op < GP_OP_COUNT && GP_OP_HAS_CACHE(op))
            i++;
    }
    return l;
}

static const GpMethodDef dis_methods[] = {
    GP_METHOD("disassemble", dis_disassemble, GP_METH_O),
    GP_METHOD("disassemble_one", dis_disassemble_one, GP_METH_O),
    GP_METHOD("instructions", dis_instructions, GP_METH_O),
    { NULL },
};

int gp_mod__dis_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_add_functions(d, dis_methods, gp_str_intern_cstr("_dis")) < 0)
        return -1;
    GpObject *names = gp_list_new(0);
    if (!names)
        return -1;
    for (int i = 0; i < GP_OP_COUNT; i++) {
        GpObject *s = gp_str_from_cstr(gp_opcode_names[i]);
        if (!s || gp_list_append(names, s) < 0)
            return -1;
        GP_DECREF(s);
    }
    int r = gp_dict_setitem_str(d, "opname", names);
    GP_DECREF(names);
    return r;
}
