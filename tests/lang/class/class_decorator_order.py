# class creation order: body, metaclass, decorators, __set_name__, __init_subclass__
log = []
class Desc:
    def __set_name__(self, owner, name):
        log.append(f"set_name {name}")
class Base:
    def __init_subclass__(cls):
        log.append(f"init_subclass {cls.__name__}")
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls
@deco
class C(Base):
    log.append("body")
    d = Desc()
print(log)
