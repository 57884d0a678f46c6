# nested replacement fields inside format specs
width = 10
prec = 3
val = 2.718281828
print(f"{val:{width}.{prec}f}|")
print(f"{val:>{width}}|")
fill = "#"
align = "^"
print(f"{'mid':{fill}{align}{width}}|")
for w in range(3, 7):
    print(f"[{w:{w}}]")
spec = ".2e"
print(f"{12345.678:{spec}}")
print(f"{'abc':{'>'}{5}}")
