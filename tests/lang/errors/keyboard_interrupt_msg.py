raise KeyboardInterrupt("ki")
