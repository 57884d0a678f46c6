"""Information about the underlying platform (gilpy's platform module).

CPython 3.11's API. The system facts come from os.uname(); nothing here
starts a subprocess (gilpy has no subprocess module), so:
* processor() is '' on Linux -- what CPython reports on most Linux
  distributions, where `uname -p` says "unknown";
* architecture() reads the ELF/Mach-O/PE magic of the executable itself
  instead of running `file`, and falls back to the pointer size;
* libc_ver() asks os.confstr('CS_GNU_LIBC_VERSION') when available, then
  the C library mapped into this process (its banner names the release),
  then scans the executable for versioned glibc symbols like CPython.

python_implementation(): CPython derives it from sys.version. gilpy is not
CPython (code testing for 'CPython' usually wants CPython internals such as
its C API or reference counting), so the answer follows
sys.implementation.name: 'cpython' -> 'CPython', 'pypy' -> 'PyPy', ...,
and any other name capitalised -- 'Gilpy' under gilpy. Thus
python_implementation().lower() == sys.implementation.name everywhere.
python_version*() come from sys.version_info; python_build() and
python_compiler() parse sys.version ("3.11.7 (build, date, time) [compiler]"),
which gilpy fills as "3.11.7 (gilpy 0.1) [GCC ...]".
"""

__version__ = '1.0.8'

import collections
import functools
import itertools
import os
import re
import sys

# ---- uname ------------------------------------------------------------------------------------

_uname_cache = None


def _processor():
    # No portable source without a subprocess; see the module docstring.
    return ''


class uname_result(
        collections.namedtuple("uname_result_base",
                               "system node release version machine")):
    """A uname() tuple: (system, node, release, version, machine,
    processor). The processor is looked up lazily, on first use."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        return _processor()

    def __iter__(self):
        return itertools.chain(super().__iter__(), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        # The base takes the first five values; processor stays lazy.
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]

    def __repr__(self):
        # Only the five stored fields, as the namedtuple repr shows them.
        # (Spelled out because gilpy's namedtuple __repr__ formats
        # tuple(self), which here includes the processor.)
        base = tuple.__getitem__
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, '
                'machine=%r)' % tuple(base(self, i) for i in range(5)))


def uname():
    """(system, node, release, version, machine, processor) of this
    machine; unknown values are ''."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        system, node, release, version, machine = infos = os.uname()
    except AttributeError:
        system = sys.platform
        node = release = version = machine = ''
        infos = ()
    if not any(infos):
        # Nothing from the OS: at least the platform name.
        system = system or sys.platform
    if system == 'unknown':
        system = ''
    if node == 'unknown':
        node = ''
    if release == 'unknown':
        release = ''
    if version == 'unknown':
        version = ''
    if machine == 'unknown':
        machine = ''
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """The OS name, e.g. 'Linux', 'Darwin', 'Windows'; '' if unknown."""
    return uname().system


def node():
    """The computer's network name; '' if unknown."""
    return uname().node


def release():
    """The OS release, e.g. '6.1.0-13-amd64'; '' if unknown."""
    return uname().release


def version():
    """The OS version string; '' if unknown."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'; '' if unknown."""
    return uname().machine


def processor():
    """The processor name; '' if unknown (always on Linux, see above)."""
    return uname().processor


def system_alias(system, release, version):
    """Map (system, release, version) to the marketing names some systems
    use (SunOS 5 -> Solaris 2, ...). Unknown systems pass through."""
    if system == 'SunOS':
        # SunOS 5.x is Solaris 2.x.
        if release < '5':
            return system, release, version
        parts = release.split('.')
        try:
            parts[0] = str(int(parts[0]) - 3)
        except ValueError:
            pass
        else:
            system = 'Solaris'
            release = '.'.join(parts)
    elif system == 'IRIX64':
        system = 'IRIX'
        version = version + ' (64bit)' if version else '64bit'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


# ---- Python itself ----------------------------------------------------------------------------

