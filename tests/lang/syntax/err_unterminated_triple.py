# expect-error
# an unterminated triple-quoted string: the line where it was detected
s = """abc
def
