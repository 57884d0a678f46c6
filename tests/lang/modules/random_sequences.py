# seeded choice/choices/shuffle/sample
import random
random.seed(42)
items = list(range(10))
print(random.choice(items), random.choice("abcdef"))
print(random.choices(items, k=5), random.choices("xyz", weights=[1, 0, 5], k=6))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("hello", 2))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(type(e).__name__, e)
