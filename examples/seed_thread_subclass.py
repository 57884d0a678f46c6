# seed_thread_subclass.py -- threads created by subclassing threading.Thread
# (seed 000, "创建线程类": override run(); start() calls it in the new thread).
#
# The code below is the seed's own example. Fixed only where CPython 3.11
# cannot run it as printed: in the seed, the `delay = ...` statement had been
# glued onto the end of the print(...) line.
#
# As the seed explains: without join() the main thread and the two workers
# run side by side; with join() the main thread waits until both are done,
# so "MainThread 线程结束" always comes last. getName() is deprecated since
# Python 3.10 (CPython prints a DeprecationWarning on stderr).
#
#     python3 examples/seed_thread_subclass.py
#     build/gilpy examples/seed_thread_subclass.py
import threading
import time,random,math
class MutliThread(threading.Thread):    
    def __init__(self, threadName,num):        
        threading.Thread.__init__(self)        
        self.name = threadName        
        self.num = num    
    def run(self):        
        for i in range(self.num):            
            print("{0} i={1}".format(threading.current_thread().getName(), i))
            delay = math.ceil(random.random() * 2)            
            time.sleep(delay)
if __name__ == '__main__':    
    thr1 = MutliThread("thread1",3)    
    thr2 = MutliThread("thread2",2)  
    thr1.start()    
    thr2.start()      
    thr1.join()    
    thr2.join()    
    print("{0} 线程结束".format(threading.current_thread().getName()))
