# os.popen (over subprocess) and the os.exec*p* family
import os
with os.popen('echo hi; echo there') as f:
    print(f.read())
f = os.popen('exit 3'); print(f.read(), f.close())
f = os.popen('cat > /dev/null', 'w'); f.write('x'); print(f.close())
print([l for l in os.popen('printf "a\\nb\\n"')])
try: os.popen(['x'])
except TypeError as e: print(e)
try: os.popen('x', 'rb')
except ValueError as e: print(e)
pid = os.fork()
if pid == 0:
    os.execlp('sh', 'sh', '-c', 'exit 5')
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.execvp('nonexistent_xyz', ['nonexistent_xyz'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
pid = os.fork()
if pid == 0:
    os.execvpe('sh', ['sh', '-c', 'exit $X'], {'X': '4', 'PATH': '/bin:/usr/bin'})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
