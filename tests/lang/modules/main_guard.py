# __name__ is "__main__" for the script, the module name when imported
print(__name__)
import _runs_main
print(_runs_main.main(), _runs_main.__name__)
if __name__ == "__main__":
    print("this script is __main__")
import __main__
print(__main__.__name__, hasattr(__main__, "_runs_main"))
