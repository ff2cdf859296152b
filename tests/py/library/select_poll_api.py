# select.poll: constants, register/modify/unregister and errors, timeouts
import select
import time

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
p = select.poll()
print(p)
p.register(1, select.POLLOUT)
print(p.poll(0))
print(list(p.ipoll(0)))
p.unregister(1)
p.unregister(1)
try:
    p.modify(1, select.POLLIN)
except OSError as e:
    print("OSError", e.args[0])
try:
    p.register("x")
except OSError as e:
    print("OSError", e)
t = time.ticks_ms()
print(p.poll(30))
print(time.ticks_diff(time.ticks_ms(), t) >= 25)
import uselect
print(uselect is select)
