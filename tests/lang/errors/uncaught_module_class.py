import _errmod
raise _errmod.ModErr("from module")
