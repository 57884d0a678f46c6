class MyExit(SystemExit): pass
raise MyExit(7)
