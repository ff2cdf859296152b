# backslash continuation and implicit joining inside brackets
x = 1 + \
    2
print(x)
y = (1 +
     2
     + 3)
print(y)
z = [1,
     2,   # a comment inside brackets
     3]
print(z)
d = {
    'a': 1,

    'b': 2,
}
print(d)
if x == 3 and \
   y == 6:
    print('joined condition')
def f(a,
      b):
    return a + b
print(f(1,
        2))
s = 'abc' \
    'def'
print(s)
