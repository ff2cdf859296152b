# micropython.mem_info() prints MicroPython's four summary lines.
import micropython

micropython.mem_info()
