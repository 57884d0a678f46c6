# exception without a message and a method in a class
class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        if not self.items:
            raise IndexError
        return self.items.pop()

Stack().pop()
