# Rich comparisons, their reflections and != derived from __eq__.
class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return isinstance(o, N) and self.v == o.v

a, b = N(1), N(2)
print(a < b, b > a, a == N(1), a != N(1), a != b, a == 1)
print(sorted([N(3), N(1), N(2)], key=lambda n: n.v)[0].v)
print(min(N(3), N(1), N(2)).v, max([N(3), N(5), N(2)]).v)
print(N(2) in [N(1), N(2)])
