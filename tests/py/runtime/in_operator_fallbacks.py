# `in` uses __contains__, else iterates (also through __getitem__).
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
class Box:
    def __contains__(self, x):
        return x == 'yes'
class It:
    def __iter__(self):
        return iter([3, 4])
print(20 in Seq(), 25 in Seq(), list(Seq()))
print('yes' in Box(), 'no' in Box(), 'no' not in Box())
print(4 in It(), 5 in It())
print(1 in [1, 2], 'b' in 'abc', 2 in {2: 3}, 3 in (1, 2))
