# SPDX-License-Identifier: MIT
# asyncio: MicroPython's cooperative scheduler for coroutines (a subset of CPython's
# asyncio), written for mpsim. Frozen into the interpreter (see tools/mkfrozen.py).

from .core import *
from .event import Event
from .lock import Lock
from .funcs import gather, wait_for, wait_for_ms
from .stream import Stream, StreamReader, StreamWriter

__version__ = (3, 0, 0)
