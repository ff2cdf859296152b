#!/usr/bin/env python3
"""Run the mpsim benchmark programs and compare mpsim with peer interpreters.

Usage:
    python3 benchmarks/run.py [--mpsim PATH] [--peer NAME=PATH ...] [--repeat N]
                              [--filter SUBSTR] [--timeout SECONDS] [--json FILE]
                              [PROGRAM ...]

For every program, each interpreter (mpsim first, then the peers in the order
given) is run --repeat times, round-robin, so machine noise hits all of them
alike.  The minimum wall time per interpreter is reported.  The output of
every interpreter is checked against the output of the first peer; a program
whose output differs (or that fails) is marked and left out of the geometric
mean.  The ratio column is peer_time / mpsim_time: above 1 means mpsim is faster.

Standard library only.  Benchmarks measure; they are not part of the test suite.
"""

import argparse
import json
import math
import os
import shlex
import shutil
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
DEFAULT_MPSIM = os.path.join(REPO_ROOT, "build", "ports", "unix", "micropython")
MPSIM_NAME = "mpsim"

# Result states of one interpreter on one program.
OK = "ok"
MISMATCH = "MISMATCH"    # output differs from the first peer's output
UNSTABLE = "UNSTABLE"    # output differs between repeats of the same interpreter
ERROR = "ERROR"          # non-zero exit status or could not be started
TIMEOUT = "TIMEOUT"      # killed after --timeout seconds
NOREF = "NOREF"          # ran, but the first peer failed so there is nothing to compare to


class Interp:
    def __init__(self, name, spec, argv):
        self.name = name
        self.spec = spec    # as given by the user
        self.argv = argv    # resolved command (executable + extra arguments)


def resolve_command(name, spec, base_dir):
    """Turn 'PATH [ARGS...]' into an argv list with an absolute executable.

    A path containing a directory separator is taken relative to base_dir;
    a bare name is looked up on PATH.  Returns None if not found.
    """
    try:
        parts = shlex.split(spec)
    except ValueError as e:
        sys.exit("run.py: cannot parse command for %s: %r (%s)" % (name, spec, e))
    if not parts:
        sys.exit("run.py: empty command for %s" % name)
    exe = os.path.expanduser(parts[0])
    if os.sep in exe or (os.altsep and os.altsep in exe):
        exe = os.path.abspath(os.path.join(base_dir, exe))
        if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
            return None
    else:
        found = shutil.which(exe)
        if found is None:
            return None
        exe = found
    return [exe] + parts[1:]


def parse_peer(text):
    if "=" in text:
        name, spec = text.split("=", 1)
        name = name.strip()
    else:
        spec = text
        name = os.path.basename(shlex.split(text)[0]) if text.strip() else ""
    if not name or not spec.strip():
        sys.exit("run.py: bad --peer %r (expected NAME=PATH)" % text)
    return name, spec


def find_programs(names, substr):
    if names:
        paths = []
        for n in names:
            candidates = [n, os.path.join(PROGRAMS_DIR, n), os.path.join(PROGRAMS_DIR, n + ".py")]
            for c in candidates:
                if os.path.isfile(c):
                    paths.append(os.path.abspath(c))
                    break
            else:
                sys.exit("run.py: no such benchmark program: %s" % n)
    else:
        paths = sorted(
            os.path.join(PROGRAMS_DIR, f)
            for f in os.listdir(PROGRAMS_DIR)
            if f.endswith(".py")
        )
    if substr:
        paths = [p for p in paths if substr in os.path.basename(p)]
    return paths


def normalize(out_bytes):
    text = out_bytes.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return text.rstrip()


def run_once(interp, program, timeout):
    """Run one program once.  Returns (status, seconds, stdout_text, stderr_text, returncode)."""
    cmd = interp.argv + [program]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=os.path.dirname(program),
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as e:
        # subprocess.run has already killed and reaped the child.
        return TIMEOUT, time.perf_counter() - t0, normalize(e.stdout or b""), normalize(e.stderr or b""), None
    except OSError as e:
        return ERROR, 0.0, "", "cannot start %s: %s" % (cmd[0], e), None
    elapsed = time.perf_counter() - t0
    out = normalize(proc.stdout)
    err = normalize(proc.stderr)
    if proc.returncode != 0:
        return ERROR, elapsed, out, err, proc.returncode
    return OK, elapsed, out, err, proc.returncode


