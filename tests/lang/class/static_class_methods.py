# staticmethod and classmethod
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["tomato", "mozzarella"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
class Calzone(Pizza):
    pass
m = Pizza.margherita()
c = Calzone.margherita()
print(type(m).__name__, type(c).__name__, m.toppings, Pizza.count)
print(Pizza.area(2), m.area(1), Calzone.area(3))
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["margherita"]).__name__)
print(Pizza.__dict__["area"].__func__(1))
bound = Calzone.margherita
print(bound.__self__.__name__)
