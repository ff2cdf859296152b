# __set_name__ tells class attributes their name; it is found on the class only.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

class Tricky:
    def __getattr__(self, name):
        print("getattr", name)
        return None

class A:
    first = Named()
    second = Named()
    other = Tricky()

print(A.first.name, A.second.name)
