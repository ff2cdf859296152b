# namedtuple: construction by position and keyword, attributes, tuple behaviour, repr
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)))
x, y = p
print(x, y, list(p), p[:1], p + (3,), isinstance(p, tuple), isinstance(p, Point))
print(Point._fields, type(p) is Point, Point.__name__)
print(p._asdict())
print(p._replace(y=5), p)
P3 = namedtuple("P3", ["a", "b", "c"])
print(P3(c=3, b=2, a=1))
C = namedtuple("C", "a,b")
print(C(1, 2))
print(sorted([Point(2, 1), Point(1, 2)]))
class P2(Point):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(P2(-3, 4).norm1())
