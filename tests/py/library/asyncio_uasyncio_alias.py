# `import uasyncio` gives the asyncio package, as in MicroPython
import uasyncio
import asyncio

print(uasyncio is asyncio)
for name in ["CancelledError", "create_task", "current_task", "Event", "gather", "get_event_loop", "Lock",
             "Loop", "run", "run_until_complete", "sleep", "sleep_ms", "Task", "wait_for", "wait_for_ms"]:
    getattr(uasyncio, name)
print("ok")
try:
    import unosuchmodule
except ImportError as e:
    print(e)
