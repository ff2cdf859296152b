# a2b_base64 skips characters outside the alphabet, stops at completed padding, and
# raises ValueError when a group is left incomplete.
import binascii
for text in (b"YQ==", "YWI=", b"YWJj\nZGVm\n", b"!!YWJj", b"Y Q = =", b"YQ==YQ==", b"",
             b"YWJjZA===", b"YW=Jj"):
    print(text, binascii.a2b_base64(text))
for bad in (b"YQ", b"YQ=", b"YWJjZA", b"YWJjZA="):
    try:
        binascii.a2b_base64(bad)
        print(bad, "decoded")
    except ValueError:
        print(bad, "ValueError")
