exec("def f():\n    raise ValueError('in exec')\nf()")
