# statements separated by semicolons; comments everywhere
x = 1; y = 2; print(x + y)  # trailing comment
# a comment line
if x: a = 1; b = 2;
print(a, b)
def f(): pass; return 3  # pass then return
print(f())
s = '# not a comment'
print(s)  # but this is
