print("start _circ_b")
import _circ_a
value_b = "B"
partial = hasattr(_circ_a, "value_a")
print("end _circ_b, _circ_a complete?", partial)
