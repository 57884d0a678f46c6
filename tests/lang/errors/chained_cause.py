# raise ... from ... prints "direct cause"
def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise TypeError("expected digits") from exc

parse("abc")
