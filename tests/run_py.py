#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the script tests of one folder of tests/py with mpsim.

Each NAME.py runs as `micropython NAME.py` in its folder. Its output (stdout and stderr)
must equal NAME.py.exp when that file exists (our own behaviour, or where MicroPython
differs from CPython), or else the output of CPython 3 running the same file. A test
that prints only SKIP is skipped. Prints one "PASS name" / "FAIL name" / "SKIP name"
line per test and exits 1 if any failed.

usage: run_py.py MICROPYTHON FOLDER [NAME ...]
"""
import difflib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

TIMEOUT = 60


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=TIMEOUT)
        out = p.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
        return p.returncode, out
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT after %d s\n" % TIMEOUT


def expected_output(folder, name):
    exp = os.path.join(folder, name + ".exp")
    if os.path.exists(exp):
        with open(exp, encoding="utf-8") as f:
            return f.read()
    python = os.environ.get("CPYTHON3", "python3")
    code, out = run([python, "-B", "-S", name], folder)
    if code is None:
        return None
    return out


# A test whose first lines contain this tag measures what the conservative GC can
# free; under AddressSanitizer stale stack words differ, so the sanitizer run skips it.
HEAP_EXACT_TAG = "# mpsim: heap-exact"


def is_heap_exact(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return any(HEAP_EXACT_TAG in f.readline() for _ in range(5))


def check(micropython, folder, name):
    if os.environ.get("MPSIM_SANITIZED") and is_heap_exact(os.path.join(folder, name)):
        return "SKIP", ""
    code, out = run([micropython, name], folder)
    if out.strip() == "SKIP" and code == 0:
        return "SKIP", ""
    exp = expected_output(folder, name)
    if exp is None:
        return "FAIL", "CPython did not finish\n"
    if code is None:
        return "FAIL", out
    if out == exp:
        return "PASS", ""
    diff = "".join(difflib.unified_diff(exp.splitlines(True), out.splitlines(True),
                                        "expected", "mpsim"))
    return "FAIL", diff or ("exit status %d\n" % code)


def main():
    micropython = os.path.abspath(sys.argv[1])
    folder = os.path.abspath(sys.argv[2])
    names = sys.argv[3:] or sorted(n for n in os.listdir(folder) if n.endswith(".py"))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda n: (n, check(micropython, folder, n)), names))
    failed = 0
    area = os.path.basename(folder)
    for name, (status, detail) in results:
        print("%s %s/%s" % (status, area, name))
        if status == "FAIL":
            failed += 1
            for line in detail.splitlines()[:60]:
                print("    " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
