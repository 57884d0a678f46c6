# add_note (3.11)
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
print(hasattr(ValueError("x"), "__notes__"))
