# Measures: attribute access on instances and classes, and method calls.


class Vec:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def bump(self, d):
        self.x = (self.x + d) & 1023
        self.y = (self.y + self.scale) & 1023


class Particle(Vec):
    def step(self, other):
        self.bump(1)
        return self.dot(other) & 0xFFFF


def run(n):
    a = Particle(1, 2)
    b = Vec(5, 7)
    acc = 0
    for i in range(n):
        acc = (acc + a.step(b)) & 0xFFFFFF
        b.x = a.y
        b.y = a.x + Vec.scale
    return acc, a.x, a.y, b.x, b.y


print("attr:", run(2000000))
