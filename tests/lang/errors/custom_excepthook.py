import sys
sys.excepthook = lambda t, v, tb: print("hook:", t.__name__, v)
raise ValueError("custom hook")
