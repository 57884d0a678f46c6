# import a.b as c and dotted access
import _pkg.sub as c
print(c.SUB_CONST, c.__name__)
import _pkg.sub
print(_pkg.sub is c, _pkg.pkg_level)
import _pkg.inner.deep as d
print(d.deep_value())
import _helper as h, _state as st
print(h.x, st.a1)
