# exec runs a sequence of statements, with or without a final newline
exec('a = 1\nb = a + 1\nprint(a, b)')
exec('def f():\n    return 42\nprint(f())\n')
exec('if a:\n    print("indented block")')
exec('\n\n# only comments and blank lines\n\n')
exec('for i in range(2):\n\tprint(i)\n')
exec('x = 1\r\ny = 2\r\nprint(x + y)\r\n')
