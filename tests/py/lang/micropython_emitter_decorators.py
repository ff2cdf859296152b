# @micropython.native/viper/bytecode are compiler directives; others are SyntaxErrors
import micropython
@micropython.bytecode
def f(x):
    return x + 1
@micropython.native
def g(x):
    return x * 2
print(f(1), g(2))
for src in ["@micropython.nosuch\ndef h(): pass", "@micropython.a.b\ndef h(): pass"]:
    try:
        exec(src)
    except SyntaxError:
        print("SyntaxError")
print(__debug__)
