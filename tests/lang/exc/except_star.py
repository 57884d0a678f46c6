def show(title, f):
    try:
        f()
    except BaseException as e:
        print(title, "->", type(e).__name__, repr(e))
    else:
        print(title, "-> ok")

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught V", repr(e), e.exceptions)
    except* TypeError as e:
        print("caught T", repr(e))
show("t1", t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("V", repr(e))
show("t2", t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), e.exceptions[0] is not None)
show("t3", t3)

def t4():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("no")
show("t4", t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
show("t5", t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show("t6", t6)

def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("t7", t7)

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
show("t8", t8)

def t9():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else ran")
    finally:
        print("finally ran")
show("t9", t9)

def t10():
    import sys
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* (TypeError, ValueError) as e:
        print("tuple", repr(e), repr(sys.exc_info()[1]))
    print("after", sys.exc_info())
show("t10", t10)

def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
show("t11", t11)

def t12():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, e.exceptions)
    print(e if 'e' in dir() else "e unbound")
show("t12", t12)

def t13():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        1/0
    except* TypeError:
        raise OSError("x")
show("t13", t13)
