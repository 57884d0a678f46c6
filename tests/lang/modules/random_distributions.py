# random: seeded real-valued distributions (same formulas as CPython 3.11)
import random
random.seed(2024)
print(random.gauss(), random.gauss(), random.gauss(1, 2), random.gauss(mu=5, sigma=0.1))
print(random.normalvariate(), random.normalvariate(10, 3), random.lognormvariate(0, 1))
print(random.expovariate(2), random.expovariate(0.5), random.uniform(5, 10), random.uniform(10, 5))
print(random.triangular(), random.triangular(0, 10, 3), random.triangular(1, 1), random.triangular(0, 10, 10))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0), random.paretovariate(3), random.weibullvariate(1, 2))
r = random.Random(5)
xs = [r.gauss(0, 1) for _ in range(1000)]
print(round(sum(xs) / len(xs), 6), round(min(xs), 6), round(max(xs), 6))
ys = [r.random() for _ in range(10000)]
print(min(ys) >= 0.0, max(ys) < 1.0, round(sum(ys), 6))
st = r.getstate()
g1 = r.gauss()
r.setstate(st)
print(g1 == r.gauss(), r.gauss_next is None)
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
