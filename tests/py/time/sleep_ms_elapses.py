# sleep_ms / sleep_us / sleep wait at least as long as asked (and not wildly longer).
import time

t = time.ticks_ms()
time.sleep_ms(30)
d = time.ticks_diff(time.ticks_ms(), t)
print(30 <= d < 500)
t = time.ticks_us()
time.sleep_us(2000)
print(2000 <= time.ticks_diff(time.ticks_us(), t) < 500000)
t = time.ticks_ms()
time.sleep(0.02)
print(20 <= time.ticks_diff(time.ticks_ms(), t) < 500)
try:
    time.sleep(-1)
except OSError as e:
    print("OSError", e.errno if hasattr(e, "errno") else e.args[0])
