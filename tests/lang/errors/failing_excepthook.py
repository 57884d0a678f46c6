import sys
def hook(t, v, tb): raise TypeError("hook fails")
sys.excepthook = hook
raise ValueError("orig")
