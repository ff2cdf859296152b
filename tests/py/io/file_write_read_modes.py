# open(): write then read back in text and binary modes; append; readinto a buffer;
# missing files and bad modes raise the documented exceptions.
name = "_mpsim_io_test.tmp"
with open(name, "w") as f:
    print(f.write("first\nsecond\n"))
with open(name, "a") as f:
    f.write("third\n")
with open(name) as f:
    print(f.read())
with open(name, "rb") as f:
    print(f.read(5), f.readline(), f.tell())
    buf = bytearray(6)
    print(f.readinto(buf), buf)
with open(name) as f:
    print([l.rstrip() for l in f])
try:
    open("no/such/dir/file.txt")
except OSError as e:
    print("OSError", e.args[0])
try:
    open(name, "rw")
except ValueError as e:
    print("ValueError")
import os
os.remove(name)
