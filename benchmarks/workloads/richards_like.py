# An object workload in the spirit of richards: a scheduler of task objects
# passing packets through queues, with inheritance and attribute traffic.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Task:
    def __init__(self, ident, priority, queue):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.count = 0

    def run(self, packet):
        raise NotImplementedError

class Worker(Task):
    def run(self, packet):
        self.count += 1
        if packet is None:
            return None
        packet.datum = (packet.datum + self.priority) % 26
        for i in range(4):
            packet.data[i] = (packet.data[i] + i + self.count) % 26
        return packet

class Handler(Task):
    def run(self, packet):
        self.count += 1
        if packet is not None:
            self.queue = packet.append_to(self.queue)
        if self.queue is not None:
            p = self.queue
            self.queue = p.link
            return p
        return None

def schedule(rounds):
    tasks = [Worker(i, i % 5 + 1, None) if i % 2 else Handler(i, i % 3, None) for i in range(10)]
    packets = [Packet(None, i, i % 3) for i in range(20)]
    total = 0
    for r in range(rounds):
        for t in tasks:
            p = packets[(r + t.ident) % len(packets)]
            out = t.run(p)
            if out is not None:
                total += out.datum + sum(out.data)
    return total, sum(t.count for t in tasks)

print(schedule(30_000))
