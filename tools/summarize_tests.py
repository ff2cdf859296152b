#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Prints failing tests' logs and the closing line "N passed, N failed" from meson's
test logs (one per build). Exits 1 if any test failed or nothing ran."""
import json
import re
import sys

SYNTHESIS = re.compile(r"Synthesis: Tested: (\d+) \| Passing: (\d+) \| Failing: (\d+) \| Crashing: (\d+)")


def count(t):
    """(passed, failed, skipped) of one meson test: per script for py-* folders, per
    Criterion test for unit-* suites, else the meson test itself."""
    out = (t.get("stdout") or "") + (t.get("stderr") or "")
    ok = t.get("result") in ("OK", "EXPECTEDFAIL")
    name = t.get("name", "").split("/")[-1].strip()  # "mpsim:py / py-gc" -> "py-gc"
    if name.startswith("py-") or name == "cli":
        p = len(re.findall(r"^PASS ", out, re.M))
        f = len(re.findall(r"^FAIL ", out, re.M))
        s = len(re.findall(r"^SKIP ", out, re.M))
        if not ok and f == 0:
            f = 1  # the runner itself broke
        return p, f, s
    m = SYNTHESIS.search(out)
    if m:
        tested, passing, failing, crashing = map(int, m.groups())
        f = failing + crashing
        if not ok and f == 0:
            f = 1
        return passing, f, 0
    if t.get("result") == "SKIP":
        return 0, 0, 1
    return (1, 0, 0) if ok else (0, 1, 0)


def main():
    passed = failed = skipped = 0
    failures = []
    for log_path in sys.argv[1:]:
        build = log_path.split("/")[0]
        try:
            with open(log_path) as log:
                for line in log:
                    line = line.strip()
                    if not line:
                        continue
                    t = json.loads(line)
                    p, f, s = count(t)
                    passed += p
                    failed += f
                    skipped += s
                    if f:
                        t["name"] = "%s: %s" % (build, t.get("name"))
                        failures.append(t)
        except FileNotFoundError:
            print("no test log %s: did meson test run?" % log_path)
            failed += 1
    for t in failures:
        print("=" * 70)
        print("FAIL %s (%s)" % (t.get("name"), t.get("result")))
        out = (t.get("stdout") or "") + (t.get("stderr") or "")
        lines = out.splitlines()
        if "py-" in t.get("name", "") or t.get("name", "").endswith("cli"):
            # Only the failing scripts and their diffs.
            keep = [l for l in lines if not l.startswith(("PASS ", "SKIP "))]
            print("\n".join(keep[:200]))
        else:
            print("\n".join(lines[-40:]))
    if failures:
        print("=" * 70)
    print("%d passed, %d failed" % (passed, failed) + (", %d skipped" % skipped if skipped else ""))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
