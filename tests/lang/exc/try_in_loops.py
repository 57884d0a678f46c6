# exception handling inside loops
results = []
for v in ["1", "x", "3", "", "5.5", "7"]:
    try:
        results.append(int(v))
    except ValueError as e:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (ValueError, TypeError):
            pass
    return None
print(first_int(["a", None, "42", "7"]), first_int([]))
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError("retry")
        break
    except ConnectionError as e:
        print("attempt", attempts, e)
print("succeeded after", attempts)
