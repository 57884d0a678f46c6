#!/usr/bin/env python3
"""Generate interp/support/unicodedb_data.c from the running CPython.

Run with CPython 3.11 (Unicode 14.0):  python3 gen_unicodedb.py [out.c]

Every property is taken from the behaviour of CPython's own str methods and
unicodedata module, so the tables reproduce exactly what str.isalpha(),
str.lower() ... do in CPython 3.11.  Properties that no str method exposes one
code point at a time are probed through a method that depends on them:

  cased           single-char islower() or isupper() or category Lt
  case_ignorable  the Final_Sigma rule of str.lower()
  xid_start       chr(cp).isidentifier() (minus '_')
  xid_continue    ('a' + chr(cp)).isidentifier()
  linebreak       str.splitlines()

Layout (see unicodedb.h): records[index2[(index1[cp >> SHIFT] << SHIFT) |
(cp & MASK)]].  Unique property records are shared; case mappings are
stored as deltas when all four (lower, upper, title, fold) map to a single
code point, otherwise as offsets into gp_uni_special_case[] (a length word
followed by the code points).
"""
import os
import sys
import unicodedata

SHIFT = 7  # must match GP_UNI_SHIFT in unicodedb.h
NCP = 0x110000

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl",
              "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Pc", "Pd", "Ps",
              "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]

F = {}
for i, name in enumerate(["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "ALNUM",
                          "SPACE", "LOWER", "UPPER", "TITLE", "CASED",
                          "CASE_IGNORABLE", "PRINTABLE", "XID_START",
                          "XID_CONTINUE", "LINEBREAK", "EXTCASE"]):
    F[name] = 1 << i


def is_case_ignorable(c, cased):
    # Final_Sigma: a capital sigma is final when preceded (skipping
    # case-ignorables) by a cased letter and not followed (skipping
    # case-ignorables) by a cased letter.
    if cased:
        # 'A' SIGMA c: c ignorable -> skipped -> end of string -> final.
        r = ("A\u03a3" + c).lower()
        return r[1] == "\u03c2"
    # 'A' c SIGMA: c ignorable -> skipped back to 'A' -> final.
    r = ("A" + c + "\u03a3").lower()
    return r[-1] == "\u03c2"


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "unicodedb_data.c")
    assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

    numerics = []
    numeric_index = {}
    special = [0]  # offset 0 unused
    special_index = {}
    records = []
    record_index = {}
    per_cp = []

    def seq(cps):
        key = tuple(cps)
        if key not in special_index:
            special_index[key] = len(special)
            special.append(len(cps))
            special.extend(cps)
        return special_index[key]

    for cp in range(NCP):
        c = chr(cp)
        cat = unicodedata.category(c)
        flags = 0
        if c.isalpha(): flags |= F["ALPHA"]
        if c.isdecimal(): flags |= F["DECIMAL"]
        if c.isdigit(): flags |= F["DIGIT"]
        if c.isnumeric(): flags |= F["NUMERIC"]
        if c.isalnum(): flags |= F["ALNUM"]
        if c.isspace(): flags |= F["SPACE"]
        if c.islower(): flags |= F["LOWER"]
        if c.isupper(): flags |= F["UPPER"]
        if cat == "Lt": flags |= F["TITLE"]
        cased = c.islower() or c.isupper() or cat == "Lt"
        if cased: flags |= F["CASED"]
        if is_case_ignorable(c, cased): flags |= F["CASE_IGNORABLE"]
        if c.isprintable(): flags |= F["PRINTABLE"]
        if c.isidentifier() and c != "_": flags |= F["XID_START"]
        if ("a" + c).isidentifier(): flags |= F["XID_CONTINUE"]
        if len(("a" + c + "b").splitlines()) == 2: flags |= F["LINEBREAK"]

        low = [ord(x) for x in c.lower()]
        up = [ord(x) for x in c.upper()]
        tit = [ord(x) for x in c.title()]
        fold = [ord(x) for x in c.casefold()]
        if all(len(m) == 1 for m in (low, up, tit, fold)):
            case = (low[0] - cp, up[0] - cp, tit[0] - cp, fold[0] - cp)
        else:
            flags |= F["EXTCASE"]
            case = (seq(low), seq(up), seq(tit), seq(fold))

        dec = unicodedata.decimal(c, -1)
        dig = unicodedata.digit(c, -1)
        num = unicodedata.numeric(c, None)
        assert (dec >= 0) == c.isdecimal() and (dig >= 0) == c.isdigit()
        assert (num is not None) == c.isnumeric()
        if num is None:
            ni = 0xFFFF
        else:
            if num not in numeric_index:
                numeric_index[num] = len(numerics)
                numerics.append(num)
            ni = numeric_index[num]

        rec = case + (flags, CATEGORIES.index(cat), dec, dig, ni)
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        per_cp.append(record_index[rec])

    size = 1 << SHIFT
    blocks = []
    block_index = {}
    index1 = []
    for start in range(0, NCP, size):
        blk = tuple(per_cp[start:start + size])
        if blk not in block_index:
            block_index[blk] = len(blocks)
            blocks.append(blk)
        index1.append(block_index[blk])
    assert len(records) < 65536 and len(blocks) < 65536

    lines = []
    w = lines.append
    w("/* GENERATED by interp/support/gen_unicodedb.py from CPython %s "
      "(Unicode %s).\n * Do not edit: regenerate. */"
      % (sys.version.split()[0], unicodedata.unidata_version))
    w('#include "support/unicodedb.h"')
    w("")
    w("_Static_assert(GP_UNI_SHIFT == %d, \"regenerate unicodedb_data.c\");"
      % SHIFT)
    w("")
    w("const gp_uni_record gp_uni_records[%d] = {" % len(records))
    for r in records:
        w("    {%d, %d, %d, %d, 0x%04x, %d, %d, %d, %d}," % r)
    w("};")
    w("")
    unassigned = per_cp[0x10FFFF]
    w("const uint16_t gp_uni_unassigned_record = %d;" % unassigned)
    w("")

    def emit_array(ctype, name, values, per_line=16):
        w("const %s %s[%d] = {" % (ctype, name, len(values)))
        for i in range(0, len(values), per_line):
            w("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
        w("};")
        w("")

    emit_array("uint16_t", "gp_uni_index1", index1)
    flat = [x for b in blocks for x in b]
    emit_array("uint16_t", "gp_uni_index2", flat)
    emit_array("uint32_t", "gp_uni_special_case", special, 12)
    w("const double gp_uni_numeric_values[%d] = {" % len(numerics))
    for v in numerics:
        w("    %r," % v)
    w("};")
    w("")
    w("const char gp_uni_category_names[%d][3] = {" % len(CATEGORIES))
    w("    " + ", ".join('"%s"' % c for c in CATEGORIES))
    w("};")
    w("")
    ascii_flags = [records[per_cp[cp]][4] for cp in range(128)]
    emit_array("uint16_t", "gp_uni_ascii_flags", ascii_flags)

    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    total = (len(records) * 28 + len(index1) * 2 + len(flat) * 2 +
             len(special) * 4 + len(numerics) * 8)
    print("records=%d blocks=%d special=%d numerics=%d approx bytes=%d"
          % (len(records), len(blocks), len(special), len(numerics), total),
          file=sys.stderr)


if __name__ == "__main__":
    main()
