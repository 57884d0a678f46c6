class E(Exception):
    def __repr__(self): return "REPR"
    def __str__(self): return ""
raise E("x")
