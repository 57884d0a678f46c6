# expect-error
# a dict display with a key but no value
x = {1: 2, "b" 3}
