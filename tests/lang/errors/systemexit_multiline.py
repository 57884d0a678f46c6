raise SystemExit("multi\nline")