def bench_program(program, interps, repeat, timeout):
    """Run all interpreters round-robin on one program; returns {name: result dict}."""
    results = {}
    for it in interps:
        results[it.name] = {
            "status": OK, "times": [], "min": None, "output": None,
            "stderr": "", "returncode": None,
        }
    for rep in range(repeat):
        for it in interps:
            r = results[it.name]
            if r["status"] != OK:
                continue  # failed earlier: don't waste time re-running it
            status, secs, out, err, rc = run_once(it, program, timeout)
            r["returncode"] = rc
            r["stderr"] = err
            if status != OK:
                r["status"] = status
                if r["output"] is None:
                    r["output"] = out
                continue
            r["times"].append(secs)
            if r["output"] is None:
                r["output"] = out
            elif r["output"] != out:
                r["status"] = UNSTABLE
                r["other_output"] = out
    for it in interps:
        r = results[it.name]
        if r["times"]:
            r["min"] = min(r["times"])
    # Check outputs against the first peer (interps[1]).
    ref = results[interps[1].name]
    for it in interps:
        r = results[it.name]
        if it is interps[1] or r["status"] != OK:
            continue
        if ref["status"] != OK:
            r["status"] = NOREF
        elif r["output"] != ref["output"]:
            r["status"] = MISMATCH
    return results


def first_difference(expected, got):
    a = expected.split("\n")
    b = got.split("\n")
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<missing line>"
        y = b[i] if i < len(b) else "<missing line>"
        if x != y:
            return i + 1, x, y
    return None


def shorten(s, n=100):
    return s if len(s) <= n else s[: n - 3] + "..."


def geomean(values):
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def print_table(rows, headers):
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    def fmt(row):
        cells = [row[0].ljust(widths[0])] + [c.rjust(widths[i + 1]) for i, c in enumerate(row[1:])]
        return "  ".join(cells).rstrip()
    print(fmt(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))


