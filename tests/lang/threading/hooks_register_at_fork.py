# os.register_at_fork: argument checks, call order (before: last registered
# first; after_in_child / after_in_parent: first registered first), an
# exception in a callable goes to sys.unraisablehook and the others still
# run; callables registered by a callable run from the next fork on.
import os
import sys

for kwargs in ({}, {'before': None}, {'before': 1},
               {'after_in_child': print, 'after_in_parent': 'x'},
               {'after_in_child': len, 'foo': print}):
    try:
        os.register_at_fork(**kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print('TypeError', e)
print(os.register_at_fork)

events = []
reported = []


def hook(args):
    reported.append('%s(%s) from %r' % (args.exc_type.__name__, args.exc_value, args.object))


sys.unraisablehook = hook


class Step:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __repr__(self):
        return '<Step %s>' % self.name

    def __call__(self):
        events.append(self.name)
        if self.fail:
            raise ValueError(self.name + ' failed')


os.register_at_fork(before=Step('before1'), after_in_child=Step('child1'),
                    after_in_parent=Step('parent1'))
os.register_at_fork(before=Step('before2', True), after_in_child=Step('child2', True),
                    after_in_parent=Step('parent2', True))
os.register_at_fork(after_in_parent=Step('parent3'))
os.register_at_fork(before=Step('before3'), after_in_child=Step('child3'))


def register_more():
    events.append('register_more')
    os.register_at_fork(after_in_parent=Step('late'))


os.register_at_fork(after_in_parent=register_more)


def fork_and_report(tag):
    del events[:], reported[:]
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.write(w, repr((events, reported)).encode())
        os._exit(0)
    os.close(w)
    data = b''
    while True:
        chunk = os.read(r, 4096)
        if not chunk:
            break
        data += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    child_events, child_reported = eval(data.decode())
    print(tag, 'child exit', os.waitstatus_to_exitcode(status))
    print(tag, 'child saw  ', child_events)
    print(tag, 'child errors', child_reported)
    print(tag, 'parent saw ', events)
    print(tag, 'parent errors', reported)


fork_and_report('first:')
fork_and_report('second:')
