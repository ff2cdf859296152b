# The u-prefixed names MicroPython also accepts import the same modules.
import ujson, ubinascii, uhashlib, uheapq, urandom, uerrno
import json, binascii, hashlib, heapq, random, errno
print(ujson is json, ubinascii is binascii, uhashlib is hashlib, uheapq is heapq,
      urandom is random, uerrno is errno)
print(ujson.dumps([1]), uerrno.ENOENT)
