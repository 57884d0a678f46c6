"""Comparison of files and directories (CPython 3.11 API).

cmp() first compares (type, size, mtime) signatures; with shallow=True equal
signatures mean equal files, otherwise the bytes are compared and the result
cached under both signatures so a changed file is compared again.  dircmp
computes its attributes lazily: reading one runs the phase that sets it (see
methodmap), so a report on a huge tree only does the work it prints.
"""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
# read size when comparing contents: large enough to amortise the calls
BUFSIZE = 8 * 1024
# the cache is dropped wholesale past this many entries to bound its memory
_CACHE_MAX = 100

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forget every cached comparison."""
    _cache.clear()


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """True if the two files look equal (see the module comment)."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_bytes(f1, f2)
        if len(_cache) > _CACHE_MAX:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_bytes(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            x = a.read(BUFSIZE)
            y = b.read(BUFSIZE)
            if x != y:
                return False
            if not x:
                return True


def _filter(names, skip):
    return list(filterfalse(skip.__contains__, names))


class dircmp:
    """Compares two directories; attributes are computed on first use."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = _filter(os.listdir(self.left), skip)
        self.right_list = _filter(os.listdir(self.right), skip)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):
        a = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        b = dict(zip(map(os.path.normcase, self.right_list), self.right_list))
        self.common = [a[k] for k in a if k in b]
        self.left_only = [a[k] for k in a if k not in b]
        self.right_only = [b[k] for k in b if k not in a]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for x in self.common:
            try:
                a_mode = os.stat(os.path.join(self.left, x)).st_mode
                b_mode = os.stat(os.path.join(self.right, x)).st_mode
            except OSError:
                self.common_funny.append(x)
                continue
            a_type = stat.S_IFMT(a_mode)
            if a_type != stat.S_IFMT(b_mode):
                self.common_funny.append(x)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(x)
            elif stat.S_ISREG(a_type):
                self.common_files.append(x)
            else:
                self.common_funny.append(x)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for x in self.common_dirs:
            self.subdirs[x] = self.__class__(
                os.path.join(self.left, x), os.path.join(self.right, x),
                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sd in self.subdirs.values():
            sd.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        for label, names in (
                (('Only in', self.left, ':'), self.left_only),
                (('Only in', self.right, ':'), self.right_only),
                (('Identical files :',), self.same_files),
                (('Differing files :',), self.diff_files),
                (('Trouble with common files :',), self.funny_files),
                (('Common subdirectories :',), self.common_dirs),
                (('Common funny cases :',), self.common_funny)):
            if names:
                names.sort()
                print(*label, names)

    def report_partial_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report()

    def report_full_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2,
                     common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Split 'common' into (equal, different, not comparable) lists."""
    res = ([], [], [])
    for x in common:
        try:
            k = 0 if cmp(os.path.join(a, x), os.path.join(b, x), shallow) else 1
        except OSError:
            k = 2
        res[k].append(x)
    return res
