class ModErr(Exception): pass
