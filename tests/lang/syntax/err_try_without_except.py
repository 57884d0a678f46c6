# expect-error
# try without except or finally: the error points at the next statement
try:
    pass
print(1)
