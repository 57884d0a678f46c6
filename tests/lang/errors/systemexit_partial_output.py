import sys
print("before")
sys.stdout.write("partial")
raise SystemExit(2)
