# raise SystemExit without arguments exits with status 0
print("clean exit")
raise SystemExit
