# SystemExit(0) and finally blocks still run
import sys
try:
    print("in try")
    sys.exit(0)
finally:
    print("finally runs before exit")
