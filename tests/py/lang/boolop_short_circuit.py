# and/or return the deciding operand and skip the rest
def t(x):
    print("t", x)
    return x
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(t([]) or t("") or t(None))
print(1 and 2 or 3, 0 and 2 or 3)
print(not 0, not [1])
