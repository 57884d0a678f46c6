class E(Exception):
    __qualname__ = "Outer.E"
raise E("m")
