# the pattern syntax MicroPython's re supports, plus {m,n}
import re

tests = [
    (r"a.c", "xxabcx"), (r"[a-c]+", "zzabcabd"), (r"[^a-c]+", "abcxyzab"),
    (r"\d+", "ab123c"), (r"\D+", "12ab3"), (r"\w+", "!!ab_1!"), (r"\W+", "ab!?c"),
    (r"\s+", "a \t b"), (r"\S+", "  ab "), (r"[\d\s]+", "a1 2b"), (r"^ab", "ab"), (r"^ab", "cab"),
    (r"ab$", "cab"), (r"ab$", "abc"), (r"a*", "aaab"), (r"a+b", "caaab"), (r"ab?c", "xacx"),
    (r"a.*b", "a1b2b3"), (r"a.*?b", "a1b2b3"), (r"a+?", "aaa"), (r"a??b", "ab"),
    (r"cat|dog", "hotdog"), (r"(?:ab)+", "ababa"), (r"a{2}", "aaaa"), (r"a{2,3}", "aaaa"),
    (r"a{2,}", "aaaaa"), (r"a{,2}", "aaa"), (r"x{1,2}?", "xxx"), (r"\.\*", "a.*b"),
    (r"[a\-]+", "-a-b"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"\bfoo\b", "a foo b"),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(pat, s, m and m.group(0))
