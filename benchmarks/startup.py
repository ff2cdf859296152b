#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Start-up time: `INTERP -c pass` run many times, interleaved, for mpsim and peers.

usage: python3 benchmarks/startup.py [--mpsim PATH] [--peer NAME=PATH ...] [--runs N]
Prints the mean and best wall time per interpreter and each peer's ratio to mpsim
(>1 means mpsim starts faster)."""
import argparse
import os
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mpsim", default=os.path.join(ROOT, "build", "ports", "unix", "micropython"))
    ap.add_argument("--peer", action="append", default=[])
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args()
    interps = [("mpsim", args.mpsim)]
    for p in args.peer or ["python3=python3"]:
        name, _, path = p.partition("=")
        interps.append((name, path))
    times = {name: [] for name, _ in interps}
    for _ in range(args.runs):
        for name, path in interps:
            t0 = time.perf_counter()
            subprocess.run([path, "-c", "pass"], check=True)
            times[name].append(time.perf_counter() - t0)
    base = sum(times["mpsim"]) / len(times["mpsim"])
    print("%-10s %10s %10s %8s" % ("", "mean ms", "best ms", "ratio"))
    for name, _ in interps:
        t = times[name]
        mean = sum(t) / len(t)
        print("%-10s %10.2f %10.2f %8.2f" % (name, mean * 1e3, min(t) * 1e3, mean / base))


if __name__ == "__main__":
    main()
