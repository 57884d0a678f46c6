# user-defined exception classes
class AppError(Exception):
    """Base application error."""
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason
class NoArgs(AppError):
    def __str__(self):
        return "custom str"
try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, e, e.key, e.reason, e.args, repr(e))
try:
    raise NoArgs
except AppError as e:
    print(str(e), repr(e), e.args)
class WithoutSuper(Exception):
    def __init__(self, x):
        self.x = x
w = WithoutSuper(5)
print(w.args, str(w), repr(w))
print(AppError.__doc__, issubclass(ConfigError, Exception))
