# break/continue in try inside loops run finally
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)
def nested():
    for i in range(2):
        try:
            try:
                return i
            finally:
                print("inner finally")
        finally:
            print("outer finally")
print(nested())
