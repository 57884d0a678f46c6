# single inheritance and method overriding
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
p = Puppy("rex", 1)
print(p.speak(), p.kind(), p.age)
print(Puppy.__bases__, Puppy.__mro__)
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Animal("cat").speak())
print(Dog.__base__.__name__, object.__bases__)
