# and/or return operands and short-circuit
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t("") or t("x") or t("never"))
print(not t([]))
print([] or {} or 0, 1 and [] and 2, None or None)
x = 5
print(0 < x < 10 and "in range" or "out")
