import textwrap
t = "The quick brown fox jumps over the lazy dog. " * 5
print(textwrap.wrap(t, 30))
print(textwrap.fill(t, width=40))
print(textwrap.fill(t, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap("A well-known state-of-the-art self-driving e-mail thing -- really--no way", 12))
print(textwrap.wrap("A well-known state-of-the-art self-driving e-mail", 12, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("tabs\there\nand newlines   many   spaces", 15))
print(textwrap.wrap("  leading and trailing   ", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.shorten("Hello  world!   This is a long sentence", width=20), textwrap.shorten("Hi there", 20), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world foo", 12, placeholder='...'))
print(textwrap.wrap(t, 20, max_lines=3))
print(textwrap.wrap(t, 20, max_lines=2, placeholder=' ~'))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    a\n  b\n      c")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)))
try: textwrap.wrap("abc", 0)
except ValueError as e: print(e)
try: textwrap.wrap("abc def", 3, max_lines=1, placeholder=' [...]')
except ValueError as e: print(e)
print(textwrap.fill("Hello there. How are you? Fine.", 80, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=15, subsequent_indent='    ')
print(w.wrap("one two three four five six seven eight nine ten"))
print(textwrap.wrap("x" * 25, 10), textwrap.wrap("aa-bbbbbbbbbbbbbbbb", 8), textwrap.wrap("hello-world-foo-bar", 7))
print(textwrap.fill("1234-5678 abc-def x1-y2 ab-c", 5))
