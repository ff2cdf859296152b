#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the command-line tests in tests/cli: Python 3 scripts that drive the
`micropython` executable (named by the MICROPYTHON environment variable) and check what
a user would see. A script passes when it exits 0. Prints PASS/FAIL lines like run_py.py.

usage: run_cli.py MICROPYTHON FOLDER [NAME ...]
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def check(folder, name, env):
    try:
        p = subprocess.run([sys.executable, "-B", name], cwd=folder, env=env, timeout=300,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except subprocess.TimeoutExpired:
        return "FAIL", "timed out"
    out = p.stdout.decode("utf-8", "replace")
    if p.returncode == 77:
        return "SKIP", out
    return ("PASS" if p.returncode == 0 else "FAIL"), out


def main():
    micropython = os.path.abspath(sys.argv[1])
    folder = os.path.abspath(sys.argv[2])
    names = sys.argv[3:] or sorted(n for n in os.listdir(folder)
                                   if n.startswith("test_") and n.endswith(".py"))
    env = dict(os.environ, MICROPYTHON=micropython)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda n: (n, check(folder, n, env)), names))
    failed = 0
    for name, (status, out) in results:
        print("%s cli/%s" % (status, name))
        if status == "FAIL":
            failed += 1
            for line in out.splitlines()[-40:]:
                print("    " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
