# traceback through a lambda called by a builtin
class Sorter:
    def run(self, items):
        return sorted(items, key=lambda item: item.size)

Sorter().run([1, 2])
