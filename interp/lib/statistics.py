"""Basic statistics of numeric data (gilpy).

Averages: mean, fmean, geometric_mean, harmonic_mean, median, median_low,
median_high, median_grouped, mode, multimode.  Spread: pvariance, variance,
pstdev, stdev.  Also quantiles, and StatisticsError.

Exactness.  mean, harmonic_mean and the variance family accumulate their
sums exactly: every int, float or Fraction is turned into an exact
numerator/denominator pair, and only the final quotient is converted back
to the data's type (an int result that is not whole becomes a float).  The
results therefore equal CPython's bit for bit: each is the correctly
rounded value of an exact rational.  stdev and pstdev take a correctly
rounded square root of the exact variance.

Non-finite floats (inf, nan) cannot be made exact; they are summed as
floats on the side, which yields the same inf/nan results CPython gives.
"""

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
import numbers
from fractions import Fraction
from bisect import bisect_left, bisect_right
from collections import Counter
from math import fsum, sqrt, isqrt


class StatisticsError(ValueError):
    pass


# --- exact arithmetic helpers ------------------------------------------------

def _ratio(x):
    """x as (numerator, denominator); (x, None) for inf and nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # a float that is not finite
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(
            f"can't convert type '{type(x).__name__}' to numerator/denominator"
        ) from None


def _common_type(t, s):
    """The type a result of mixing types t and s is reported in."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError(f"don't know how to coerce {t.__name__} and {s.__name__}")


class _Accumulator:
    """Exact running sum (and optionally sum of squares) of numbers.

    Numerators are added per denominator (ints are cheap), and the
    partial sums are combined into one Fraction at the end."""

    def __init__(self, squares=False):
        self.kind = int
        self.count = 0
        self.parts = {}
        self.squares = {} if squares else None
        self.special = None     # float sum of the non-finite values
        self.special_sq = None

    def add(self, x):
        self.kind = _common_type(self.kind, type(x))
        num, den = _ratio(x)
        self.count += 1
        if den is None:
            self.special = num if self.special is None else self.special + num
            if self.squares is not None:
                sq = num * num
                self.special_sq = sq if self.special_sq is None else self.special_sq + sq
            return
        parts = self.parts
        parts[den] = parts.get(den, 0) + num
        if self.squares is not None:
            sq = self.squares
            sq[den] = sq.get(den, 0) + num * num

    def total(self):
        if self.special is not None:
            return self.special
        t = Fraction(0)
        for den, num in self.parts.items():
            t += Fraction(num, den)
        return t

    def total_squares(self):
        t = Fraction(0)
        for den, num in self.squares.items():
            t += Fraction(num, den * den)
        return t


def _exact_sum(values):
    """(type, exact total, count) of an iterable of numbers."""
    acc = _Accumulator()
    for x in values:
        acc.add(x)
    return acc.kind, acc.total(), acc.count


def _to_type(value, kind):
    """An exact result (Fraction, or a float for non-finite sums) as kind."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _sum_sq_dev(data, center=None):
    """(type, exact sum of squared deviations, center, count)."""
    if center is not None:
        kind, ss, count = _exact_sum((x - center) * (x - center) for x in data)
        return kind, ss, center, count
    acc = _Accumulator(squares=True)
    for x in data:
        acc.add(x)
    n = acc.count
    if n == 0:
        zero = Fraction(0)
        return acc.kind, zero, zero, 0
    if acc.special is not None:
        # inf or nan among the data: the result is that float sum
        return acc.kind, acc.special, acc.special, n
    sx = acc.total()
    sxx = acc.total_squares()
    ss = (n * sxx - sx * sx) / n
    return acc.kind, ss, sx / n, n


def _sqrt_ratio(n, m):
    """sqrt(n / m) for ints n >= 0, m > 0, correctly rounded to a float."""
    if n == 0:
        return 0.0
    # Scale so the integer root has at least 56 significant bits; round it
    # to odd (inexact roots get their last bit set) and then to 53 bits,
    # half to even: rounding twice this way equals rounding once.
    k = (112 - (n.bit_length() - m.bit_length())) // 2 + 1
    if k >= 0:
        big = n << (2 * k)
        q = isqrt(big // m)
        exact = q * q * m == big
    else:
        den = m << (-2 * k)
        q = isqrt(n // den)
        exact = q * q * den == n
    if not exact:
        q |= 1
    shift = q.bit_length() - 53
    if shift > 0:
        top, rest = q >> shift, q & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and top & 1):
            top += 1
        return math.ldexp(float(top), shift - k)
    return math.ldexp(float(q), -k)


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# --- averages ------------------------------------------------------------------

def mean(data):
    """Arithmetic mean of data, computed exactly and returned in its type.

    >>> mean([1, 2, 3, 4])
    2.5
    """
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / n, kind)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean (optionally weighted)."""
    try:
        n = len(data)
    except TypeError:
        items = list(data)
        n = len(items)
        data = items
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        nw = len(weights)
    except TypeError:
        weights = list(weights)
        nw = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != nw:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data (optionally weighted)."""
    message = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        weight_sum = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _exact_sum(_no_negatives(weights, message))[1]
    try:
        checked = _no_negatives(data, message)
        kind, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(weight_sum / total, kind)


def median(data):
    """Middle value of data; the mean of the two middle values for even n."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Low median: the smaller of the two middle values for even n."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """High median: the larger of the two middle values for even n."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of grouped continuous data (the 50th percentile, interpolated
    within the class of width `interval` that holds the middle value)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    before = lo
    freq = hi - lo
    return lower + interval * (n / 2 - before) / freq


def mode(data):
    """Most common value of discrete or nominal data (the first one seen
    among equally common values)."""
    best = Counter(iter(data)).most_common(1)
    if not best:
        raise StatisticsError('no mode for empty data')
    return best[0][0]


def multimode(data):
    """List of the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > size - 1:
                j = size - 1
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# --- spread ----------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (n - 1 degrees of freedom); xbar: a known mean."""
    kind, ss, _, n = _sum_sq_dev(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (n - 1), kind)


