# asyncio is frozen into the interpreter and imported through sys.path's '.frozen'
import sys

print(".frozen" in sys.path)
import asyncio

print(asyncio.__file__.startswith(".frozen"))
import asyncio.core

print(asyncio.core.sleep_ms is asyncio.sleep_ms)
del sys.modules["asyncio"]
saved = sys.path[:]
sys.path[:] = [p for p in sys.path if p != ".frozen"]
for name in [k for k in sys.modules if k.startswith("asyncio")]:
    del sys.modules[name]
try:
    import asyncio
except ImportError:
    print("ImportError without .frozen")
sys.path[:] = saved
