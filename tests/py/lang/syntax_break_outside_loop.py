# break outside a loop is a compile error reported with its line and block
print("never runs")
def f():
    if True:
        break
