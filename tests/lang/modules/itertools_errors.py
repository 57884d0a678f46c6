import itertools as it
tests = ["it.islice('abc', -1)", "it.islice('abc', -1, 2)", "it.islice('abc', 1, 2, 0)", "it.islice('abc', 1, 2, -1)", "it.islice('abc')", "it.islice('abc', 1,2,3,4)", "it.islice(5, 1)", "it.islice('abc', 'x')", "it.islice('abc', 1.0, 2)",
"it.cycle(5)", "it.cycle()", "it.accumulate(5)", "it.chain.from_iterable(5)", "it.compress(1, [1])", "it.compress([1])", "it.dropwhile(None, 5)", "it.takewhile(len)", "it.filterfalse(None, 5)", "it.groupby(5)",
"it.starmap(pow, 5)", "it.tee(5)", "it.tee([1], -1)", "it.zip_longest(5)", "it.zip_longest([1], foo=1)", "it.product(5)", "it.product([1], repeat=-1)", "it.product([1], rep=1)", "it.permutations(5)", "it.permutations([1], -1)", "it.permutations([1], 'a')",
"it.combinations([1], -1)", "it.combinations(5, 1)", "it.combinations_with_replacement([1], -1)", "it.combinations_with_replacement([1])", "it.pairwise(5)", "it.pairwise()", "it.count('a')", "it.count(1, 'a')", "it.repeat(1, 'a')", "it.repeat(1, -3)", "it.count(1,2,3)",
"it.accumulate([1], foo=2)", "it.groupby([1], 5)", "list(it.starmap(pow, [1]))", "it.chain(1)", "next(it.chain(1))", "it.tee([1], 0)", "it.repeat(1, times=2)", "it.accumulate()"]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", type(r).__name__, r if isinstance(r, (list, tuple)) else "")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
