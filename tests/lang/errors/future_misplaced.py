"""A `from __future__` import after other statements: SyntaxError before
anything runs."""
import sys
print("never printed")
from __future__ import annotations
