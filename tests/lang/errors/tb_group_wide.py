excs = [ValueError(str(i)) for i in range(20)]
raise ExceptionGroup("wide", excs)
