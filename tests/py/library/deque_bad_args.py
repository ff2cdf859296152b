# deque needs maxlen >= 0 and an iterable
from collections import deque

for args in [((), -1), (5, 3), ((),), ((), "x")]:
    try:
        deque(*args)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
