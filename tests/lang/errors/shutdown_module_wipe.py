# A module still alive when the modules are torn down is wiped: globals
# with one leading underscore first, then the others (helper is None by
# the time the second object goes). Imported modules whose dict is garbage
# are finalised with their globals intact.
import sys
import _shutdown_mod
sys.keep_alive = _shutdown_mod


class B:
    def __del__(self):
        print("B del", _shutdown_mod.helper)


b = B()
print("end of script")
