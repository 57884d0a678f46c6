"""Disassembler of gilpy bytecode.

gilpy compiles Python to its own instruction set (see the `opname` list),
close to CPython 3.11's: `dis.dis(f)` shows why `balance += 1` is not atomic,
since LOAD_GLOBAL, BINARY_OP and STORE_GLOBAL are separate instructions and
a thread switch can fall between them.
"""

import sys
import _dis

opname = list(_dis.opname)

__all__ = ["dis", "disassemble", "code_info", "get_instructions", "opname", "Instruction"]


def _get_code(x):
    if x is None:
        tb = sys.last_traceback
        while tb.tb_next:
            tb = tb.tb_next
        return tb.tb_frame.f_code
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        return x.__code__
    if hasattr(x, "gi_code"):
        return x.gi_code
    if isinstance(x, str):
        return compile(x, "<dis>", "exec")
    if isinstance(x, bytes):
        return compile(x.decode(), "<dis>", "exec")
    if type(x).__name__ == "code":
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def dis(x=None, *, file=None, depth=None):
    """Disassemble a function, method, class, code object or source string."""
    if isinstance(x, type):
        for name, value in sorted(vars(x).items()):
            if hasattr(value, "__func__"):
                value = value.__func__
            if hasattr(value, "__code__"):
                print("Disassembly of %s:" % name, file=file)
                dis(value, file=file)
                print(file=file)
        return
    code = _get_code(x)
    out = _dis.disassemble(code)
    print(out, end="" if out.endswith("\n") else "\n", file=file)


def disassemble(co, lasti=-1, *, file=None):
    out = _dis.disassemble_one(co)
    print(out, end="" if out.endswith("\n") else "\n", file=file)


distb = dis


class Instruction:
    __slots__ = ("opname", "arg", "offset", "starts_line")

    def __init__(self, opname, arg, offset, starts_line):
        self.opname = opname
        self.arg = arg
        self.offset = offset
        self.starts_line = starts_line

    def __repr__(self):
        return "Instruction(opname=%r, arg=%r, offset=%r, starts_line=%r)" % (
            self.opname, self.arg, self.offset, self.starts_line)


def get_instructions(x):
    code = _get_code(x)
    last = None
    for offset, name, arg, line in _dis.instructions(code):
        yield Instruction(name, arg, offset, line if line != last else None)
        last = line


def code_info(x):
    co = _get_code(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % co.co_flags,
    ]
    if co.co_consts:
        lines.append("Constants:")
        for i, c in enumerate(co.co_consts):
            lines.append("%4d: %r" % (i, c))
    if co.co_names:
        lines.append("Names:")
        for i, n in enumerate(co.co_names):
            lines.append("%4d: %s" % (i, n))
    if co.co_varnames:
        lines.append("Variable names:")
        for i, n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % (i, n))
    return "\n".join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)
