print("never printed")
try:
    value = int("42")

# trailing comment
