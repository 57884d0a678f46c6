# __traceback__ and with_traceback
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
try:
    raise KeyError("x")
except KeyError as e:
    saved_tb = e.__traceback__
e2 = RuntimeError("new").with_traceback(saved_tb)
print(e2.__traceback__ is saved_tb, type(saved_tb).__name__)
try:
    raise e2
except RuntimeError as e:
    print(e.__traceback__.tb_next is saved_tb or e.__traceback__ is not None)
print(ValueError().with_traceback(None).__traceback__)
