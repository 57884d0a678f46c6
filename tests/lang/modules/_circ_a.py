print("start _circ_a")
import _circ_b
value_a = "A"
def use_b():
    return _circ_b.value_b
print("end _circ_a")
