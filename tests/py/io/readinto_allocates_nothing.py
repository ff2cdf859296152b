# readinto() into a pre-allocated buffer allocates nothing (the seed's advice for
# UART/SPI/I2C reads applies to every stream).
import gc
import io

src = io.BytesIO(b"x" * 1000)
buf = bytearray(100)
n = 0
r = range(9)  # made before measuring: range() itself is a heap object
before = after = i = 0  # globals exist before measuring
src.readinto(buf)
gc.collect()
gc.disable()
before = gc.mem_alloc()
for i in r:
    n = src.readinto(buf)
after = gc.mem_alloc()
gc.enable()
print(n, after - before)
