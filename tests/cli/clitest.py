# SPDX-License-Identifier: MIT
"""Helpers for the command-line tests: run the interpreter, check, report."""
import os
import subprocess
import sys

MICROPYTHON = os.environ.get("MICROPYTHON") or os.path.join(
    os.path.dirname(__file__), "..", "..", "build", "ports", "unix", "micropython")

failures = []


def run(*args, stdin=None, timeout=60):
    """Runs micropython with [args]; returns (exit status, stdout, stderr) as text."""
    p = subprocess.run([MICROPYTHON] + list(args), input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(cond, what, detail=""):
    if not cond:
        failures.append(what)
        print("FAILED: %s\n%s" % (what, detail))


def done():
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all checks passed")
    sys.exit(0)
