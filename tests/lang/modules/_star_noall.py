visible = 1
also_visible = 2
_invisible = 3
