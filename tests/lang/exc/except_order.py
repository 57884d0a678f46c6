# the first matching except clause wins
def which(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except KeyError:
        return "KeyError (unreachable)"
    except (ValueError, TypeError):
        return "Value/Type"
    except Exception:
        return "Exception"
for exc in [KeyError(), IndexError(), ValueError(), TypeError(), ZeroDivisionError(), UnicodeError()]:
    print(type(exc).__name__, which(exc))
handlers = (KeyError, ValueError)
try:
    raise ValueError("dynamic tuple")
except handlers as e:
    print("matched", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
