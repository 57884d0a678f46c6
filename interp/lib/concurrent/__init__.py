# Package concurrent (gilpy): only holds the `futures` subpackage, as in CPython.
