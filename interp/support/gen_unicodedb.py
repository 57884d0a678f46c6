#!/usr/bin/env python3
"""Generate interp/support/unicodedb_data.c from the running CPython.

Run with CPython 3.11 (Unicode 14.0):  python3 gen_unicodedb.py [out.c]

It also writes, next to out.c:
  unicodedb_ucd.c    bidirectional, east_asian_width, mirrored, combining,
                     decomposition mappings, canonical composition pairs and
                     normalization quick-check flags (see gen_ucd)
  unicodedb_names.c  character names, name aliases and named sequences in a
                     word/phrase-book compressed form (see gen_names)

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
    out_dir = os.path.dirname(os.path.abspath(out_path))
    gen_ucd(os.path.join(out_dir, "unicodedb_ucd.c"))
    gen_names(os.path.join(out_dir, "unicodedb_names.c"))
    total = (len(records) * 28 + len(index1) * 2 + len(flat) * 2 +
             len(special) * 4 + len(numerics) * 8)
    print("records=%d blocks=%d special=%d numerics=%d approx bytes=%d"
          % (len(records), len(blocks), len(special), len(numerics), total),
          file=sys.stderr)



# ---------------------------------------------------------------------------
# unicodedb_ucd.c: what only the unicodedata module and normalization need.
# ---------------------------------------------------------------------------

BIDI = ["", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B",
        "S", "WS", "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI",
        "FSI", "PDI"]
EAW = ["N", "Na", "A", "W", "H", "F"]
DECOMP_TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>",
               "<isolated>", "<circle>", "<super>", "<sub>", "<vertical>",
               "<wide>", "<narrow>", "<small>", "<square>", "<fraction>",
               "<compat>"]
# gp_uni_ucd_record.flags (must match unicodedb.h)
UCD_MIRRORED, UCD_QC_NFD, UCD_QC_NFC, UCD_QC_NFKD, UCD_QC_NFKC = 1, 2, 4, 8, 16
UCD_COMP_SECOND = 32
HANGUL_V = range(0x1161, 0x1176)
HANGUL_T = range(0x11A8, 0x11C3)


UCD_SHIFT = 8      # must match GP_UNI_UCD_SHIFT (index2 is uint8_t)
DECOMP_SHIFT = 7   # must match GP_UNI_DECOMP_SHIFT (index1 is uint8_t)


def two_stage(values, shift=SHIFT):
    """index1 over blocks of 1 << shift, index2 = the unique blocks."""
    size = 1 << shift
    blocks, block_index, index1 = [], {}, []
    for start in range(0, NCP, size):
        blk = tuple(values[start:start + size])
        if blk not in block_index:
            block_index[blk] = len(blocks)
            blocks.append(blk)
        index1.append(block_index[blk])
    assert len(blocks) < 65536
    return index1, [x for b in blocks for x in b]


def c_array(w, ctype, name, values, per_line=16, fmt=str):
    w("const %s %s[%d] = {" % (ctype, name, len(values)))
    for i in range(0, len(values), per_line):
        w("    " + ",".join(fmt(v) for v in values[i:i + per_line]) + ",")
    w("};")
    w("")


def gen_ucd(out_path):
    nz = unicodedata.normalize
    # Canonical pairs that compose: a two-code-point canonical decomposition
    # whose composite survives NFC (excludes singletons, non-starter
    # decompositions and the composition exclusions).
    pairs = []
    for cp in range(NCP):
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) == 2 and nz("NFC", chr(cp)) == chr(cp):
            pairs.append((parts[0], parts[1], cp))
    pairs.sort()
    seconds = set(p[1] for p in pairs) | set(HANGUL_V) | set(HANGUL_T)

    records, record_index, per_cp = [], {}, []
    decomp_data, decomp_index, per_cp_decomp = [0], {}, []
    for cp in range(NCP):
        c = chr(cp)
        ccc = unicodedata.combining(c)
        flags = 0
        if unicodedata.mirrored(c):
            flags |= UCD_MIRRORED
        if cp in seconds:
            flags |= UCD_COMP_SECOND
        nfd, nfkd = nz("NFD", c), nz("NFKD", c)
        if ccc == 0 and nfd == c:
            flags |= UCD_QC_NFD
        if ccc == 0 and nfkd == c:
            flags |= UCD_QC_NFKD
        if (ccc == 0 and nz("NFC", c) == c and ord(nfd[0]) not in seconds
                and unicodedata.combining(nfd[0]) == 0):
            flags |= UCD_QC_NFC
        if (ccc == 0 and nz("NFKC", c) == c and ord(nfkd[0]) not in seconds
                and unicodedata.combining(nfkd[0]) == 0):
            flags |= UCD_QC_NFKC
        rec = (BIDI.index(unicodedata.bidirectional(c)),
               EAW.index(unicodedata.east_asian_width(c)), ccc, flags)
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        per_cp.append(record_index[rec])

        d = unicodedata.decomposition(c)
        if not d:
            per_cp_decomp.append(0)
            continue
        parts = d.split()
        tag = 0
        if parts[0].startswith("<"):
            tag = DECOMP_TAGS.index(parts.pop(0))
        key = (tag,) + tuple(int(x, 16) for x in parts)
        if key not in decomp_index:
            decomp_index[key] = len(decomp_data)
            decomp_data.append((tag << 8) | (len(key) - 1))
            decomp_data.extend(key[1:])
        per_cp_decomp.append(decomp_index[key])
    assert len(records) < 65536 and len(decomp_data) < 65536

    lines = []
    w = lines.append
    w("/* GENERATED by interp/support/gen_unicodedb.py from CPython %s "
      "(Unicode %s).\n * Do not edit: regenerate. */"
      % (sys.version.split()[0], unicodedata.unidata_version))
    w('#include "support/unicodedb.h"')
    w("")
    w("const gp_uni_ucd_record gp_uni_ucd_records[%d] = {" % len(records))
    for r in records:
        w("    {%d, %d, %d, 0x%02x}," % r)
    w("};")
    w("")
    w("_Static_assert(GP_UNI_UCD_SHIFT == %d && GP_UNI_DECOMP_SHIFT == %d,"
      " \"regenerate unicodedb_ucd.c\");" % (UCD_SHIFT, DECOMP_SHIFT))
    w("")
    i1, i2 = two_stage(per_cp, UCD_SHIFT)
    assert len(records) < 256
    c_array(w, "uint16_t", "gp_uni_ucd_index1", i1)
    c_array(w, "uint8_t", "gp_uni_ucd_index2", i2, 32)
    d1, d2 = two_stage(per_cp_decomp, DECOMP_SHIFT)
    assert max(d1) < 256
    c_array(w, "uint8_t", "gp_uni_decomp_index1", d1, 32)
    c_array(w, "uint16_t", "gp_uni_decomp_index2", d2)
    c_array(w, "uint32_t", "gp_uni_decomp_data", decomp_data, 12, hex)
    w("const gp_uni_comp_pair gp_uni_comp_pairs[%d] = {" % len(pairs))
    for p in pairs:
        w("    {0x%X, 0x%X, 0x%X}," % p)
    w("};")
    w("const size_t gp_uni_comp_npairs = %d;" % len(pairs))
    w("")
    w("const char gp_uni_bidi_names[%d][4] = {" % len(BIDI))
    w("    " + ", ".join('"%s"' % b for b in BIDI))
    w("};")
    w("const char gp_uni_eaw_names[%d][3] = {" % len(EAW))
    w("    " + ", ".join('"%s"' % b for b in EAW))
    w("};")
    w("const char gp_uni_decomp_tags[%d][11] = {" % len(DECOMP_TAGS))
    w("    " + ", ".join('"%s"' % b for b in DECOMP_TAGS))
    w("};")
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    total = (len(records) * 4 + len(i1) * 2 + len(i2) + len(d1) + len(d2) * 2
             + len(decomp_data) * 4 + len(pairs) * 12)
    print("ucd: records=%d decomp=%d pairs=%d approx bytes=%d"
          % (len(records), len(decomp_data), len(pairs), total),
          file=sys.stderr)


# ---------------------------------------------------------------------------
# unicodedb_names.c: character names, name aliases and named sequences.
#
# Every name is a sequence of tokens.  A token is a lexicon entry (a word or,
# after merging, a frequent run of words, always rendered with single spaces
# between words), HYPHEN (the two neighbours are joined by '-' instead of
# ' ') or HEXSELF (the code point in uppercase hex, at least 4 digits).
# Lexicon entries are numbered by decreasing frequency; the phrasebook holds
# each name as a byte string:
#   0            end of name
#   1            HYPHEN
#   2            HEXSELF
#   3..LEAD-1    lexicon entry (byte - 3)
#   LEAD..255    two bytes: lexicon entry N1 + ((byte - LEAD) << 8 | next)
# Entries ("ordinals"): the named code points in code point order, then the
# aliases, then the named sequences.  The algorithmic names (CJK UNIFIED
# IDEOGRAPH-XXXX, HANGUL SYLLABLE ...) are computed in unicodedb.c.
# ---------------------------------------------------------------------------

T_END, T_HYPHEN, T_HEXSELF = 0, 1, 2
NAME_LEX_STEP = 8     # gp_uni_lex_offsets: offset of every 8th lexicon entry
NAME_BOOK_STEP = 32   # gp_uni_name_offsets: offset of every 32nd name


def tokenize(name, cp):
    toks = []
    for word in name.split(" "):
        parts = word.split("-")
        if len(parts) == 1 or not all(parts):
            toks.append(word)
            continue
        for k, p in enumerate(parts):
            if k:
                toks.append(T_HYPHEN)
            if (cp is not None and k == len(parts) - 1 and
                    p == "%04X" % cp):
                toks.append(T_HEXSELF)
            else:
                toks.append(p)
    return toks


def render(toks, cp):
    """Inverse of tokenize (words are strings, HYPHEN/HEXSELF ints)."""
    out = ""
    prev = None
    for t in toks:
        if t == T_HYPHEN:
            out += "-"
        else:
            if prev is not None and prev != T_HYPHEN:
                out += " "
            out += ("%04X" % cp) if t == T_HEXSELF else t
        prev = t
    return out


def merge_phrases(seqs, rounds=60, per_round=40):
    """Byte-pair style merging of frequent adjacent word tokens (strings)."""
    for _ in range(rounds):
        counts = {}
        for s in seqs:
            for a, b in zip(s, s[1:]):
                if isinstance(a, str) and isinstance(b, str):
                    counts[(a, b)] = counts.get((a, b), 0) + 1
        best = sorted(((n, p) for p, n in counts.items() if n >= 4),
                      reverse=True)[:per_round]
        if not best:
            break
        chosen, used = {}, set()
        for n, (a, b) in best:
            if a in used or b in used:
                continue
            used.add(a)
            used.add(b)
            chosen[(a, b)] = a + " " + b
        for k, s in enumerate(seqs):
            out, i = [], 0
            while i < len(s):
                if (i + 1 < len(s) and isinstance(s[i], str) and
                        isinstance(s[i + 1], str) and (s[i], s[i + 1]) in chosen):
                    out.append(chosen[(s[i], s[i + 1])])
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            seqs[k] = out
    return seqs


def gen_names(out_path):
    entries = []      # (name, cp or None, value)
    cjk = []
    for cp in range(NCP):
        n = unicodedata.name(chr(cp), None)
        if n is None or n.startswith("HANGUL SYLLABLE "):
            continue
        if n == "CJK UNIFIED IDEOGRAPH-%04X" % cp:
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        entries.append((n, cp))
    nchars = len(entries)
    aliases, seqs = [], []
    for line in ALIASES_AND_SEQUENCES.strip().split("\n"):
        cps, name = line.split(";")
        cps = [int(x, 16) for x in cps.split()]
        assert unicodedata.lookup(name) == "".join(map(chr, cps)), name
        (aliases if len(cps) == 1 else seqs).append((name, cps))
    for name, cps in aliases + seqs:
        entries.append((name, None))
    nalias = len(aliases)
    assert len(entries) < 65536

    tok = [tokenize(n, cp) for n, cp in entries]
    tok = merge_phrases(tok)
    freq = {}
    for s in tok:
        for t in s:
            if isinstance(t, str):
                freq[t] = freq.get(t, 0) + 1
    lex = sorted(freq, key=lambda x: (-freq[x], x))
    lex_id = {x: i for i, x in enumerate(lex)}
    # Choose the one-byte share N1 minimising the phrasebook.
    best = None
    for n1 in range(64, 253):
        lead = 3 + n1
        cap = (256 - lead) * 256
        if n1 + cap < len(lex):
            continue
        size = sum(freq[x] * (1 if i < n1 else 2) for i, x in enumerate(lex))
        if best is None or size < best[0]:
            best = (size, n1)
    n1 = best[1]
    lead = 3 + n1

    book = bytearray()
    name_offsets = []
    for k, s in enumerate(tok):
        if k % NAME_BOOK_STEP == 0:
            name_offsets.append(len(book))
        cp = entries[k][1]
        assert render(s, cp) == entries[k][0], entries[k]
        for t in s:
            if not isinstance(t, str):
                book.append(t)
                continue
            i = lex_id[t]
            if i < n1:
                book.append(3 + i)
            else:
                j = i - n1
                book.append(lead + (j >> 8))
                book.append(j & 255)
        book.append(T_END)

    lexbytes = bytearray()
    lex_offsets = []
    for i, x in enumerate(lex):
        if i % NAME_LEX_STEP == 0:
            lex_offsets.append(len(lexbytes))
        b = x.encode("ascii")
        lexbytes += b[:-1] + bytes([b[-1] | 0x80])

    # code point -> ordinal: runs of consecutive named code points
    runs = []
    for k in range(nchars):
        cp = entries[k][1]
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, k])
    # sorted index over every entry
    order = sorted(range(len(entries)), key=lambda k: entries[k][0])
    seqdata, seqoff = [], []
    for name, cps in seqs:
        seqoff.append(len(seqdata))
        seqdata.append(len(cps))
        seqdata.extend(cps)

    lines = []
    w = lines.append
    w("/* GENERATED by interp/support/gen_unicodedb.py from CPython %s "
      "(Unicode %s).\n * Do not edit: regenerate.  Layout: see gen_names() "
      "in the generator. */"
      % (sys.version.split()[0], unicodedata.unidata_version))
    w('#include "support/unicodedb.h"')
    w("")
    w("_Static_assert(GP_UNI_NAME_LEX_STEP == %d && GP_UNI_NAME_BOOK_STEP == %d,"
      " \"regenerate unicodedb_names.c\");" % (NAME_LEX_STEP, NAME_BOOK_STEP))
    w("const unsigned gp_uni_name_lead = %d;" % lead)
    w("const unsigned gp_uni_name_n1 = %d;" % n1)
    w("const unsigned gp_uni_name_nchars = %d;" % nchars)
    w("const unsigned gp_uni_name_naliases = %d;" % nalias)
    w("const unsigned gp_uni_name_nseqs = %d;" % len(seqs))
    w("const unsigned gp_uni_name_nentries = %d;" % len(entries))
    w("const unsigned gp_uni_name_nruns = %d;" % len(runs))
    w("const unsigned gp_uni_name_nlex = %d;" % len(lex))
    w("")
    c_array(w, "uint8_t", "gp_uni_lexicon", list(lexbytes), 24)
    c_array(w, "uint32_t", "gp_uni_lex_offsets", lex_offsets, 12)
    c_array(w, "uint8_t", "gp_uni_phrasebook", list(book), 24)
    c_array(w, "uint32_t", "gp_uni_name_offsets", name_offsets, 12)
    c_array(w, "uint32_t", "gp_uni_name_run_start", [r[0] for r in runs], 12, hex)
    c_array(w, "uint16_t", "gp_uni_name_run_len", [r[1] for r in runs])
    c_array(w, "uint16_t", "gp_uni_name_run_ord", [r[2] for r in runs])
    c_array(w, "uint16_t", "gp_uni_name_sorted", order)
    c_array(w, "uint32_t", "gp_uni_alias_cp", [a[1][0] for a in aliases], 12, hex)
    c_array(w, "uint16_t", "gp_uni_seq_offsets", seqoff)
    c_array(w, "uint32_t", "gp_uni_seq_data", seqdata, 12, hex)
    w("const uint32_t gp_uni_cjk_ranges[%d][2] = {" % len(cjk))
    for a, b in cjk:
        w("    {0x%X, 0x%X}," % (a, b))
    w("};")
    w("const unsigned gp_uni_cjk_nranges = %d;" % len(cjk))
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    total = (len(lexbytes) + len(lex_offsets) * 4 + len(book) +
             len(name_offsets) * 4 + len(runs) * 8 + len(order) * 2 +
             len(aliases) * 4 + len(seqoff) * 2 + len(seqdata) * 4)
    print("names: entries=%d lexicon=%d (%d bytes) book=%d runs=%d n1=%d "
          "approx bytes=%d" % (len(entries), len(lex), len(lexbytes), len(book),
                               len(runs), n1, total), file=sys.stderr)


# Name aliases (NameAliases.txt) and named sequences (NamedSequences.txt) of
# Unicode 14.0, "code points;name".  Each is checked against
# unicodedata.lookup() when generating.
ALIASES_AND_SEQUENCES = """
0000;NULL
0000;NUL
0001;START OF HEADING
0001;SOH
0002;START OF TEXT
0002;STX
0003;END OF TEXT
0003;ETX
0004;END OF TRANSMISSION
0004;EOT
0005;ENQUIRY
0005;ENQ
0006;ACKNOWLEDGE
0006;ACK
0007;ALERT
0007;BEL
0008;BACKSPACE
0008;BS
0009;CHARACTER TABULATION
0009;HORIZONTAL TABULATION
0009;HT
0009;TAB
000A;LINE FEED
000A;NEW LINE
000A;END OF LINE
000A;EOL
000A;LF
000A;NL
000B;LINE TABULATION
000B;VERTICAL TABULATION
000B;VT
000C;FORM FEED
000C;FF
000D;CARRIAGE RETURN
000D;CR
000E;SHIFT OUT
000E;LOCKING-SHIFT ONE
000E;SO
000F;SHIFT IN
000F;LOCKING-SHIFT ZERO
000F;SI
0010;DATA LINK ESCAPE
0010;DLE
0011;DEVICE CONTROL ONE
0011;DC1
0012;DEVICE CONTROL TWO
0012;DC2
0013;DEVICE CONTROL THREE
0013;DC3
0014;DEVICE CONTROL FOUR
0014;DC4
0015;NEGATIVE ACKNOWLEDGE
0015;NAK
0016;SYNCHRONOUS IDLE
0016;SYN
0017;END OF TRANSMISSION BLOCK
0017;ETB
0018;CANCEL
0018;CAN
0019;END OF MEDIUM
0019;EOM
001A;SUBSTITUTE
001A;SUB
001B;ESCAPE
001B;ESC
001C;INFORMATION SEPARATOR FOUR
001C;FILE SEPARATOR
001C;FS
001D;INFORMATION SEPARATOR THREE
001D;GROUP SEPARATOR
001D;GS
001E;INFORMATION SEPARATOR TWO
001E;RECORD SEPARATOR
001E;RS
001F;INFORMATION SEPARATOR ONE
001F;UNIT SEPARATOR
001F;US
0020;SP
007F;DELETE
007F;DEL
0080;PADDING CHARACTER
0080;PAD
0081;HIGH OCTET PRESET
0081;HOP
0082;BREAK PERMITTED HERE
0082;BPH
0083;NO BREAK HERE
0083;NBH
0084;INDEX
0084;IND
0085;NEXT LINE
0085;NEL
0086;START OF SELECTED AREA
0086;SSA
0087;END OF SELECTED AREA
0087;ESA
0088;CHARACTER TABULATION SET
0088;HORIZONTAL TABULATION SET
0088;HTS
0089;CHARACTER TABULATION WITH JUSTIFICATION
0089;HORIZONTAL TABULATION WITH JUSTIFICATION
0089;HTJ
008A;LINE TABULATION SET
008A;VERTICAL TABULATION SET
008A;VTS
008B;PARTIAL LINE FORWARD
008B;PARTIAL LINE DOWN
008B;PLD
008C;PARTIAL LINE BACKWARD
008C;PARTIAL LINE UP
008C;PLU
008D;REVERSE LINE FEED
008D;REVERSE INDEX
008D;RI
008E;SINGLE SHIFT TWO
008E;SINGLE-SHIFT-2
008E;SS2
008F;SINGLE SHIFT THREE
008F;SINGLE-SHIFT-3
008F;SS3
0090;DEVICE CONTROL STRING
0090;DCS
0091;PRIVATE USE ONE
0091;PRIVATE USE-1
0091;PU1
0092;PRIVATE USE TWO
0092;PRIVATE USE-2
0092;PU2
0093;SET TRANSMIT STATE
0093;STS
0094;CANCEL CHARACTER
0094;CCH
0095;MESSAGE WAITING
0095;MW
0096;START OF GUARDED AREA
0096;START OF PROTECTED AREA
0096;SPA
0097;END OF GUARDED AREA
0097;END OF PROTECTED AREA
0097;EPA
0098;START OF STRING
0098;SOS
0099;SINGLE GRAPHIC CHARACTER INTRODUCER
0099;SGC
009A;SINGLE CHARACTER INTRODUCER
009A;SCI
009B;CONTROL SEQUENCE INTRODUCER
009B;CSI
009C;STRING TERMINATOR
009C;ST
009D;OPERATING SYSTEM COMMAND
009D;OSC
009E;PRIVACY MESSAGE
009E;PM
009F;APPLICATION PROGRAM COMMAND
009F;APC
00A0;NBSP
00AD;SHY
01A2;LATIN CAPITAL LETTER GHA
01A3;LATIN SMALL LETTER GHA
034F;CGJ
061C;ALM
0709;SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE;KANNADA LETTER LLLA
0E9D;LAO LETTER FO FON
0E9F;LAO LETTER FO FAY
0EA3;LAO LETTER RO
0EA5;LAO LETTER LO
0FD0;TIBETAN MARK BKA- SHOG GI MGO RGYAN
11EC;HANGUL JONGSEONG YESIEUNG-KIYEOK
11ED;HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK
11EE;HANGUL JONGSEONG SSANGYESIEUNG
11EF;HANGUL JONGSEONG YESIEUNG-KHIEUKH
180B;FVS1
180C;FVS2
180D;FVS3
180E;MVS
180F;FVS4
200B;ZWSP
200C;ZWNJ
200D;ZWJ
200E;LRM
200F;RLM
202A;LRE
202B;RLE
202C;PDF
202D;LRO
202E;RLO
202F;NNBSP
205F;MMSP
2060;WJ
2066;LRI
2067;RLI
2068;FSI
2069;PDI
2118;WEIERSTRASS ELLIPTIC FUNCTION
2448;MICR ON US SYMBOL
2449;MICR DASH SYMBOL
2B7A;LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C;RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015;YI SYLLABLE ITERATION MARK
AA6E;MYANMAR LETTER KHAMTI LLA
FE00;VS1
FE01;VS2
FE02;VS3
FE03;VS4
FE04;VS5
FE05;VS6
FE06;VS7
FE07;VS8
FE08;VS9
FE09;VS10
FE0A;VS11
FE0B;VS12
FE0C;VS13
FE0D;VS14
FE0E;VS15
FE0F;VS16
FE18;PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF;BYTE ORDER MARK
FEFF;BOM
FEFF;ZWNBSP
122D4;CUNEIFORM SIGN NU11 TENU
122D5;CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
16E56;MEDEFAIDRIN CAPITAL LETTER H
16E57;MEDEFAIDRIN CAPITAL LETTER NG
16E76;MEDEFAIDRIN SMALL LETTER H
16E77;MEDEFAIDRIN SMALL LETTER NG
1B001;HENTAIGANA LETTER E-1
1D0C5;BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
E0100;VS17
E0101;VS18
E0102;VS19
E0103;VS20
E0104;VS21
E0105;VS22
E0106;VS23
E0107;VS24
E0108;VS25
E0109;VS26
E010A;VS27
E010B;VS28
E010C;VS29
E010D;VS30
E010E;VS31
E010F;VS32
E0110;VS33
E0111;VS34
E0112;VS35
E0113;VS36
E0114;VS37
E0115;VS38
E0116;VS39
E0117;VS40
E0118;VS41
E0119;VS42
E011A;VS43
E011B;VS44
E011C;VS45
E011D;VS46
E011E;VS47
E011F;VS48
E0120;VS49
E0121;VS50
E0122;VS51
E0123;VS52
E0124;VS53
E0125;VS54
E0126;VS55
E0127;VS56
E0128;VS57
E0129;VS58
E012A;VS59
E012B;VS60
E012C;VS61
E012D;VS62
E012E;VS63
E012F;VS64
E0130;VS65
E0131;VS66
E0132;VS67
E0133;VS68
E0134;VS69
E0135;VS70
E0136;VS71
E0137;VS72
E0138;VS73
E0139;VS74
E013A;VS75
E013B;VS76
E013C;VS77
E013D;VS78
E013E;VS79
E013F;VS80
E0140;VS81
E0141;VS82
E0142;VS83
E0143;VS84
E0144;VS85
E0145;VS86
E0146;VS87
E0147;VS88
E0148;VS89
E0149;VS90
E014A;VS91
E014B;VS92
E014C;VS93
E014D;VS94
E014E;VS95
E014F;VS96
E0150;VS97
E0151;VS98
E0152;VS99
E0153;VS100
E0154;VS101
E0155;VS102
E0156;VS103
E0157;VS104
E0158;VS105
E0159;VS106
E015A;VS107
E015B;VS108
E015C;VS109
E015D;VS110
E015E;VS111
E015F;VS112
E0160;VS113
E0161;VS114
E0162;VS115
E0163;VS116
E0164;VS117
E0165;VS118
E0166;VS119
E0167;VS120
E0168;VS121
E0169;VS122
E016A;VS123
E016B;VS124
E016C;VS125
E016D;VS126
E016E;VS127
E016F;VS128
E0170;VS129
E0171;VS130
E0172;VS131
E0173;VS132
E0174;VS133
E0175;VS134
E0176;VS135
E0177;VS136
E0178;VS137
E0179;VS138
E017A;VS139
E017B;VS140
E017C;VS141
E017D;VS142
E017E;VS143
E017F;VS144
E0180;VS145
E0181;VS146
E0182;VS147
E0183;VS148
E0184;VS149
E0185;VS150
E0186;VS151
E0187;VS152
E0188;VS153
E0189;VS154
E018A;VS155
E018B;VS156
E018C;VS157
E018D;VS158
E018E;VS159
E018F;VS160
E0190;VS161
E0191;VS162
E0192;VS163
E0193;VS164
E0194;VS165
E0195;VS166
E0196;VS167
E0197;VS168
E0198;VS169
E0199;VS170
E019A;VS171
E019B;VS172
E019C;VS173
E019D;VS174
E019E;VS175
E019F;VS176
E01A0;VS177
E01A1;VS178
E01A2;VS179
E01A3;VS180
E01A4;VS181
E01A5;VS182
E01A6;VS183
E01A7;VS184
E01A8;VS185
E01A9;VS186
E01AA;VS187
E01AB;VS188
E01AC;VS189
E01AD;VS190
E01AE;VS191
E01AF;VS192
E01B0;VS193
E01B1;VS194
E01B2;VS195
E01B3;VS196
E01B4;VS197
E01B5;VS198
E01B6;VS199
E01B7;VS200
E01B8;VS201
E01B9;VS202
E01BA;VS203
E01BB;VS204
E01BC;VS205
E01BD;VS206
E01BE;VS207
E01BF;VS208
E01C0;VS209
E01C1;VS210
E01C2;VS211
E01C3;VS212
E01C4;VS213
E01C5;VS214
E01C6;VS215
E01C7;VS216
E01C8;VS217
E01C9;VS218
E01CA;VS219
E01CB;VS220
E01CC;VS221
E01CD;VS222
E01CE;VS223
E01CF;VS224
E01D0;VS225
E01D1;VS226
E01D2;VS227
E01D3;VS228
E01D4;VS229
E01D5;VS230
E01D6;VS231
E01D7;VS232
E01D8;VS233
E01D9;VS234
E01DA;VS235
E01DB;VS236
E01DC;VS237
E01DD;VS238
E01DE;VS239
E01DF;VS240
E01E0;VS241
E01E1;VS242
E01E2;VS243
E01E3;VS244
E01E4;VS245
E01E5;VS246
E01E6;VS247
E01E7;VS248
E01E8;VS249
E01E9;VS250
E01EA;VS251
E01EB;VS252
E01EC;VS253
E01ED;VS254
E01EE;VS255
E01EF;VS256
0023 FE0F 20E3;KEYCAP NUMBER SIGN
002A FE0F 20E3;KEYCAP ASTERISK
0030 FE0F 20E3;KEYCAP DIGIT ZERO
0031 FE0F 20E3;KEYCAP DIGIT ONE
0032 FE0F 20E3;KEYCAP DIGIT TWO
0033 FE0F 20E3;KEYCAP DIGIT THREE
0034 FE0F 20E3;KEYCAP DIGIT FOUR
0035 FE0F 20E3;KEYCAP DIGIT FIVE
0036 FE0F 20E3;KEYCAP DIGIT SIX
0037 FE0F 20E3;KEYCAP DIGIT SEVEN
0038 FE0F 20E3;KEYCAP DIGIT EIGHT
0039 FE0F 20E3;KEYCAP DIGIT NINE
0100 0300;LATIN CAPITAL LETTER A WITH MACRON AND GRAVE
0101 0300;LATIN SMALL LETTER A WITH MACRON AND GRAVE
012A 0300;LATIN CAPITAL LETTER I WITH MACRON AND GRAVE
012B 0300;LATIN SMALL LETTER I WITH MACRON AND GRAVE
016A 0300;LATIN CAPITAL LETTER U WITH MACRON AND GRAVE
016B 0300;LATIN SMALL LETTER U WITH MACRON AND GRAVE
0045 0329;LATIN CAPITAL LETTER E WITH VERTICAL LINE BELOW
0065 0329;LATIN SMALL LETTER E WITH VERTICAL LINE BELOW
00C8 0329;LATIN CAPITAL LETTER E WITH VERTICAL LINE BELOW AND GRAVE
00E8 0329;LATIN SMALL LETTER E WITH VERTICAL LINE BELOW AND GRAVE
00C9 0329;LATIN CAPITAL LETTER E WITH VERTICAL LINE BELOW AND ACUTE
00E9 0329;LATIN SMALL LETTER E WITH VERTICAL LINE BELOW AND ACUTE
004F 0329;LATIN CAPITAL LETTER O WITH VERTICAL LINE BELOW
006F 0329;LATIN SMALL LETTER O WITH VERTICAL LINE BELOW
00D2 0329;LATIN CAPITAL LETTER O WITH VERTICAL LINE BELOW AND GRAVE
00F2 0329;LATIN SMALL LETTER O WITH VERTICAL LINE BELOW AND GRAVE
00D3 0329;LATIN CAPITAL LETTER O WITH VERTICAL LINE BELOW AND ACUTE
00F3 0329;LATIN SMALL LETTER O WITH VERTICAL LINE BELOW AND ACUTE
0053 0329;LATIN CAPITAL LETTER S WITH VERTICAL LINE BELOW
0073 0329;LATIN SMALL LETTER S WITH VERTICAL LINE BELOW
00CA 0304;LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND MACRON
00EA 0304;LATIN SMALL LETTER E WITH CIRCUMFLEX AND MACRON
00CA 030C;LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND CARON
00EA 030C;LATIN SMALL LETTER E WITH CIRCUMFLEX AND CARON
0069 0307 0301;LATIN SMALL LETTER I WITH DOT ABOVE AND ACUTE
006E 0360 0067;LATIN SMALL LETTER NG WITH TILDE ABOVE
0104 0301;LATIN CAPITAL LETTER A WITH OGONEK AND ACUTE
0105 0301;LATIN SMALL LETTER A WITH OGONEK AND ACUTE
0104 0303;LATIN CAPITAL LETTER A WITH OGONEK AND TILDE
0105 0303;LATIN SMALL LETTER A WITH OGONEK AND TILDE
0118 0301;LATIN CAPITAL LETTER E WITH OGONEK AND ACUTE
0119 0301;LATIN SMALL LETTER E WITH OGONEK AND ACUTE
0118 0303;LATIN CAPITAL LETTER E WITH OGONEK AND TILDE
0119 0303;LATIN SMALL LETTER E WITH OGONEK AND TILDE
0116 0301;LATIN CAPITAL LETTER E WITH DOT ABOVE AND ACUTE
0117 0301;LATIN SMALL LETTER E WITH DOT ABOVE AND ACUTE
0116 0303;LATIN CAPITAL LETTER E WITH DOT ABOVE AND TILDE
0117 0303;LATIN SMALL LETTER E WITH DOT ABOVE AND TILDE
0069 0307 0300;LATIN SMALL LETTER I WITH DOT ABOVE AND GRAVE
0069 0307 0303;LATIN SMALL LETTER I WITH DOT ABOVE AND TILDE
012E 0301;LATIN CAPITAL LETTER I WITH OGONEK AND ACUTE
012F 0307 0301;LATIN SMALL LETTER I WITH OGONEK AND DOT ABOVE AND ACUTE
012E 0303;LATIN CAPITAL LETTER I WITH OGONEK AND TILDE
012F 0307 0303;LATIN SMALL LETTER I WITH OGONEK AND DOT ABOVE AND TILDE
004A 0303;LATIN CAPITAL LETTER J WITH TILDE
006A 0307 0303;LATIN SMALL LETTER J WITH DOT ABOVE AND TILDE
004C 0303;LATIN CAPITAL LETTER L WITH TILDE
006C 0303;LATIN SMALL LETTER L WITH TILDE
004D 0303;LATIN CAPITAL LETTER M WITH TILDE
006D 0303;LATIN SMALL LETTER M WITH TILDE
0052 0303;LATIN CAPITAL LETTER R WITH TILDE
0072 0303;LATIN SMALL LETTER R WITH TILDE
0172 0301;LATIN CAPITAL LETTER U WITH OGONEK AND ACUTE
0173 0301;LATIN SMALL LETTER U WITH OGONEK AND ACUTE
0172 0303;LATIN CAPITAL LETTER U WITH OGONEK AND TILDE
0173 0303;LATIN SMALL LETTER U WITH OGONEK AND TILDE
016A 0301;LATIN CAPITAL LETTER U WITH MACRON AND ACUTE
016B 0301;LATIN SMALL LETTER U WITH MACRON AND ACUTE
016A 0303;LATIN CAPITAL LETTER U WITH MACRON AND TILDE
016B 0303;LATIN SMALL LETTER U WITH MACRON AND TILDE
00E6 0300;LATIN SMALL LETTER AE WITH GRAVE
0254 0300;LATIN SMALL LETTER OPEN O WITH GRAVE
0254 0301;LATIN SMALL LETTER OPEN O WITH ACUTE
028C 0300;LATIN SMALL LETTER TURNED V WITH GRAVE
028C 0301;LATIN SMALL LETTER TURNED V WITH ACUTE
0259 0300;LATIN SMALL LETTER SCHWA WITH GRAVE
0259 0301;LATIN SMALL LETTER SCHWA WITH ACUTE
025A 0300;LATIN SMALL LETTER HOOKED SCHWA WITH GRAVE
025A 0301;LATIN SMALL LETTER HOOKED SCHWA WITH ACUTE
0626 0627;ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH ALEF
0626 0648;ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH WAW
0626 0649;ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH ALEF MAKSURA
0626 06C6;ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH OE
0626 06C7;ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH U
0626 06C8;ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH YU
0626 06D0;ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH E
0626 06D5;ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH AE
0646 06A9;ARABIC SEQUENCE NOON WITH KEHEH
0915 093C;DEVANAGARI SEQUENCE FOR LETTER QA
0916 093C;DEVANAGARI SEQUENCE FOR LETTER KHHA
0917 093C;DEVANAGARI SEQUENCE FOR LETTER GHHA
091C 093C;DEVANAGARI SEQUENCE FOR LETTER ZA
0921 093C;DEVANAGARI SEQUENCE FOR LETTER DDDHA
0922 093C;DEVANAGARI SEQUENCE FOR LETTER RHA
092B 093C;DEVANAGARI SEQUENCE FOR LETTER FA
092F 093C;DEVANAGARI SEQUENCE FOR LETTER YYA
09A1 09BC;BENGALI SEQUENCE FOR LETTER RRA
09A2 09BC;BENGALI SEQUENCE FOR LETTER RHA
09AF 09BC;BENGALI SEQUENCE FOR LETTER YYA
0A32 0A3C;GURMUKHI SEQUENCE FOR LETTER LLA
0A38 0A3C;GURMUKHI SEQUENCE FOR LETTER SHA
0A16 0A3C;GURMUKHI SEQUENCE FOR LETTER KHHA
0A17 0A3C;GURMUKHI SEQUENCE FOR LETTER GHHA
0A1C 0A3C;GURMUKHI SEQUENCE FOR LETTER ZA
0A2B 0A3C;GURMUKHI SEQUENCE FOR LETTER FA
0B21 0B3C;ORIYA SEQUENCE FOR LETTER RRA
0B22 0B3C;ORIYA SEQUENCE FOR LETTER RHA
0995 09CD 09B7;BENGALI LETTER KHINYA
0B95 0BCD;TAMIL CONSONANT K
0B99 0BCD;TAMIL CONSONANT NG
0B9A 0BCD;TAMIL CONSONANT C
0B9E 0BCD;TAMIL CONSONANT NY
0B9F 0BCD;TAMIL CONSONANT TT
0BA3 0BCD;TAMIL CONSONANT NN
0BA4 0BCD;TAMIL CONSONANT T
0BA8 0BCD;TAMIL CONSONANT N
0BAA 0BCD;TAMIL CONSONANT P
0BAE 0BCD;TAMIL CONSONANT M
0BAF 0BCD;TAMIL CONSONANT Y
0BB0 0BCD;TAMIL CONSONANT R
0BB2 0BCD;TAMIL CONSONANT L
0BB5 0BCD;TAMIL CONSONANT V
0BB4 0BCD;TAMIL CONSONANT LLL
0BB3 0BCD;TAMIL CONSONANT LL
0BB1 0BCD;TAMIL CONSONANT RR
0BA9 0BCD;TAMIL CONSONANT NNN
0B9C 0BCD;TAMIL CONSONANT J
0BB6 0BCD;TAMIL CONSONANT SH
0BB7 0BCD;TAMIL CONSONANT SS
0BB8 0BCD;TAMIL CONSONANT S
0BB9 0BCD;TAMIL CONSONANT H
0B95 0BCD 0BB7 0BCD;TAMIL CONSONANT KSS
0B95 0BBE;TAMIL SYLLABLE KAA
0B95 0BBF;TAMIL SYLLABLE KI
0B95 0BC0;TAMIL SYLLABLE KII
0B95 0BC1;TAMIL SYLLABLE KU
0B95 0BC2;TAMIL SYLLABLE KUU
0B95 0BC6;TAMIL SYLLABLE KE
0B95 0BC7;TAMIL SYLLABLE KEE
0B95 0BC8;TAMIL SYLLABLE KAI
0B95 0BCA;TAMIL SYLLABLE KO
0B95 0BCB;TAMIL SYLLABLE KOO
0B95 0BCC;TAMIL SYLLABLE KAU
0B99 0BBE;TAMIL SYLLABLE NGAA
0B99 0BBF;TAMIL SYLLABLE NGI
0B99 0BC0;TAMIL SYLLABLE NGII
0B99 0BC1;TAMIL SYLLABLE NGU
0B99 0BC2;TAMIL SYLLABLE NGUU
0B99 0BC6;TAMIL SYLLABLE NGE
0B99 0BC7;TAMIL SYLLABLE NGEE
0B99 0BC8;TAMIL SYLLABLE NGAI
0B99 0BCA;TAMIL SYLLABLE NGO
0B99 0BCB;TAMIL SYLLABLE NGOO
0B99 0BCC;TAMIL SYLLABLE NGAU
0B9A 0BBE;TAMIL SYLLABLE CAA
0B9A 0BBF;TAMIL SYLLABLE CI
0B9A 0BC0;TAMIL SYLLABLE CII
0B9A 0BC1;TAMIL SYLLABLE CU
0B9A 0BC2;TAMIL SYLLABLE CUU
0B9A 0BC6;TAMIL SYLLABLE CE
0B9A 0BC7;TAMIL SYLLABLE CEE
0B9A 0BC8;TAMIL SYLLABLE CAI
0B9A 0BCA;TAMIL SYLLABLE CO
0B9A 0BCB;TAMIL SYLLABLE COO
0B9A 0BCC;TAMIL SYLLABLE CAU
0B9E 0BBE;TAMIL SYLLABLE NYAA
0B9E 0BBF;TAMIL SYLLABLE NYI
0B9E 0BC0;TAMIL SYLLABLE NYII
0B9E 0BC1;TAMIL SYLLABLE NYU
0B9E 0BC2;TAMIL SYLLABLE NYUU
0B9E 0BC6;TAMIL SYLLABLE NYE
0B9E 0BC7;TAMIL SYLLABLE NYEE
0B9E 0BC8;TAMIL SYLLABLE NYAI
0B9E 0BCA;TAMIL SYLLABLE NYO
0B9E 0BCB;TAMIL SYLLABLE NYOO
0B9E 0BCC;TAMIL SYLLABLE NYAU
0B9F 0BBE;TAMIL SYLLABLE TTAA
0B9F 0BBF;TAMIL SYLLABLE TTI
0B9F 0BC0;TAMIL SYLLABLE TTII
0B9F 0BC1;TAMIL SYLLABLE TTU
0B9F 0BC2;TAMIL SYLLABLE TTUU
0B9F 0BC6;TAMIL SYLLABLE TTE
0B9F 0BC7;TAMIL SYLLABLE TTEE
0B9F 0BC8;TAMIL SYLLABLE TTAI
0B9F 0BCA;TAMIL SYLLABLE TTO
0B9F 0BCB;TAMIL SYLLABLE TTOO
0B9F 0BCC;TAMIL SYLLABLE TTAU
0BA3 0BBE;TAMIL SYLLABLE NNAA
0BA3 0BBF;TAMIL SYLLABLE NNI
0BA3 0BC0;TAMIL SYLLABLE NNII
0BA3 0BC1;TAMIL SYLLABLE NNU
0BA3 0BC2;TAMIL SYLLABLE NNUU
0BA3 0BC6;TAMIL SYLLABLE NNE
0BA3 0BC7;TAMIL SYLLABLE NNEE
0BA3 0BC8;TAMIL SYLLABLE NNAI
0BA3 0BCA;TAMIL SYLLABLE NNO
0BA3 0BCB;TAMIL SYLLABLE NNOO
0BA3 0BCC;TAMIL SYLLABLE NNAU
0BA4 0BBE;TAMIL SYLLABLE TAA
0BA4 0BBF;TAMIL SYLLABLE TI
0BA4 0BC0;TAMIL SYLLABLE TII
0BA4 0BC1;TAMIL SYLLABLE TU
0BA4 0BC2;TAMIL SYLLABLE TUU
0BA4 0BC6;TAMIL SYLLABLE TE
0BA4 0BC7;TAMIL SYLLABLE TEE
0BA4 0BC8;TAMIL SYLLABLE TAI
0BA4 0BCA;TAMIL SYLLABLE TO
0BA4 0BCB;TAMIL SYLLABLE TOO
0BA4 0BCC;TAMIL SYLLABLE TAU
0BA8 0BBE;TAMIL SYLLABLE NAA
0BA8 0BBF;TAMIL SYLLABLE NI
0BA8 0BC0;TAMIL SYLLABLE NII
0BA8 0BC1;TAMIL SYLLABLE NU
0BA8 0BC2;TAMIL SYLLABLE NUU
0BA8 0BC6;TAMIL SYLLABLE NE
0BA8 0BC7;TAMIL SYLLABLE NEE
0BA8 0BC8;TAMIL SYLLABLE NAI
0BA8 0BCA;TAMIL SYLLABLE NO
0BA8 0BCB;TAMIL SYLLABLE NOO
0BA8 0BCC;TAMIL SYLLABLE NAU
0BAA 0BBE;TAMIL SYLLABLE PAA
0BAA 0BBF;TAMIL SYLLABLE PI
0BAA 0BC0;TAMIL SYLLABLE PII
0BAA 0BC1;TAMIL SYLLABLE PU
0BAA 0BC2;TAMIL SYLLABLE PUU
0BAA 0BC6;TAMIL SYLLABLE PE
0BAA 0BC7;TAMIL SYLLABLE PEE
0BAA 0BC8;TAMIL SYLLABLE PAI
0BAA 0BCA;TAMIL SYLLABLE PO
0BAA 0BCB;TAMIL SYLLABLE POO
0BAA 0BCC;TAMIL SYLLABLE PAU
0BAE 0BBE;TAMIL SYLLABLE MAA
0BAE 0BBF;TAMIL SYLLABLE MI
0BAE 0BC0;TAMIL SYLLABLE MII
0BAE 0BC1;TAMIL SYLLABLE MU
0BAE 0BC2;TAMIL SYLLABLE MUU
0BAE 0BC6;TAMIL SYLLABLE ME
0BAE 0BC7;TAMIL SYLLABLE MEE
0BAE 0BC8;TAMIL SYLLABLE MAI
0BAE 0BCA;TAMIL SYLLABLE MO
0BAE 0BCB;TAMIL SYLLABLE MOO
0BAE 0BCC;TAMIL SYLLABLE MAU
0BAF 0BBE;TAMIL SYLLABLE YAA
0BAF 0BBF;TAMIL SYLLABLE YI
0BAF 0BC0;TAMIL SYLLABLE YII
0BAF 0BC1;TAMIL SYLLABLE YU
0BAF 0BC2;TAMIL SYLLABLE YUU
0BAF 0BC6;TAMIL SYLLABLE YE
0BAF 0BC7;TAMIL SYLLABLE YEE
0BAF 0BC8;TAMIL SYLLABLE YAI
0BAF 0BCA;TAMIL SYLLABLE YO
0BAF 0BCB;TAMIL SYLLABLE YOO
0BAF 0BCC;TAMIL SYLLABLE YAU
0BB0 0BBE;TAMIL SYLLABLE RAA
0BB0 0BBF;TAMIL SYLLABLE RI
0BB0 0BC0;TAMIL SYLLABLE RII
0BB0 0BC1;TAMIL SYLLABLE RU
0BB0 0BC2;TAMIL SYLLABLE RUU
0BB0 0BC6;TAMIL SYLLABLE RE
0BB0 0BC7;TAMIL SYLLABLE REE
0BB0 0BC8;TAMIL SYLLABLE RAI
0BB0 0BCA;TAMIL SYLLABLE RO
0BB0 0BCB;TAMIL SYLLABLE ROO
0BB0 0BCC;TAMIL SYLLABLE RAU
0BB2 0BBE;TAMIL SYLLABLE LAA
0BB2 0BBF;TAMIL SYLLABLE LI
0BB2 0BC0;TAMIL SYLLABLE LII
0BB2 0BC1;TAMIL SYLLABLE LU
0BB2 0BC2;TAMIL SYLLABLE LUU
0BB2 0BC6;TAMIL SYLLABLE LE
0BB2 0BC7;TAMIL SYLLABLE LEE
0BB2 0BC8;TAMIL SYLLABLE LAI
0BB2 0BCA;TAMIL SYLLABLE LO
0BB2 0BCB;TAMIL SYLLABLE LOO
0BB2 0BCC;TAMIL SYLLABLE LAU
0BB5 0BBE;TAMIL SYLLABLE VAA
0BB5 0BBF;TAMIL SYLLABLE VI
0BB5 0BC0;TAMIL SYLLABLE VII
0BB5 0BC1;TAMIL SYLLABLE VU
0BB5 0BC2;TAMIL SYLLABLE VUU
0BB5 0BC6;TAMIL SYLLABLE VE
0BB5 0BC7;TAMIL SYLLABLE VEE
0BB5 0BC8;TAMIL SYLLABLE VAI
0BB5 0BCA;TAMIL SYLLABLE VO
0BB5 0BCB;TAMIL SYLLABLE VOO
0BB5 0BCC;TAMIL SYLLABLE VAU
0BB4 0BBE;TAMIL SYLLABLE LLLAA
0BB4 0BBF;TAMIL SYLLABLE LLLI
0BB4 0BC0;TAMIL SYLLABLE LLLII
0BB4 0BC1;TAMIL SYLLABLE LLLU
0BB4 0BC2;TAMIL SYLLABLE LLLUU
0BB4 0BC6;TAMIL SYLLABLE LLLE
0BB4 0BC7;TAMIL SYLLABLE LLLEE
0BB4 0BC8;TAMIL SYLLABLE LLLAI
0BB4 0BCA;TAMIL SYLLABLE LLLO
0BB4 0BCB;TAMIL SYLLABLE LLLOO
0BB4 0BCC;TAMIL SYLLABLE LLLAU
0BB3 0BBE;TAMIL SYLLABLE LLAA
0BB3 0BBF;TAMIL SYLLABLE LLI
0BB3 0BC0;TAMIL SYLLABLE LLII
0BB3 0BC1;TAMIL SYLLABLE LLU
0BB3 0BC2;TAMIL SYLLABLE LLUU
0BB3 0BC6;TAMIL SYLLABLE LLE
0BB3 0BC7;TAMIL SYLLABLE LLEE
0BB3 0BC8;TAMIL SYLLABLE LLAI
0BB3 0BCA;TAMIL SYLLABLE LLO
0BB3 0BCB;TAMIL SYLLABLE LLOO
0BB3 0BCC;TAMIL SYLLABLE LLAU
0BB1 0BBE;TAMIL SYLLABLE RRAA
0BB1 0BBF;TAMIL SYLLABLE RRI
0BB1 0BC0;TAMIL SYLLABLE RRII
0BB1 0BC1;TAMIL SYLLABLE RRU
0BB1 0BC2;TAMIL SYLLABLE RRUU
0BB1 0BC6;TAMIL SYLLABLE RRE
0BB1 0BC7;TAMIL SYLLABLE RREE
0BB1 0BC8;TAMIL SYLLABLE RRAI
0BB1 0BCA;TAMIL SYLLABLE RRO
0BB1 0BCB;TAMIL SYLLABLE RROO
0BB1 0BCC;TAMIL SYLLABLE RRAU
0BA9 0BBE;TAMIL SYLLABLE NNNAA
0BA9 0BBF;TAMIL SYLLABLE NNNI
0BA9 0BC0;TAMIL SYLLABLE NNNII
0BA9 0BC1;TAMIL SYLLABLE NNNU
0BA9 0BC2;TAMIL SYLLABLE NNNUU
0BA9 0BC6;TAMIL SYLLABLE NNNE
0BA9 0BC7;TAMIL SYLLABLE NNNEE
0BA9 0BC8;TAMIL SYLLABLE NNNAI
0BA9 0BCA;TAMIL SYLLABLE NNNO
0BA9 0BCB;TAMIL SYLLABLE NNNOO
0BA9 0BCC;TAMIL SYLLABLE NNNAU
0B9C 0BBE;TAMIL SYLLABLE JAA
0B9C 0BBF;TAMIL SYLLABLE JI
0B9C 0BC0;TAMIL SYLLABLE JII
0B9C 0BC1;TAMIL SYLLABLE JU
0B9C 0BC2;TAMIL SYLLABLE JUU
0B9C 0BC6;TAMIL SYLLABLE JE
0B9C 0BC7;TAMIL SYLLABLE JEE
0B9C 0BC8;TAMIL SYLLABLE JAI
0B9C 0BCA;TAMIL SYLLABLE JO
0B9C 0BCB;TAMIL SYLLABLE JOO
0B9C 0BCC;TAMIL SYLLABLE JAU
0BB6 0BBE;TAMIL SYLLABLE SHAA
0BB6 0BBF;TAMIL SYLLABLE SHI
0BB6 0BC0;TAMIL SYLLABLE SHII
0BB6 0BC1;TAMIL SYLLABLE SHU
0BB6 0BC2;TAMIL SYLLABLE SHUU
0BB6 0BC6;TAMIL SYLLABLE SHE
0BB6 0BC7;TAMIL SYLLABLE SHEE
0BB6 0BC8;TAMIL SYLLABLE SHAI
0BB6 0BCA;TAMIL SYLLABLE SHO
0BB6 0BCB;TAMIL SYLLABLE SHOO
0BB6 0BCC;TAMIL SYLLABLE SHAU
0BB7 0BBE;TAMIL SYLLABLE SSAA
0BB7 0BBF;TAMIL SYLLABLE SSI
0BB7 0BC0;TAMIL SYLLABLE SSII
0BB7 0BC1;TAMIL SYLLABLE SSU
0BB7 0BC2;TAMIL SYLLABLE SSUU
0BB7 0BC6;TAMIL SYLLABLE SSE
0BB7 0BC7;TAMIL SYLLABLE SSEE
0BB7 0BC8;TAMIL SYLLABLE SSAI
0BB7 0BCA;TAMIL SYLLABLE SSO
0BB7 0BCB;TAMIL SYLLABLE SSOO
0BB7 0BCC;TAMIL SYLLABLE SSAU
0BB8 0BBE;TAMIL SYLLABLE SAA
0BB8 0BBF;TAMIL SYLLABLE SI
0BB8 0BC0;TAMIL SYLLABLE SII
0BB8 0BC1;TAMIL SYLLABLE SU
0BB8 0BC2;TAMIL SYLLABLE SUU
0BB8 0BC6;TAMIL SYLLABLE SE
0BB8 0BC7;TAMIL SYLLABLE SEE
0BB8 0BC8;TAMIL SYLLABLE SAI
0BB8 0BCA;TAMIL SYLLABLE SO
0BB8 0BCB;TAMIL SYLLABLE SOO
0BB8 0BCC;TAMIL SYLLABLE SAU
0BB9 0BBE;TAMIL SYLLABLE HAA
0BB9 0BBF;TAMIL SYLLABLE HI
0BB9 0BC0;TAMIL SYLLABLE HII
0BB9 0BC1;TAMIL SYLLABLE HU
0BB9 0BC2;TAMIL SYLLABLE HUU
0BB9 0BC6;TAMIL SYLLABLE HE
0BB9 0BC7;TAMIL SYLLABLE HEE
0BB9 0BC8;TAMIL SYLLABLE HAI
0BB9 0BCA;TAMIL SYLLABLE HO
0BB9 0BCB;TAMIL SYLLABLE HOO
0BB9 0BCC;TAMIL SYLLABLE HAU
0B95 0BCD 0BB7;TAMIL SYLLABLE KSSA
0B95 0BCD 0BB7 0BBE;TAMIL SYLLABLE KSSAA
0B95 0BCD 0BB7 0BBF;TAMIL SYLLABLE KSSI
0B95 0BCD 0BB7 0BC0;TAMIL SYLLABLE KSSII
0B95 0BCD 0BB7 0BC1;TAMIL SYLLABLE KSSU
0B95 0BCD 0BB7 0BC2;TAMIL SYLLABLE KSSUU
0B95 0BCD 0BB7 0BC6;TAMIL SYLLABLE KSSE
0B95 0BCD 0BB7 0BC7;TAMIL SYLLABLE KSSEE
0B95 0BCD 0BB7 0BC8;TAMIL SYLLABLE KSSAI
0B95 0BCD 0BB7 0BCA;TAMIL SYLLABLE KSSO
0B95 0BCD 0BB7 0BCB;TAMIL SYLLABLE KSSOO
0B95 0BCD 0BB7 0BCC;TAMIL SYLLABLE KSSAU
0BB6 0BCD 0BB0 0BC0;TAMIL SYLLABLE SHRII
0DCA 200D 0DBA;SINHALA CONSONANT SIGN YANSAYA
0DCA 200D 0DBB;SINHALA CONSONANT SIGN RAKAARAANSAYA
0DBB 0DCA 200D;SINHALA CONSONANT SIGN REPAYA
10E3 0302;GEORGIAN LETTER U-BRJGU
17D2 1780;KHMER CONSONANT SIGN COENG KA
17D2 1781;KHMER CONSONANT SIGN COENG KHA
17D2 1782;KHMER CONSONANT SIGN COENG KO
17D2 1783;KHMER CONSONANT SIGN COENG KHO
17D2 1784;KHMER CONSONANT SIGN COENG NGO
17D2 1785;KHMER CONSONANT SIGN COENG CA
17D2 1786;KHMER CONSONANT SIGN COENG CHA
17D2 1787;KHMER CONSONANT SIGN COENG CO
17D2 1788;KHMER CONSONANT SIGN COENG CHO
17D2 1789;KHMER CONSONANT SIGN COENG NYO
17D2 178A;KHMER CONSONANT SIGN COENG DA
17D2 178B;KHMER CONSONANT SIGN COENG TTHA
17D2 178C;KHMER CONSONANT SIGN COENG DO
17D2 178D;KHMER CONSONANT SIGN COENG TTHO
17D2 178E;KHMER CONSONANT SIGN COENG NA
17D2 178F;KHMER CONSONANT SIGN COENG TA
17D2 1790;KHMER CONSONANT SIGN COENG THA
17D2 1791;KHMER CONSONANT SIGN COENG TO
17D2 1792;KHMER CONSONANT SIGN COENG THO
17D2 1793;KHMER CONSONANT SIGN COENG NO
17D2 1794;KHMER CONSONANT SIGN COENG BA
17D2 1795;KHMER CONSONANT SIGN COENG PHA
17D2 1796;KHMER CONSONANT SIGN COENG PO
17D2 1797;KHMER CONSONANT SIGN COENG PHO
17D2 1798;KHMER CONSONANT SIGN COENG MO
17D2 1799;KHMER CONSONANT SIGN COENG YO
17D2 179A;KHMER CONSONANT SIGN COENG RO
17D2 179B;KHMER CONSONANT SIGN COENG LO
17D2 179C;KHMER CONSONANT SIGN COENG VO
17D2 179D;KHMER CONSONANT SIGN COENG SHA
17D2 179E;KHMER CONSONANT SIGN COENG SSA
17D2 179F;KHMER CONSONANT SIGN COENG SA
17D2 17A0;KHMER CONSONANT SIGN COENG HA
17D2 17A1;KHMER CONSONANT SIGN COENG LA
17D2 17A2;KHMER VOWEL SIGN COENG QA
17D2 17A7;KHMER INDEPENDENT VOWEL SIGN COENG QU
17D2 17AB;KHMER INDEPENDENT VOWEL SIGN COENG RY
17D2 17AC;KHMER INDEPENDENT VOWEL SIGN COENG RYY
17D2 17AF;KHMER INDEPENDENT VOWEL SIGN COENG QE
17BB 17C6;KHMER VOWEL SIGN OM
17B6 17C6;KHMER VOWEL SIGN AAM
304B 309A;HIRAGANA LETTER BIDAKUON NGA
304D 309A;HIRAGANA LETTER BIDAKUON NGI
304F 309A;HIRAGANA LETTER BIDAKUON NGU
3051 309A;HIRAGANA LETTER BIDAKUON NGE
3053 309A;HIRAGANA LETTER BIDAKUON NGO
30AB 309A;KATAKANA LETTER BIDAKUON NGA
30AD 309A;KATAKANA LETTER BIDAKUON NGI
30AF 309A;KATAKANA LETTER BIDAKUON NGU
30B1 309A;KATAKANA LETTER BIDAKUON NGE
30B3 309A;KATAKANA LETTER BIDAKUON NGO
30BB 309A;KATAKANA LETTER AINU CE
30C4 309A;KATAKANA LETTER AINU TU
30C8 309A;KATAKANA LETTER AINU TO
31F7 309A;KATAKANA LETTER AINU P
02E5 02E9;MODIFIER LETTER EXTRA-HIGH EXTRA-LOW CONTOUR TONE BAR
02E9 02E5;MODIFIER LETTER EXTRA-LOW EXTRA-HIGH CONTOUR TONE BAR
"""


if __name__ == "__main__":
    main()
