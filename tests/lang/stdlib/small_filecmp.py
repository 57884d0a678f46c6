import filecmp
import os
import shutil

root = '_fc_tmp'
if os.path.exists(root):
    shutil.rmtree(root)

def write(path, data):
    with open(path, 'w') as f:
        f.write(data)

try:
    a = os.path.join(root, 'a')
    b = os.path.join(root, 'b')
    for d in (a, b, os.path.join(a, 'sub'), os.path.join(b, 'sub'),
              os.path.join(a, 'onlydir'), os.path.join(a, 'sub', 'deep'),
              os.path.join(b, 'sub', 'deep'), os.path.join(a, 'CVS')):
        os.makedirs(d)
    write(os.path.join(a, 'same.txt'), 'hello\n')
    write(os.path.join(b, 'same.txt'), 'hello\n')
    write(os.path.join(a, 'diff.txt'), 'one\n')
    write(os.path.join(b, 'diff.txt'), 'two\n')
    write(os.path.join(a, 'len.txt'), 'short\n')
    write(os.path.join(b, 'len.txt'), 'much longer\n')
    write(os.path.join(a, 'left.txt'), 'l\n')
    write(os.path.join(b, 'right.txt'), 'r\n')
    write(os.path.join(a, 'mixed'), 'file\n')
    os.makedirs(os.path.join(b, 'mixed'))
    write(os.path.join(a, 'sub', 's.txt'), 's\n')
    write(os.path.join(b, 'sub', 's.txt'), 'S\n')
    write(os.path.join(a, 'sub', 'deep', 'd.txt'), 'd\n')
    write(os.path.join(b, 'sub', 'deep', 'e.txt'), 'e\n')

    same_a, same_b = os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt')
    diff_a, diff_b = os.path.join(a, 'diff.txt'), os.path.join(b, 'diff.txt')
    os.utime(diff_a, (1000000, 1000000))
    os.utime(diff_b, (1000000, 1000000))
    print(filecmp.cmp(same_a, same_b), filecmp.cmp(same_a, same_b, shallow=False))
    print(filecmp.cmp(diff_a, diff_b), filecmp.cmp(diff_a, diff_b, shallow=False))
    print(filecmp.cmp(os.path.join(a, 'len.txt'), os.path.join(b, 'len.txt')))
    print(filecmp.cmp(a, b), filecmp.cmp(same_a, same_a))
    filecmp.clear_cache()
    try:
        filecmp.cmp(same_a, os.path.join(b, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename == os.path.join(b, 'nope'))

    print(filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt', 'len.txt', 'left.txt', 'mixed']))
    print(filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt'], shallow=False))

    dc = filecmp.dircmp(a, b)
    print(dc.left_list, dc.right_list)
    print(dc.common, dc.left_only, dc.right_only)
    print(dc.common_dirs, dc.common_files, dc.common_funny)
    print(dc.same_files, dc.diff_files, dc.funny_files)
    print(sorted(dc.subdirs), type(dc.subdirs['sub']).__name__)
    try:
        dc.nonexistent
    except AttributeError as e:
        print('AttributeError', e)
    dc.report()
    print('--- partial')
    filecmp.dircmp(a, b).report_partial_closure()
    print('--- full')
    filecmp.dircmp(a, b, ignore=[]).report_full_closure()
    print('--- hide')
    filecmp.dircmp(a, b, hide=['left.txt', 'sub']).report()
    print(filecmp.DEFAULT_IGNORES)
    print(filecmp.dircmp[str])
finally:
    shutil.rmtree(root, ignore_errors=True)
