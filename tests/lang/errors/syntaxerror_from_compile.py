compile("def f(:\n  pass", "<comp>", "exec")
