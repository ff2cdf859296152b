# SPDX-License-Identifier: MIT
# help(), help('modules') and help(obj) print what a user needs at the REPL.
from clitest import check, done, run

code, out, err = run("-c", "help()")
check(code == 0 and "CTRL-A" in out and "paste mode" in out and "help(obj)" in out, "help()", out + err)
code, out, err = run("-c", "help('modules')")
for name in ("gc", "micropython", "sys", "math", "struct", "io", "time", "os"):
    check(name in out.split(), "help('modules') lists " + name, out)
code, out, err = run("-c", "import gc; help(gc)")
check(out.startswith("object <module 'gc'> is of type module"), "help(module) header", out)
check("  collect -- <function>" in out and "  threshold -- <function>" in out, "help(module) members", out)
code, out, err = run("-c", "help([])")
check("object [] is of type list" in out and "append" in out, "help(list instance)", out + err)
done()
