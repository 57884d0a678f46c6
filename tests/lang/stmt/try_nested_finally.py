# nested try with finally; exceptions passing through several levels
log = []
def level3():
    try:
        log.append("l3 try")
        raise KeyError("deep")
    finally:
        log.append("l3 finally")
def level2():
    try:
        level3()
    except ValueError:
        log.append("l2 wrong handler")
    finally:
        log.append("l2 finally")
def level1():
    try:
        level2()
    except KeyError as e:
        log.append("l1 caught " + str(e))
    else:
        log.append("l1 else")
    finally:
        log.append("l1 finally")
level1()
for entry in log:
    print(entry)
