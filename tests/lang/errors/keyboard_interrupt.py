# an uncaught KeyboardInterrupt raised by the program
print("simulating ctrl-c")
raise KeyboardInterrupt
