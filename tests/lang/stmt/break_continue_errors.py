# break/continue outside loops are syntax errors
for src in ["break", "continue", "def f():\n    break\n", "class C:\n    continue\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
out = []
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        out.append((i, j))
print(out)
