# a circular import sees the partially initialised module
import _circ_a
print(_circ_a.use_b(), _circ_a.value_a)
import _circ_b
print(_circ_b.partial)
