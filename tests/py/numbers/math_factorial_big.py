# math.factorial gives exact big ints; negative arguments raise ValueError.
import math
print([math.factorial(n) for n in range(8)])
print(math.factorial(30), math.factorial(100) % (10**9 + 7))
print(len(str(math.factorial(500))), math.factorial(200) // math.factorial(198))
try:
    math.factorial(-1)
except ValueError:
    print("ValueError")
