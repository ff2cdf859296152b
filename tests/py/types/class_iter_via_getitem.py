# An object with only __getitem__ is iterable until IndexError.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(Seq()))
print(20 in Seq(), 25 in Seq())
