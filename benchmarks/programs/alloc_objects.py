# Measures: allocation of many small short-lived objects (instances, tuples, lists) and GC.


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def check_tree(node):
    if node.left is None:
        return 1
    return 1 + check_tree(node.left) + check_tree(node.right)


def tuples(n):
    acc = 0
    for i in range(n):
        t = (i, i + 1, (i & 3, i & 7))
        p = [t[0], t[2][1]]
        acc += p[1] + t[2][0]
    return acc


total = 0
for r in range(320):
    total += check_tree(make_tree(9))
print("trees:", total)
print("tuples:", tuples(2500000))
