raise Exception("a", "b")
