# decorators with arguments and functools.wraps
import functools
def repeat(times):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    """Roll doc."""
    return x * 2
print(roll(4))
print(roll.__name__, roll.__doc__, roll.__wrapped__(1))
def register(registry):
    def deco(f):
        registry[f.__name__] = f
        return f
    return deco
reg = {}
@register(reg)
def alpha(): return "A"
@register(reg)
def beta(): return "B"
print(list(reg), reg["beta"]())
@(lambda f: f())
def evaluated_now():
    return "ran at definition"
print(evaluated_now)
