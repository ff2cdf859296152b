# ticks_diff and ticks_add work modulo 2**30 so tick values stay small ints.
import time

print(time.ticks_diff(5, 2**30 - 3))
print(time.ticks_diff(2**30 - 3, 5))
print(time.ticks_add(2**30 - 1, 5))
print(time.ticks_add(3, -5))
t = time.ticks_ms()
print(0 <= t < 2**30, 0 <= time.ticks_us() < 2**30, 0 <= time.ticks_cpu() < 2**30)
