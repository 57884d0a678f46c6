# strptime error messages
import time
from datetime import datetime


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


show("type0", lambda: time.strptime(1, "%Y"))
show("type1", lambda: time.strptime("2024", 1))
show("dt-type1", lambda: datetime.strptime(1, "%Y"))
show("dt-type2", lambda: datetime.strptime("2024", 1))
show("default", lambda: time.strptime("2024"))
show("nomatch", lambda: time.strptime("x", "%Y"))
show("nomatch2", lambda: datetime.strptime("  2024", "%Y"))
show("nomatch3", lambda: time.strptime("2024x5", "%Y.%m"))
show("nomatch4", lambda: time.strptime("5", "%m%d"))
show("nomatch5", lambda: time.strptime("2024 1 1", "%Y %U %a"))
show("remains", lambda: time.strptime("2024x", "%Y"))
show("remains2", lambda: time.strptime("2024 24", "%Y %H"))
show("remains3", lambda: time.strptime("1234567", "%f"))
show("remains4", lambda: datetime.strptime("a", ""))
show("bad", lambda: time.strptime("2024", "%Q"))
show("bad2", lambda: time.strptime("1", "%e"))
show("stray", lambda: time.strptime("2024", "%Y%"))
show("G-noV", lambda: time.strptime("2024 1", "%G %V"))
show("G-j", lambda: time.strptime("2024 1 1 1", "%G %V %u %j"))
show("G-noV2", lambda: time.strptime("2024 1 1", "%G %u %j"))
show("V-alone", lambda: time.strptime("1", "%V"))
show("V-u", lambda: time.strptime("1 1", "%V %u"))
show("Y-V", lambda: time.strptime("2024 1", "%Y %V"))
show("Y-V-u", lambda: time.strptime("2024 1 1", "%Y %V %u"))
show("Y-G-V-u", lambda: time.strptime("2024 2024 1 1", "%Y %G %V %u"))
show("z-colon", lambda: time.strptime("+05:3000", "%z"))
show("z-short", lambda: time.strptime("+05", "%z"))
show("z-lower", lambda: time.strptime("z", "%z"))
show("Z-unknown", lambda: time.strptime("2024 EST", "%Y %Z"))
show("feb29", lambda: time.strptime("Feb 29 2023", "%b %d %Y"))
show("dt-feb29", lambda: datetime.strptime("Feb 29 2023", "%b %d %Y"))
