"""Command-line option parsing in the style of C's getopt(3) (CPython 3.11 API).

getopt() stops at the first non-option argument (POSIX behaviour); gnu_getopt()
lets options and operands mix unless the short-option string starts with '+'
or POSIXLY_CORRECT is set.  Both return (pairs, remaining) where each pair is
(option-with-dashes, value-or-'').  Long options may be abbreviated to any
unique prefix; a trailing '=' in a long-option spec means "takes a value", a
':' after a letter in the short spec means the same.
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    # a single string is one option, anything else an iterable of them
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    opts = []
    operands = []
    longopts = _long_list(longopts)
    stop_at_operand = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_operand = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_operand = True
    while args:
        first = args[0]
        if first == '--':
            operands += args[1:]
            break
        if first[:2] == '--':
            opts, args = do_longs(opts, first[2:], longopts, args[1:])
        elif first[:1] == '-' and first != '-':
            opts, args = do_shorts(opts, first[1:], shortopts, args[1:])
        elif stop_at_operand:
            operands += args
            break
        else:
            operands.append(first)
            args = args[1:]
    return opts, operands


def do_longs(opts, opt, longopts, args):
    eq = opt.find('=')
    if eq < 0:
        value = None
    else:
        opt, value = opt[:eq], opt[eq + 1:]
    takes_value, opt = long_has_args(opt, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return opts, args


def long_has_args(opt, longopts):
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # an exact spelling wins over longer options it prefixes
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = candidates[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def do_shorts(opts, optstring, shortopts, args):
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt,
                                      opt)
                optstring, args = args[0], args[1:]
            value, optstring = optstring, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def short_has_arg(opt, shortopts):
    for i, ch in enumerate(shortopts):
        if ch == opt and ch != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
