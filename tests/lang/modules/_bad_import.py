value = 1
raise ValueError("module failed while loading")
