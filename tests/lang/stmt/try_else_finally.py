# order of try / except / else / finally
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def no_except():
    try:
        return "from try"
    finally:
        print("finally before return")
print(no_except())
try:
    try:
        raise KeyError("x")
    finally:
        print("cleanup while propagating")
except KeyError as e:
    print("caught", e)
