# The format-spec mini-language: fill, align, sign, #, 0, width, grouping, precision, type.
print("[{:<6}] [{:>6}] [{:^6}] [{:*^7}] [{:é>4}]".format("ab", "ab", "ab", "ab", "x"))
print("[{:+d}] [{: d}] [{:-d}] [{:=+6d}] [{:06d}] [{:06}]".format(5, 5, -5, 42, -42, 7))
print("[{:x}] [{:X}] [{:#x}] [{:#o}] [{:b}] [{:#b}] [{:#010x}]".format(255, 255, 255, 8, 5, 5, 255))
print("[{:,}] [{:_}] [{:_x}] [{:010,}] [{:,d}]".format(1234567, 1234567, 0xffffff, 1234, -9876543))
print("[{:c}] [{:5c}] [{:n}] [{}]".format(65, 66, 1234, True))
print("[{:.2f}] [{:8.3f}] [{:e}] [{:.2E}] [{:g}] [{:G}] [{:%}] [{:.1%}]".format(
    3.14159, 2.5, 12345.678, 0.00012, 1e-5, 1e20, 0.5, 0.125))
print("[{}] [{:.3}] [{:.3}] [{:10}] [{:<10}] [{:+}] [{:,.2f}]".format(
    1.5, 1234.5, 10.0, 1.5, 2.5, 2.0, 1234567.891))
print("[{:.3}] [{:.1}] [{:s}] [{:>5.2s}]".format("abcdef", "xyz", "s", "hello"))
print("[{:5}] [{:>5}] [{:d}] [{:.1f}]".format(True, False, True, 3))
print("[{:f}] [{:F}] [{:+}] [{:08.2f}]".format(float("inf"), float("nan"), float("-inf"), -3.14159))
