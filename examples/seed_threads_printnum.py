# seed_threads_printnum.py -- threads created from a function (seed 000,
# "函数式创建线程": create a thread by handing threading.Thread a target
# function and its arguments).
#
# The code below is the seed's own example. Fixed only where CPython 3.11
# cannot run it as printed: the seed's first line had lost its line breaks
# ("import threadingimport time,random,math# idx 循环次数").
#
# Each thread prints its name and a counter, then sleeps 1 or 2 seconds
# (random), so the two threads' lines interleave differently from run to
# run; the main thread waits for both with join() and prints last.
# getName() is deprecated since Python 3.10: CPython prints a
# DeprecationWarning for it on stderr (use .name in new code).
#
#     python3 examples/seed_threads_printnum.py
#     build/gilpy examples/seed_threads_printnum.py
import threading
import time,random,math
# idx 循环次数
def printNum(idx):    
    for num in range(idx ):#打印当前运行的线程名字        
        print("{0}\tnum={1}".format(threading.current_thread().getName(), num))
        delay = math.ceil(random.random() * 2)        
        time.sleep(delay)
if __name__ == '__main__':    
    th1 = threading.Thread(target=printNum, args=(2,),name="thread1"  )    
    th2 = threading.Thread(target=printNum, args=(3,),name="thread2" )
    th1.start() #启动2个线程   
    th2.start()
    th1.join()   #等待至线程中止  
    th2.join()    
    print("{0} 线程结束".format(threading.current_thread().getName()))
