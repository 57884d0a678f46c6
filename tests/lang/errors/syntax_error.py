# a script with a syntax error is not run at all
print("this line is never executed")
def broken(:
    pass
