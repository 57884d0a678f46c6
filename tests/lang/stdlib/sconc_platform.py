# platform: results checked against os/sys facts (the values themselves
# depend on the machine), libc_ver/architecture on crafted files.
import platform, os, sys, struct

u = platform.uname()
os_u = os.uname()
print(type(u).__name__, len(u), u._fields)
print(u[:5] == tuple(os_u), u.system == os_u.sysname, u.node == os_u.nodename,
      u.release == os_u.release, u.version == os_u.version, u.machine == os_u.machine)
print(u[5] == u.processor == u[-1] == platform.processor(), isinstance(u.processor, str))
print(list(u)[:5] == list(os_u), repr(u).startswith("uname_result(system="), 'processor' not in repr(u))
print(platform.system() == os_u.sysname, platform.node() == os_u.nodename,
      platform.release() == os_u.release, platform.version() == os_u.version,
      platform.machine() == os_u.machine)
print(platform.uname() is platform.uname())
print(u._asdict()['system'] == u.system)

print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(map(str, sys.version_info[:3])),
      type(platform.python_version_tuple()[0]).__name__)
print(platform.python_implementation().lower() == sys.implementation.name)
b = platform.python_build()
print(type(b).__name__, len(b), all(isinstance(x, str) for x in b))
print(isinstance(platform.python_compiler(), str), platform.python_compiler() in sys.version)
print(isinstance(platform.python_branch(), str), isinstance(platform.python_revision(), str))

bits, linkage = platform.architecture()
print(bits == '%dbit' % (struct.calcsize('P') * 8), linkage == ('ELF' if sys.platform == 'linux' else linkage))
print(platform.architecture('does-not-exist', bits='7bit', linkage='none'))

# crafted executables
def make(name, data):
    with open(name, 'wb') as f:
        f.write(data)
make('_sconc_elf32', b'\x7fELF\x01\x01\x01' + b'\0' * 9 + b'\x02\0\x03\0' + b'\0' * 44)
make('_sconc_elf64', b'\x7fELF\x02\x01\x01' + b'\0' * 9 + b'\x01\0\x3e\0' + b'\0' * 44 + b'GLIBC_2.2.5\0GLIBC_2.17\0GLIBC_2.3.4\0libc.so.6\0')
make('_sconc_libc', b'junk libc.so.5 more libc.so.6 end')
make('_sconc_old', b'__libc_init and nothing else')
make('_sconc_none', b'no c library mentioned')
print(platform.architecture('_sconc_elf32'), platform.architecture('_sconc_elf64'))
print(platform.libc_ver('_sconc_elf64'), platform.libc_ver('_sconc_libc'), platform.libc_ver('_sconc_old'))
print(platform.libc_ver('_sconc_none'), platform.libc_ver('_sconc_none', 'mylib', '1.0'))
for n in ('_sconc_elf32', '_sconc_elf64', '_sconc_libc', '_sconc_old', '_sconc_none'):
    os.remove(n)
try:
    platform.libc_ver('_sconc_missing_file')
except OSError as e:
    print(type(e).__name__, e.errno)

lib, ver = platform.libc_ver()
print(isinstance(lib, str), isinstance(ver, str))
p = platform.platform()
if sys.platform == 'linux':
    print(p.startswith('%s-%s-%s' % (u.system, u.release.replace(' ', '_'), u.machine)) or p,
          p.endswith('-with-' + lib + ver) or p)
print(' ' not in p, '--' not in p, platform.platform(terse=True) == platform.platform(terse=1))
print(platform.system_alias('Linux', '6.1', '#1'), platform.system_alias('SunOS', '5.10', 'v'))
print(platform.win32_ver(), platform.mac_ver(), platform.java_ver())
print(platform.win32_edition(), platform.win32_is_iot())
try:
    r = platform.freedesktop_os_release()
    print(r['ID'] == r.get('ID'), 'NAME' in r, r is not platform.freedesktop_os_release())
except OSError:
    print('no os-release')
