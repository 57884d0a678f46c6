# sys.exit(message) with sys.stderr None still prints the message (C stderr).
import sys
print("out")
sys.stderr = None
sys.exit("the message")
