import statistics as st
from fractions import Fraction as F

def t(name, *args, **kw):
    try:
        r = getattr(st, name)(*args, **kw)
        print(name, repr(r), type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)

datasets = [
    [1, 2, 3, 4],
    [1, 2, 3, 4, 5],
    [2, 4, 4, 4, 5, 5, 7, 9],
    [0.1, 0.2, 0.3, 0.4],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [F(1, 2), F(3, 4), F(5, 8)],
    [F(1, 3), 2, F(7, 5), 1],
    [1, 2.5, 3],
    [F(1, 3), 0.5],
    [True, False, True],
    [True, True],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 3],
    [1e300, 1e300, -1e300],
    [0.1] * 10,
    [-5, -3, 2, 7, 11, 13],
    [3],
    [2.0],
    list(range(101)),
    [x / 7 for x in range(1, 30)],
    [1e-300, 3e-300, 2e-310],
]
for data in datasets:
    print('--', data[:6], len(data))
    for name in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
                 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev'):
        t(name, data)
    if all(x > 0 for x in data):
        t('geometric_mean', data)
    if all(x >= 0 for x in data):
        t('harmonic_mean', data)
    if len(data) >= 2:
        t('quantiles', data)
        t('quantiles', data, n=10)
        t('quantiles', data, n=3, method='inclusive')

print(st.mean([1, 2, 3, 4]) == 2.5, st.mean([1, 2, 3]), st.mean(iter([1, 2])))
print(st.variance([1, 2, 3, 4], 2.5), st.variance([1, 2, 3, 4], xbar=2), st.pvariance([1.5, 2.5], mu=2))
print(st.stdev([1, 2, 3, 4], 2.5), st.pstdev([F(1, 2), F(3, 4)], F(5, 8)))
print(st.variance([F(1, 2), F(3, 4)]), st.pvariance([F(1, 2), F(3, 4), 1]))
print(st.variance(iter([1, 2, 3])), st.pvariance((x for x in [1.0, 2.0, 4.0])))
print(st.median_grouped([1, 2, 2, 3], 2), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([F(1, 2), 2, 2, 3]), st.median_grouped([5]), st.median_grouped([2.5, 3.5]))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aabbbbccddddeeffffgg'))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([1, 1, 2, 2]), st.mode([(1, 2), (1, 2), (3,)]))
print(st.fmean([1, 2, 3], weights=[3, 1, 1]), st.fmean(iter([3.5, 4.0, 5.25])), st.fmean([1, 2], [F(1), 2]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([F(1, 2), 3]), st.harmonic_mean([F(1, 2), F(3, 4)]), st.harmonic_mean([0, 2]), st.harmonic_mean([5]))
print(st.harmonic_mean([F(1, 2)]), st.harmonic_mean([1, 2, 4], weights=[1, 0, 1]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([F(1, 2), 8]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2], n=1), st.quantiles([F(1, 2), F(3, 2), 4], n=5), st.quantiles([1.0, 2.0, 5.0], n=4, method='inclusive'))
print(st.mean([1, float('inf')]), st.mean([float('-inf'), float('inf')]), st.variance([1, float('nan')]), st.variance([1, float('inf')]))
print(st.pvariance([0.0, float('inf')]), st.mean([float('nan'), 1.0]))
