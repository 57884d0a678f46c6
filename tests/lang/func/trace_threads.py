# trace functions are per thread; threading.settrace/setprofile apply to new threads
import sys
import threading

def work(n):
    s = 0
    for i in range(n):
        s += i
    return s

log = {}

def make_tracer(tag):
    def tracer(frame, event, arg):
        if frame.f_code.co_name == 'work':
            log.setdefault(tag, []).append((event, frame.f_lineno - frame.f_code.co_firstlineno))
            return tracer
        return None
    return tracer

# 1. sys.settrace in the main thread does not affect another thread
sys.settrace(make_tracer('main'))
t = threading.Thread(target=work, args=(2,))
t.start(); t.join()
work(1)
sys.settrace(None)
print(sorted(log))
print(log['main'])

# 2. threading.settrace: new threads get it, the caller's thread does not
log.clear()
threading.settrace(make_tracer('thread'))
print(threading.gettrace() is not None, sys.gettrace())
t = threading.Thread(target=work, args=(1,))
t.start(); t.join()
work(1)
threading.settrace(None)
print(sorted(log))
print(log['thread'])

# 3. a thread sets its own tracer; gettrace is per thread
seen = []
def body():
    sys.settrace(make_tracer('own'))
    work(1)
    seen.append(sys.gettrace() is not None)
    sys.settrace(None)
log.clear()
t = threading.Thread(target=body)
t.start(); t.join()
print(sorted(log), seen, sys.gettrace())

# 4. threading.setprofile
profs = []
def prof(frame, event, arg):
    if frame.f_code.co_name == 'work':
        profs.append(event)
threading.setprofile(prof)
print(threading.getprofile() is prof)
t = threading.Thread(target=work, args=(1,))
t.start(); t.join()
threading.setprofile(None)
print(profs, sys.getprofile())
print(hasattr(threading, 'settrace_all_threads'), hasattr(threading, 'setprofile_all_threads'))
