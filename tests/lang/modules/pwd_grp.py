# pwd and grp: lookups by name and id, the struct sequences, errors (only root's stable fields are printed).
import pwd, grp, os
r = pwd.getpwuid(0)
print(type(r), repr(r).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="), len(r), pwd.struct_passwd.n_fields, r.pw_name, r[2], r.pw_gid, r[:2] == (r.pw_name, r.pw_passwd))
g = grp.getgrgid(0)
print(pwd.getpwnam('root') == r, g.gr_name, g.gr_gid, type(g.gr_mem).__name__, len(g), type(g).__module__, grp.getgrnam('root').gr_gid)
print(any(p.pw_uid == 0 for p in pwd.getpwall()), any(g.gr_gid == 0 for g in grp.getgrall()))
for f, a in ((pwd.getpwnam, 'nosuchuserx'), (pwd.getpwuid, 99999), (grp.getgrnam, 'nosuchgrp'), (grp.getgrgid, 99999)):
    try: f(a)
    except KeyError as e: print(repr(e))
for f, a in ((pwd.getpwuid, 'x'), (grp.getgrgid, 'x'), (pwd.getpwnam, 1), (grp.getgrnam, None)):
    try: f(a)
    except TypeError as e: print(e)
import tarfile, io
ti = tarfile.TarInfo("x"); print(ti.uname, ti.gname)
