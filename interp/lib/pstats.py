"""pstats -- reports on the statistics of profile and cProfile.

A Stats object holds one dict, func -> (primitive calls, calls, inline
time, cumulative time, callers), where func is (file, line, name) and
callers maps caller funcs to either a call count (profile) or a tuple
(calls, primitive calls, inline time, cumulative time) (cProfile). It can
merge several profiles (add), sort (sort_stats), restrict and print them
(print_stats, print_callers, print_callees) in CPython's report format.
"""

import sys
import os
import time
import marshal
import re
from enum import StrEnum
from functools import cmp_to_key
from dataclasses import dataclass
from typing import Dict

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(StrEnum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        # a member is its first spelling; the others are aliases for lookup
        obj = str.__new__(cls, values[0])
        obj._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = obj
        obj._all_values = values
        return obj


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    '''Class for keeping track of an item in inventory.'''
    total_tt: float
    func_profiles: Dict[str, FunctionProfile]


# Sort keys: indices into the rows sort_stats builds -- (cc, nc, tt, ct,
# file, line, name, std name) -- each with a direction (-1: largest first).
_CC, _NC, _TT, _CT, _FILE, _LINE, _NAME, _STD = range(8)


class Stats:
    """Profile statistics: Stats(profile or file name, ..., stream=None).

    The arguments are profilers (anything with create_stats()), file
    names written by dump_stats, or other Stats; they are added together.
    Methods return self so calls chain:
        Stats('prof').strip_dirs().sort_stats('cumulative').print_stats(10)
    Restrictions given to the print methods are applied in turn: an int
    keeps that many lines, a float in [0, 1) that fraction, a string keeps
    the lines whose standard name matches it as a regular expression.
    """

    sort_arg_dict_default = {
        "calls": (((_NC, -1),), "call count"),
        "ncalls": (((_NC, -1),), "call count"),
        "cumtime": (((_CT, -1),), "cumulative time"),
        "cumulative": (((_CT, -1),), "cumulative time"),
        "filename": (((_FILE, 1),), "file name"),
        "line": (((_LINE, 1),), "line number"),
        "module": (((_FILE, 1),), "file name"),
        "name": (((_NAME, 1),), "function name"),
        "nfl": (((_NAME, 1), (_FILE, 1), (_LINE, 1)), "name/file/line"),
        "pcalls": (((_CC, -1),), "primitive call count"),
        "stdname": (((_STD, 1),), "standard name"),
        "time": (((_TT, -1),), "internal time"),
        "tottime": (((_TT, -1),), "internal time"),
    }

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s" % (self.files[-1] if self.files else ''), file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            self.top_level.update(item.top_level)
            self.max_name_len = max(self.max_name_len, item.max_name_len)
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Write the profile data to a file we know how to load back."""
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        """The sort keys with every unambiguous prefix of them."""
        if not self.sort_arg_dict:
            table = {}
            ambiguous = set()
            for word, spec in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in table:
                        ambiguous.add(prefix)
                        break
                    table[prefix] = spec
            for prefix in ambiguous:
                del table[prefix]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            # the old profiler's numeric keys
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        defs = self.get_sort_arg_defs()
        keys = ()
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            spec, description = defs[word]
            keys += spec
            names.append(description)
        self.sort_type = ", ".join(names)

        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func)
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]
        rows.sort(key=cmp_to_key(TupleComp(keys).compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        old = self.stats
        self.stats = new = {}
        width = 0
        for func, (cc, nc, tt, ct, callers) in old.items():
            short = func_strip_path(func)
            width = max(width, len(func_std_string(short)))
            short_callers = {func_strip_path(c): v for c, v in callers.items()}
            if short in new:
                new[short] = add_func_stats(new[short], (cc, nc, tt, ct, short_callers))
            else:
                new[short] = (cc, nc, tt, ct, short_callers)
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.max_name_len = width
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    # ---- reports -------------------------------------------------------

    def eval_print_amount(self, sel, list, msg):
        kept = list
        if isinstance(sel, str):
            try:
                rex = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return kept, msg
            kept = [func for func in list if rex.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                kept = list[:int(count * sel + .5)]
            elif isinstance(sel, int) and 0 <= sel < count:
                kept = list[:sel]
        if len(list) != len(kept):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (len(list), len(kept), sel)
        return kept, msg

    def get_stats_profile(self):
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not funcs:
            return StatsProfile(0, {})
        profiles = {}
        result = StatsProfile(float(f8(self.total_tt)), profiles)
        for func in funcs:
            cc, nc, tt, ct, callers = self.stats[func]
            file_name, line_number, func_name = func
            profiles[func_name] = FunctionProfile(
                str(nc) if nc == cc else '%d/%d' % (nc, cc),
                float(f8(tt)),
                -1 if nc == 0 else float(f8(tt / nc)),
                float(f8(ct)),
                -1 if cc == 0 else float(f8(ct / cc)),
                file_name,
                line_number)
        return result

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            funcs = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            funcs = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            funcs, msg = self.eval_print_amount(sel, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        if len(funcs) < len(self.stats):
            width = max(len(func_std_string(func)) for func in funcs)
        return width + 2, funcs

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        print(indent, self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, "was called by...")
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # the column titles only go with cProfile's tuple-valued callers
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                if isinstance(next(iter(callers.values())), tuple):
                    print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)
                break

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        out = self.stream
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=out)
        if not call_dict:
            print(file=out)
            return
        first = True
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                counts = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
                text = '%s %s %s  %s' % (counts.rjust(7 if first else 9), f8(tt), f8(ct), name)
                pad = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                pad = name_size + 3
            print(('' if first else ' ' * pad) + text, file=out)
            first = False

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        out = self.stream
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else '%d/%d' % (nc, cc)
        print(calls.rjust(9), end=' ', file=out)
        print(f8(tt), end=' ', file=out)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=out)
        print(f8(ct), end=' ', file=out)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=out)
        print(func_std_string(func), file=out)


class TupleComp:
    """Compares tuples on a list of (index, direction) pairs, most
    significant first; direction -1 sorts that field descending."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            a, b = left[index], right[index]
            if a < b:
                return -direction
            if a > b:
                return direction
        return 0


# ---- function keys: (file, line, name) ------------------------------------

def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """'file:line(name)', or the builtin's label ('{...}' for '<...>')."""
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


# ---- merging ------------------------------------------------------------------

def add_func_stats(target, source):
    """The sum of two entries' statistics."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers))


def add_callers(target, source):
    """Two callers dicts merged (tuples summed item by item, counts added)."""
    merged = dict(target)
    for func, value in source.items():
        if func not in merged:
            merged[func] = value
        elif isinstance(value, tuple):
            merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
        else:
            merged[func] += value
    return merged


def count_calls(callers):
    """The number of calls received, from a callers dict of counts."""
    return sum(callers.values())


def f8(x):
    return "%8.3f" % x
