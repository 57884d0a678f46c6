# bare except, except Exception, and BaseException subclasses
def run(exc):
    try:
        raise exc
    except Exception as e:
        return "Exception " + type(e).__name__
    except BaseException as e:
        return "BaseException " + type(e).__name__
for exc in [ValueError, KeyboardInterrupt, SystemExit(3), GeneratorExit, StopIteration]:
    print(run(exc))
try:
    raise SystemExit(5)
except:
    print("bare except catches SystemExit too")
try:
    [].pop()
except (IndexError) as e:
    print(e)
