# else clauses of for and while run only without break
for i in range(3):
    pass
else:
    print("for else", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("not printed")
for i in []:
    pass
else:
    print("empty for else")
for i in range(5):
    if i % 2:
        continue
    print("even", i)
