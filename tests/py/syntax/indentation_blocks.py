# blocks by indentation: spaces, tabs, blank and comment lines, one-line suites
def f(x):
    if x:
        return 'yes'
    else:
        return 'no'
print(f(1), f(0))
def g():
	return 'tab-indented'
print(g())
class A:

    # a comment at another indentation
  # and another

    def m(self):
        return 'm'
print(A().m())
if True: print('one-line suite'); print('two statements')
for i in range(2): pass
while False: pass
def h(): return 'h'
print(h())
if 1:
    if 2:
        if 3:
            print('deep')
print('dedent to top')