_IMPLEMENTATION_NAMES = {
    'cpython': 'CPython',
    'pypy': 'PyPy',
    'ironpython': 'IronPython',
    'jython': 'Jython',
}


def python_implementation():
    """The implementation's name: 'CPython', 'PyPy', ..., 'Gilpy' under
    gilpy (see the module docstring)."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name.capitalize())


def python_version():
    """'major.minor.patchlevel' of the language version."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """(major, minor, patchlevel) as strings."""
    return tuple(str(x) for x in sys.version_info[:3])


def _sys_version_parts():
    # "X.Y.Z (build, date, time) [compiler]": each part may be missing.
    text = sys.version
    build = ''
    compiler = ''
    m = re.search(r'\(([^()]*)\)', text)
    if m:
        build = m.group(1)
    m = re.search(r'\[([^\[\]]*)\]', text)
    if m:
        compiler = m.group(1)
    return build, compiler


def python_build():
    """(build number, build date) from sys.version."""
    build, _ = _sys_version_parts()
    parts = [p.strip() for p in build.split(',')]
    buildno = parts[0] if parts else ''
    builddate = ' '.join(p for p in parts[1:] if p)
    return buildno, builddate


def python_compiler():
    """The compiler that built the interpreter, from sys.version."""
    return _sys_version_parts()[1]


def python_branch():
    """The source branch the interpreter was built from, or ''."""
    git = getattr(sys, '_git', None)
    if git:
        return git[1]
    return ''


def python_revision():
    """The source revision the interpreter was built from, or ''."""
    git = getattr(sys, '_git', None)
    if git:
        return git[2]
    return ''


# ---- executable and C library -----------------------------------------------------------------

def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable, e.g. ('64bit', 'ELF').

    Read from the file's header; values that cannot be found default to
    the arguments, and bits to this interpreter's pointer size."""
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    try:
        with open(executable, 'rb') as f:
            head = f.read(64)
    except (OSError, TypeError, ValueError):
        return bits, linkage
    if head[:4] == b'\x7fELF' and len(head) >= 18:
        # Only executables and shared objects count (e_type 2 or 3, in the
        # byte order EI_DATA gives); e.g. relocatable objects do not.
        order = 'little' if head[5] == 1 else 'big'
        if int.from_bytes(head[16:18], order) not in (2, 3):
            return bits, linkage
        linkage = 'ELF'
        if head[4] == 1:
            bits = '32bit'
        elif head[4] == 2:
            bits = '64bit'
    elif head[:2] == b'MZ':
        linkage = 'WindowsPE'
    elif head[:4] in (b'\xfe\xed\xfa\xce', b'\xce\xfa\xed\xfe'):
        linkage = 'Mach-O'
        bits = '32bit'
    elif head[:4] in (b'\xfe\xed\xfa\xcf', b'\xcf\xfa\xed\xfe'):
        linkage = 'Mach-O'
        bits = '64bit'
    return bits, linkage


def _version_key(text):
    # '2.17' -> (2, 17); non-numeric pieces compare as 0.
    key = []
    for piece in text.split('.'):
        digits = re.match(r'\d*', piece).group()
        key.append(int(digits) if digits else 0)
    return tuple(key)


# Versioned glibc symbols (GLIBC_2.17), the libc soname (libc.so.6) and the
# symbol __libc_init of old libcs.
_LIBC_PATTERN = re.compile(
    rb'(__libc_init)'
    rb'|(GLIBC_([0-9.]+))'
    rb'|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)', re.ASCII)

def _scan_libc(executable, lib, version):
    # Executables are at most a few MB: read the file whole.
    with open(executable, 'rb') as f:
        data = f.read()
    for m in _LIBC_PATTERN.finditer(data):
        libcinit, glibc, glibcversion, so, threads, soversion = [
            g.decode('latin1') if g is not None else None
            for g in m.groups()]
        if libcinit and not lib:
            lib = 'libc'
        elif glibc:
            # The highest symbol version is the glibc release needed.
            if lib != 'glibc':
                lib = 'glibc'
                version = glibcversion
            elif _version_key(glibcversion) > _version_key(version):
                version = glibcversion
        elif so:
            if lib != 'glibc':
                lib = 'libc'
                if soversion and (not version or
                                  _version_key(soversion) >
                                  _version_key(version)):
                    version = soversion
                if threads and not version.endswith(threads):
                    version = version + threads
    return lib, version


