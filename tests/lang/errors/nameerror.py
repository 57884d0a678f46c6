# NameError for an undefined name inside a function
def greet():
    print("hello", nmae)

greet()