def main():
    ap = argparse.ArgumentParser(
        description="Run mpsim benchmarks and compare with peer interpreters "
                    "(ratio = peer_time / mpsim_time; > 1 means mpsim is faster).")
    ap.add_argument("--mpsim", metavar="PATH",
                    help="mpsim interpreter, optionally followed by arguments in one quoted string "
                         "(default: build/ports/unix/micropython under the repository root)")
    ap.add_argument("--peer", metavar="NAME=PATH", action="append", default=[],
                    help="peer interpreter to compare with; may be repeated; the first peer's "
                         "output is the reference (default: python3=python3)")
    ap.add_argument("--repeat", type=int, default=3, metavar="N",
                    help="runs per interpreter and program; the minimum time is kept (default 3)")
    ap.add_argument("--filter", metavar="SUBSTR", help="only programs whose file name contains SUBSTR")
    ap.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                    help="per-run timeout (default 60)")
    ap.add_argument("--json", metavar="FILE", help="also write raw results as JSON to FILE")
    ap.add_argument("programs", nargs="*", metavar="PROGRAM",
                    help="program names (e.g. calls_fib) or paths; default: all in benchmarks/programs")
    args = ap.parse_args()

    if args.repeat < 1:
        sys.exit("run.py: --repeat must be at least 1")

    cwd = os.getcwd()
    if args.mpsim:
        mpsim_spec, mpsim_base = args.mpsim, cwd
    else:
        mpsim_spec, mpsim_base = shlex.quote(DEFAULT_MPSIM), REPO_ROOT
    argv = resolve_command(MPSIM_NAME, mpsim_spec, mpsim_base)
    if argv is None:
        sys.exit("run.py: mpsim interpreter not found or not executable: %s\n"
                 "        build it first, or pass --mpsim PATH" % mpsim_spec)
    interps = [Interp(MPSIM_NAME, mpsim_spec, argv)]

    peer_specs = [parse_peer(p) for p in args.peer] or [("python3", "python3")]
    for name, spec in peer_specs:
        if any(it.name == name for it in interps):
            sys.exit("run.py: duplicate interpreter name %r" % name)
        argv = resolve_command(name, spec, cwd)
        if argv is None:
            sys.exit("run.py: peer %r not found or not executable: %s" % (name, spec))
        interps.append(Interp(name, spec, argv))
    peers = interps[1:]

    programs = find_programs(args.programs, args.filter)
    if not programs:
        sys.exit("run.py: no benchmark programs selected")

    all_results = []
    t_start = time.perf_counter()
    for i, prog in enumerate(programs):
        name = os.path.splitext(os.path.basename(prog))[0]
        sys.stderr.write("[%d/%d] %s ...\n" % (i + 1, len(programs), name))
        sys.stderr.flush()
        res = bench_program(prog, interps, args.repeat, args.timeout)
        all_results.append((name, prog, res))
    total_secs = time.perf_counter() - t_start

    # Table.
    headers = ["program"] + [it.name for it in interps] + ["%s/mpsim" % p.name for p in peers]
    rows = []
    ratios = {p.name: [] for p in peers}
    per_program_ratios = []
    problems = []
    for name, prog, res in all_results:
        row = [name]
        for it in interps:
            r = res[it.name]
            if r["status"] == OK:
                row.append("%.3fs" % r["min"])
            elif r["status"] == NOREF:
                row.append("%.3fs?" % r["min"])
            else:
                row.append(r["status"])
        m = res[MPSIM_NAME]
        pr = {}
        for p in peers:
            r = res[p.name]
            if m["status"] == OK and r["status"] == OK and m["min"] > 0:
                ratio = r["min"] / m["min"]
                ratios[p.name].append(ratio)
                pr[p.name] = ratio
                row.append("%.2f" % ratio)
            else:
                pr[p.name] = None
                row.append("-")
        per_program_ratios.append(pr)
        rows.append(row)
        ref = res[peers[0].name]
        for it in interps:
            r = res[it.name]
            if r["status"] == OK:
                continue
            if r["status"] == MISMATCH:
                d = first_difference(ref["output"], r["output"])
                detail = "output differs from %s" % peers[0].name
                if d:
                    detail += " at line %d: expected %r, got %r" % (d[0], shorten(d[1]), shorten(d[2]))
            elif r["status"] == UNSTABLE:
                detail = "output changed between repeats"
            elif r["status"] == NOREF:
                detail = "not checked: reference %s failed" % peers[0].name
            elif r["status"] == TIMEOUT:
                detail = "killed after %gs" % args.timeout
            else:
                tail = r["stderr"].split("\n")[-1] if r["stderr"] else ""
                detail = "exit status %s" % r["returncode"]
                if tail:
                    detail += ": " + shorten(tail, 120)
            problems.append("%s / %s: %s: %s" % (name, it.name, r["status"], detail))

    print()
    print_table(rows, headers)
    print()
    means = {}
    for p in peers:
        g = geomean(ratios[p.name])
        means[p.name] = g
        n = len(ratios[p.name])
        if g is None:
            print("geometric mean %s/mpsim: n/a (no program ran correctly on both)" % p.name)
        else:
            print("geometric mean %s/mpsim: %.2f  (%d of %d programs; >1 means mpsim is faster)"
                  % (p.name, g, n, len(all_results)))
    if any(res[it.name]["status"] == NOREF for _, _, res in all_results for it in interps):
        print("(a time marked ? was not checked: the reference %s failed on that program)"
              % peers[0].name)
    if problems:
        print()
        print("problems (excluded from the geometric means):")
        for line in problems:
            print("  " + line)
    print()
    print("interpreters: " + "; ".join("%s = %s" % (it.name, " ".join(it.argv)) for it in interps))
    print("repeat %d, minimum wall time per interpreter (includes process start-up); total %.1fs"
          % (args.repeat, total_secs))

    if args.json:
        data = {
            "repeat": args.repeat,
            "timeout": args.timeout,
            "interpreters": [{"name": it.name, "spec": it.spec, "argv": it.argv} for it in interps],
            "reference": peers[0].name,
            "programs": [
                {"name": name, "path": os.path.relpath(prog, REPO_ROOT), "results": res, "ratios": pr}
                for (name, prog, res), pr in zip(all_results, per_program_ratios)
            ],
            "geomean": {p.name: {"value": means[p.name], "count": len(ratios[p.name])} for p in peers},
        }
        with open(args.json, "w") as f:
            json.dump(data, f, indent=2)
            f.write("\n")

    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
