# round() to an int, to ndigits, half to even, and on ints.
print(round(2.5), round(3.5), round(-2.5), round(0.4), round(7), round(2.675 * 100))
print(round(3.14159, 2), round(1234.5, -2), round(1255, -1), round(15, -1), round(25, -1), round(7, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
