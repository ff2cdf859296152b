# pow with two and three arguments.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(7, 0, 13), pow(-2, 3, 5))
print(pow(123456789, 987654321, 1000000007))
try:
    pow(2.0, 1, 7)
except TypeError:
    print("TypeError")
