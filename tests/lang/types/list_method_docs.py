for t in (list, dict, set, tuple, frozenset, range, slice):
    for n, v in sorted(vars(t).items()):
        if callable(v) and not n.startswith('__'):
            print(t.__name__, n, repr(v.__doc__))
print([].append.__doc__, {}.get.__doc__)
