class E(Exception):
    __module__ = "some.where"
raise E("m")