def _mapped_glibc():
    # The C library this process runs on: find it in /proc/self/maps and
    # read the release from its banner.
    try:
        with open('/proc/self/maps') as f:
            maps = f.read()
    except OSError:
        return None
    for line in maps.splitlines():
        path = line.split(None, 5)[-1] if line.count(' ') >= 5 else ''
        base = path.rsplit('/', 1)[-1]
        if re.fullmatch(r'libc(-[0-9.]+)?\.so(\.[0-9]+)*', base):
            try:
                with open(path, 'rb') as f:
                    blob = f.read()
            except OSError:
                return None
            m = re.search(rb'GNU C Library[^\n]*?version ([0-9]+\.[0-9]+)',
                          blob)
            if m:
                return 'glibc', m.group(1).decode('ascii')
            return None
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library, e.g. ('glibc', '2.36');
    (lib, version) -- by default ('', '') -- when it cannot be found.

    Without `executable`, asks the running system; with it, scans that
    file for the glibc symbol versions it requires. `chunksize` is
    accepted for compatibility and ignored."""
    if not executable:
        confstr = getattr(os, 'confstr', None)
        if confstr is not None:
            try:
                ver = confstr('CS_GNU_LIBC_VERSION')
                parts = ver.split(maxsplit=1)
                if len(parts) == 2:
                    return tuple(parts)
            except (AttributeError, ValueError, OSError):
                pass
        found = _mapped_glibc()
        if found:
            return found
        executable = sys.executable
        if not executable:
            return lib, version
    return _scan_libc(executable, lib, version)


# ---- platform() -------------------------------------------------------------------------------

def _platform(*args):
    # Join the non-empty parts with '-' into something usable in a file
    # name: no blanks or separators, no 'unknown', no doubled dashes.
    text = '-'.join(x.strip() for x in filter(len, args))
    text = text.replace(' ', '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    while text.endswith('-'):
        text = text[:-1]
    return text


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string identifying the platform, e.g.
    'Linux-6.1.0-13-amd64-x86_64-with-glibc2.36'.

    aliased: use system_alias() names; terse: only system and release."""
    key = (bool(aliased), bool(terse))
    result = _platform_cache.get(key)
    if result is not None:
        return result

    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)

    if system == 'Linux':
        # (CPython ignores `terse` here.)
        libcname, libcversion = libc_ver()
        result = _platform(system, release, machine, processor,
                           'with', libcname + libcversion)
    elif terse:
        result = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(system, release, machine, processor,
                           bits, linkage)
    _platform_cache[key] = result
    return result


# ---- other systems ----------------------------------------------------------------------------

def win32_ver(release='', version='', csd='', ptype=''):
    """(release, version, csd, ptype) on Windows; the arguments elsewhere."""
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """(release, versioninfo, machine) on macOS; the arguments elsewhere."""
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Jython's Java information; the arguments elsewhere."""
    return release, vendor, vminfo, osinfo


_os_release_cache = None
_OS_RELEASE_CANDIDATES = ('/etc/os-release', '/usr/lib/os-release')


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        m = re.match(r'([A-Z][A-Z0-9_]*)=(.*)$', line.rstrip('\n'))
        if not m:
            continue
        key, value = m.groups()
        value = value.strip()
        # Shell-style quoting: one quoted word, backslash escapes.
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
        value = re.sub(r'\\([\\$"\'`])', r'\1', value)
        info[key] = value
    return info


def freedesktop_os_release():
    """The /etc/os-release key/value pairs as a dict (a new copy per call).
    Raises OSError when no os-release file can be read."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in _OS_RELEASE_CANDIDATES:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, 'Unable to read files %s'
                          % ', '.join(_OS_RELEASE_CANDIDATES))
    return _os_release_cache.copy()
