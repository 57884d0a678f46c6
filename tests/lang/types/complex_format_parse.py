# complex formatting and parsing
for z in [1j, -1j, 1 + 0j, -0.0 + 0j, complex(1.5, -2.25), complex(1e20, 1e-20), complex(float("inf"), float("nan"))]:
    print(repr(z), str(z), format(z, ""), format(z, ".2f") if z.real == z.real and abs(z.real) != float("inf") else "-")
for s in ["1+1j", "1-1J", "(2j)", "-3", "j", "1e3+2e-1j", " 4 "]:
    print(repr(s), complex(s))
for bad in ["1+ 1j", "1+1i", "()", "1j+1"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
