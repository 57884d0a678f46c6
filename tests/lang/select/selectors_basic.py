# selectors: register/modify/unregister, select readiness, get_key/get_map.
import os, selectors, socket

for name in ("SelectSelector", "PollSelector", "DefaultSelector"):
    print(name)
    cls = getattr(selectors, name)
    sel = cls()
    a, b = socket.socketpair()
    r, w = os.pipe()
    ka = sel.register(a, selectors.EVENT_READ, data="a")
    print(ka.fd == a.fileno(), ka.events, ka.data, ka.fileobj is a)
    sel.register(r, selectors.EVENT_READ, "pipe")
    print(sel.select(0))
    b.send(b"x")
    print([(k.data, ev) for k, ev in sel.select(0)])
    os.write(w, b"y")
    print(sorted((k.data, ev) for k, ev in sel.select(None)))
    k2 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "a2")
    print(k2.events, k2.data, sel.get_key(a).data)
    print(sorted((k.data, ev) for k, ev in sel.select(0.5)))
    print(len(sel.get_map()), a in sel.get_map())
    sel.unregister(a)
    try:
        sel.unregister(a)
    except KeyError as e:
        print("KeyError", "is not registered" in str(e))
    try:
        sel.register(r, selectors.EVENT_READ)
    except KeyError as e:
        print("KeyError", "already registered" in str(e))
    try:
        sel.register(w, 0)
    except ValueError as e:
        print("ValueError", e)
    try:
        sel.register(-1, selectors.EVENT_READ)
    except ValueError as e:
        print("ValueError", e)
    try:
        sel.get_key(b)
    except KeyError as e:
        print("KeyError", "is not registered" in str(e))
    with sel:
        pass
    print(sel.get_map())
    a.close(); b.close(); os.close(r); os.close(w)
