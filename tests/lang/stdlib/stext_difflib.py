import difflib
from difflib import *

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

pairs = [("abxcd", "abcd"), ("qabxcd", "abycdf"), ("", ""), ("abc", ""), ("", "abc"),
         ("private Thread currentThread;", "private volatile Thread currentThread;"),
         ("a" * 10 + "b", "b" + "a" * 10), ("the quick brown fox", "the lazy brown dog"),
         (list(range(10)), [1, 3, 5, 7, 9, 11])]
for a, b in pairs:
    s = SequenceMatcher(None, a, b)
    print(s.get_matching_blocks())
    print(s.get_opcodes())
    print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
    print(s.find_longest_match(), s.find_longest_match(0, len(a) // 2, 0, len(b)))
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(s.get_opcodes(), round(s.ratio(), 3), sorted(s.bjunk))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.get_matching_blocks())
# autojunk: popular elements in long sequences
a = "x" * 300 + "abc"
b = "y" * 100 + "x" * 200 + "abc"
s = SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 6))
s = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 6))
s.set_seq1("abc"); print(s.get_opcodes()[:2])
s.set_seqs("hello", "hallo"); print(s.get_opcodes(), list(s.get_grouped_opcodes(1)))
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
lines_a = [str(i) + "\n" for i in range(40)]
lines_b = lines_a[:]
lines_b[3] = "three\n"; del lines_b[20]; lines_b.insert(30, "new\n"); lines_b.append("end\n")
print(list(SequenceMatcher(None, lines_a, lines_b).get_grouped_opcodes(2)))

print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(get_close_matches("wheel", ["while", "wheel", "whale", "wheels", "whee"], n=2))
print(get_close_matches("abc", ["abd", "abe", "abf", "xyz"], n=5, cutoff=0.5))
print(get_close_matches("x", []))
show(get_close_matches, "a", ["a"], n=0)
show(get_close_matches, "a", ["a"], cutoff=1.5)

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
print("".join(unified_diff(a, b, "before.py", "after.py", "2005-01-26", "2005-01-27")), end="")
print("".join(unified_diff(a, b, n=0)), end="")
print("".join(unified_diff(a, b, n=1)), end="")
print("".join(context_diff(a, b, "before.py", "after.py")), end="")
print("".join(context_diff(a, b, n=1)), end="")
print(list(unified_diff(["a"], ["b"], lineterm="")))
print(list(unified_diff([], ["x\n"])), list(unified_diff(["x\n"], [])), list(unified_diff(["x"], ["x"])))
print(list(context_diff([], ["x\n"])), list(context_diff(["x\n"], [])))
print(list(context_diff(["a\n", "b\n"], ["a\n", "c\n", "b\n"])))
show(lambda: list(unified_diff([b"a"], ["b"])))
show(lambda: list(unified_diff(["a"], ["b"], fromfile=b"x")))
show(lambda: list(context_diff(["a"], [1])))
print(list(diff_bytes(unified_diff, [b"a\xff\n", b"b\n"], [b"a\xfe\n", b"b\n"], b"f1", b"f2")))
show(lambda: list(diff_bytes(unified_diff, ["a"], [b"b"])))

t1 = ["one\n", "two\n", "three\n"]
t2 = ["ore\n", "tree\n", "emu\n"]
d = list(ndiff(t1, t2))
print("".join(d), end="")
print("".join(restore(d, 1)), end="")
print("".join(restore(d, 2)), end="")
show(lambda: list(restore(d, 3)))
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print("".join(Differ().compare(text1, text2)), end="")
print("".join(ndiff(["\tabc def\n", "same\n", "x\n"], ["\tabc  deg\n", "same\n", "y\n", "x\n"])), end="")
print(list(ndiff(["a\n", "b\n", "c\n"], ["b\n", "c\n", "a\n"])))
print(list(ndiff(["abcdefgh\n", "same\n"], ["same\n", "abcdefgX\n", "zzz\n"])))
print(list(ndiff(["x\n", "q\n"], ["y\n", "x\n"], linejunk=IS_LINE_JUNK)))
print(list(Differ(charjunk=IS_CHARACTER_JUNK).compare(["a b c\n"], ["a  b c\n"])))
print(IS_LINE_JUNK("\n"), IS_LINE_JUNK("  #   \n"), IS_LINE_JUNK("hello\n"), IS_LINE_JUNK("# x"),
      IS_CHARACTER_JUNK(" "), IS_CHARACTER_JUNK("\t"), IS_CHARACTER_JUNK("\n"), IS_CHARACTER_JUNK("x"))
print(Match(1, 2, 3), Match(1, 2, 3).size)
print(SequenceMatcher(None, [1, 2, 3], (1, 2, 4)).get_opcodes())
