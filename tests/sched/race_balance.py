import threading
balance = 0
def work(n):
    global balance
    for i in range(n):
        balance += 1
ts = [threading.Thread(target=work, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("balance", balance)
