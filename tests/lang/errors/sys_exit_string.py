import sys
sys.exit("message to stderr")
