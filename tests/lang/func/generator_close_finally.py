# generator finally blocks run on close and when garbage (explicit close here)
def resource():
    print("open")
    try:
        yield "data1"
        yield "data2"
    finally:
        print("release")
for item in resource():
    print(item)
g = resource()
print(next(g))
g.close()
def partial_loop():
    for item in resource():
        print("using", item)
        break
    print("after break")
r = resource()
for x in r:
    break
r.close()
print("end")
