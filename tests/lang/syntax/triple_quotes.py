# triple-quoted strings
s = """first
  second
third"""
print(s)
print(repr(s))
t = '''it's "quoted" here'''
print(t)
u = """\
no leading newline\
"""
print(repr(u))
v = """a""b"c"""
print(v)
print(len("""
"""))
print('''x
'''.splitlines())