def pvariance(data, mu=None):
    """Population variance; mu: a known mean."""
    kind, ss, _, n = _sum_sq_dev(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / n, kind)


def stdev(data, xbar=None):
    """Sample standard deviation (square root of the sample variance)."""
    kind, ss, _, n = _sum_sq_dev(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    return _sqrt_ratio(v.numerator, v.denominator)


def pstdev(data, mu=None):
    """Population standard deviation."""
    kind, ss, _, n = _sum_sq_dev(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    v = ss / n
    return _sqrt_ratio(v.numerator, v.denominator)


# --- two variables ------------------------------------------------------------------

def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((d := xi - xbar) * d for xi in x)
    syy = fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression:
    __slots__ = ('slope', 'intercept')

    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __getitem__(self, i):
        return (self.slope, self.intercept)[i]

    def __len__(self):
        return 2

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return f'LinearRegression(slope={self.slope!r}, intercept={self.intercept!r})'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# --- the normal distribution -----------------------------------------------------------

class NormalDist:
    """Normal distribution of a random variable (mu, sigma)."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * sqrt(2.0)))
        # The two densities cross at x1 and x2; the overlap is what the
        # smaller density covers, read off the two CDFs at the crossings.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    # Arithmetic: a constant shifts or scales the distribution; two
    # independent NormalDists add as (mu1 + mu2, hypot(sigma1, sigma2)).
    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


# Wichura's algorithm AS 241 (Applied Statistics 37(3), 1988): rational
# minimax approximations of the normal quantile function, accurate to about
# 1e-16. Coefficients are listed from the highest power down, for Horner.
_AS241_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4,
                      6.7265770927008700853e+4, 4.5921953931549871457e+4,
                      1.3731693765509461125e+4, 1.9715909503065514427e+3,
                      1.3314166789178437745e+2, 3.3871328727963666080e+0)
_AS241_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4,
                      3.9307895800092710610e+4, 2.1213794301586595867e+4,
                      5.3941960214247511077e+3, 6.8718700749205790830e+2,
                      4.2313330701600911252e+1, 1.0)
_AS241_MID_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2,
                  2.41780725177450611770e-1, 1.27045825245236838258e+0,
                  3.64784832476320460504e+0, 5.76949722146069140550e+0,
                  4.63033784615654529590e+0, 1.42343711074968357734e+0)
_AS241_MID_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4,
                  1.51986665636164571966e-2, 1.48103976427480074590e-1,
                  6.89767334985100004550e-1, 1.67638483018380384940e+0,
                  2.05319162663775882187e+0, 1.0)
_AS241_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5,
                   1.24266094738807843860e-3, 2.65321895265761230930e-2,
                   2.96560571828504891230e-1, 1.78482653991729133580e+0,
                   5.46378491116411436990e+0, 6.65790464350110377720e+0)
_AS241_TAIL_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7,
                   1.84631831751005468180e-5, 7.86869131145613259100e-4,
                   1.48753612908506148525e-2, 1.36929880922735805310e-1,
                   5.99832206555887937690e-1, 1.0)


def _horner(coeffs, r):
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


def _normal_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = q * _horner(_AS241_CENTRAL_NUM, r) / _horner(_AS241_CENTRAL_DEN, r)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_MID_NUM, r) / _horner(_AS241_MID_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_TAIL_NUM, r) / _horner(_AS241_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


def _mean_stdev(data):
    kind, ss, xbar, n = _sum_sq_dev(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    return float(xbar), _sqrt_ratio(v.numerator, v.denominator)
