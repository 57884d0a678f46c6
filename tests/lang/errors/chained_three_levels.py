try:
    1/0
except ZeroDivisionError as e:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("third") from k
