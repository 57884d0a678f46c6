# Helper for shutdown_module_wipe.py: a module kept alive past the
# removal of sys.modules, so its globals are set to None at exit.
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "helper =", helper)


helper = "H"
_private = A("_private")
public = A("public")
