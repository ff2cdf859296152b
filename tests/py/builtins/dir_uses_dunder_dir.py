# dir() of an instance asks its class's __dir__ and sorts the result.
class C:
    def __dir__(self):
        return ["b", "c", "a"]
print(dir(C()))
print("a" in dir(C))
