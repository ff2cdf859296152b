# gmtime gives MicroPython's unix 9-tuple; mktime inverts it for UTC dates.
import time

for secs in (0, 86399, 951782400, 1700000000, -1):
    print(secs, time.gmtime(secs))
print(time.gmtime(946684800)[:6])
print(type(time.time()), time.time() > 1.6e9, time.time_ns() > 1600000000 * 10**9)
