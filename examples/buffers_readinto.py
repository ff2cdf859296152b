# The seed's advice on buffers: reading with read() makes a new object on every pass,
# readinto() reuses one pre-allocated buffer. Watch the heap with
#     micropython -X heapviz=sdl examples/buffers_readinto.py
import gc
import io

data = io.BytesIO(bytes(range(256)) * 64)  # stands in for a UART or SPI device


def with_read(passes):
    data.seek(0)
    for i in range(passes):
        chunk = data.read(100)  # a new bytes object every time


def with_readinto(passes):
    buf = bytearray(100)
    data.seek(0)
    for i in range(passes):
        data.readinto(buf)  # the same buffer every time


for name, fn in (("read()", with_read), ("readinto()", with_readinto)):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    fn(100)
    used = gc.mem_alloc() - before
    gc.enable()
    print("{:12} 100 reads allocated {:6} bytes".format(name, used))
