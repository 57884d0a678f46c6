# cooperative super() in a diamond
class Base:
    def __init__(self):
        print("Base")
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()
    def who(self):
        return ["Right"] + super().who()
class Child(Left, Right):
    def __init__(self):
        print("Child")
        super().__init__()
    def who(self):
        return ["Child"] + super().who()
c = Child()
print(c.who())
print(super(Left, c).who())
print(super(Child, Child).who(c))
