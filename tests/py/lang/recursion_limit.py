# too-deep recursion raises RuntimeError and the interpreter carries on
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print("RuntimeError", e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
