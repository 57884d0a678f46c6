"""Topological sorting of a graph of hashable nodes (CPython 3.11 API).

Each node records how many predecessors are still pending and the list of its
successors.  prepare() seeds the ready list with nodes that have no pending
predecessor and looks for a cycle with an iterative depth-first search (no
recursion, so deep graphs do not exhaust the C stack).  A node handed out by
get_ready() has its counter set to _OUT; done() sets it to _DONE and releases
its successors.  The counter doubles as the state so no extra field is needed.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# node states stored in the predecessor counter once it is no longer a count
_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is the cycle
    as a list of nodes whose first and last items are the same."""
    pass


class TopologicalSorter:
    """Hands out the nodes of a graph in an order that respects its edges."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values()
                       if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._check_prepared()
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        self._check_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _OUT:
                if state >= 0:
                    raise ValueError(
                        f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _DONE
            for succ in info.successors:
                sinfo = self._nodes[succ]
                sinfo.npredecessors -= 1
                if sinfo.npredecessors == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # iterative DFS; 'path' is the current chain, 'pos' maps a node on
        # the chain to its index there, 'nexts' holds each level's iterator
        nodes = self._nodes
        path = []
        nexts = []
        seen = set()
        pos = {}
        for start in nodes:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in pos:
                        return path[pos[node]:] + [node]
                else:
                    seen.add(node)
                    nexts.append(iter(nodes[node].successors).__next__)
                    pos[node] = len(path)
                    path.append(node)
                # back up to the deepest level with another successor
                while path:
                    try:
                        node = nexts[-1]()
                        break
                    except StopIteration:
                        del pos[path.pop()]
                        nexts.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
