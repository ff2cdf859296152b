# SPDX-License-Identifier: MIT
# Every option of the `micropython` command and its exit statuses.
import os
import signal
import subprocess
import tempfile
import time

from clitest import MICROPYTHON, check, done, run

tmp = tempfile.mkdtemp()
script = os.path.join(tmp, "prog.py")
with open(script, "w") as f:
    f.write("import sys\nprint(sys.argv)\nprint(__name__)\nprint(sys.path[0] == %r)\n" % tmp)

code, out, err = run(script, "a", "b")
check(code == 0 and out == "['%s', 'a', 'b']\n__main__\nTrue\n" % script, "script args and __name__", out + err)

code, out, err = run("-c", "import sys; print(sys.argv)", "x")
check(out == "['-c', 'x']\n", "-c sys.argv", out + err)

with open(os.path.join(tmp, "mod_m.py"), "w") as f:
    f.write("import sys\nprint('m', __name__, sys.argv)\n")
p = subprocess.run([MICROPYTHON, "-m", "mod_m", "z"], cwd=tmp, capture_output=True, text=True)
check(p.returncode == 0 and p.stdout == "m __main__ ['mod_m', 'z']\n", "-m runs a module as __main__", p.stdout + p.stderr)

code, out, err = run("--version")
check(code == 0 and "MicroPython" in out and "mpsim" in out, "--version", out)
code, out, err = run("-h")
check(code == 0 and "usage:" in out and "heapsize" in out, "-h", out)

code, out, err = run("-O2", "-c", "import micropython; print(micropython.opt_level())")
check(out == "2\n", "-O2 sets opt_level", out + err)
code, out, err = run("-OO", "-c", "import micropython; print(micropython.opt_level())")
check(out == "2\n", "-OO sets opt_level 2", out + err)

code, out, err = run("-v", "-c", "x = 1")
check(code == 0 and "compiled" in err, "-v reports compilation", err)
code, out, err = run("-v", "-v", "-c", "x = 1")
check("STORE_NAME" in err, "-v -v prints bytecode", err)

code, out, err = run("-X", "compile-only", "-c", "print('ran')")
check(code == 0 and out == "", "-X compile-only does not run", out + err)
code, out, err = run("-X", "compile-only", "-c", "print('ran'")
check(code == 1 and "SyntaxError" in err, "-X compile-only reports syntax errors", out + err)

for bad in (["-Z"], ["-X"], ["-c"], ["-X", "nonsense"]):
    code, out, err = run(*bad)
    check(code == 2 and "usage:" in err, "bad option %r: usage and status 2" % bad, err)

code, out, err = run(os.path.join(tmp, "missing.py"))
check(code == 2 and "can't open file" in err, "missing file: status 2", err)
code, out, err = run("-c", "raise SystemExit(7)")
check(code == 7, "SystemExit(7)", err)
code, out, err = run("-c", "raise SystemExit('bye')")
check(code == 1 and "bye" in err, "SystemExit('bye') prints and exits 1", err)
code, out, err = run("-c", "import sys; sys.exit()")
check(code == 0, "sys.exit()", err)

code, out, err = run(stdin=b"print(6 * 7)\n")
check(code == 0 and out == "42\n", "script from a pipe on stdin", out + err)
code, out, err = run("-i", "-c", "x = 5", stdin=b"x + 1\n")
check(code == 0 and "6" in out, "-i: REPL after the command", out + err)
env = dict(os.environ, MICROPYINSPECT="1")
p = subprocess.run([MICROPYTHON, "-c", "y = 2"], input=b"y * 21\n", capture_output=True, env=env)
check(b"42" in p.stdout, "MICROPYINSPECT: REPL after the command", p.stdout + p.stderr)

libdir = os.path.join(tmp, "lib")
os.mkdir(libdir)
with open(os.path.join(libdir, "helper.py"), "w") as f:
    f.write("VALUE = 99\n")
env = dict(os.environ, MICROPYPATH=libdir)
p = subprocess.run([MICROPYTHON, "-c", "import helper, sys; print(helper.VALUE, sys.path)"],
                   capture_output=True, text=True, env=env)
check(p.stdout.startswith("99 ['', '%s']" % libdir), "MICROPYPATH replaces the default path", p.stdout + p.stderr)

# Ctrl-C (SIGINT) in a long loop: KeyboardInterrupt, status 130.
proc = subprocess.Popen([MICROPYTHON, "-c", "while True:\n    pass"], stderr=subprocess.PIPE)
time.sleep(0.5)
proc.send_signal(signal.SIGINT)
_, err = proc.communicate(timeout=10)
check(proc.returncode == 130 and b"KeyboardInterrupt" in err, "SIGINT in a loop", err)
proc = subprocess.Popen([MICROPYTHON, "-c", "import time\ntime.sleep(30)"], stderr=subprocess.PIPE)
time.sleep(0.5)
t0 = time.time()
proc.send_signal(signal.SIGINT)
_, err = proc.communicate(timeout=10)
check(proc.returncode == 130 and time.time() - t0 < 5, "SIGINT in time.sleep", err)
done()
