# Struct sequences expose n_fields, n_sequence_fields and n_unnamed_fields.
import sys, os, time
for s in (sys.version_info, os.stat('.'), time.gmtime(0), sys.float_info, sys.int_info, sys.flags, sys.hash_info, os.times(), os.uname(), os.terminal_size((1, 2))):
    t = type(s); print(t.__name__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
