l = [5, 3, 5, 1, 5, 2, 5, 8]
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.count(5), l.count(7), l.index(5), l.index(5, 1))
l.remove(5)
print(l)
for f in (lambda: [].pop(), lambda: [1].pop(5), lambda: l.remove(9), lambda: l.index(9),
          lambda: [1, 2].index(1, 1)):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
# popping many items gives memory back but keeps the contents right
big = list(range(100))
while len(big) > 3:
    big.pop()
print(big)
