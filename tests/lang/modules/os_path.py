# os.path functions
import os.path as p
import os
print(p.join("a", "b", "c.txt"), p.join("/root", "x"), p.join("a", "/abs", "b"), p.join("a", ""))
print(p.basename("/x/y/z.tar.gz"), p.dirname("/x/y/z.tar.gz"), p.basename("/x/y/"), p.dirname("file"))
print(p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"), p.split("/a/b"))
print(p.isabs("/a"), p.isabs("a"), p.normpath("a/./b/../c//d"), p.normpath("/.."))
print(p.exists(__file__), p.isfile(__file__), p.isdir(__file__), p.isdir("."), p.exists("no_such_path_xyz"))
print(p.abspath("x") == p.join(os.getcwd(), "x"), p.basename(os.getcwd()))
print(os.sep, os.curdir, os.pardir, p.sep == os.sep, p.commonprefix(["abcd", "abxy"]))
print(p.relpath("/a/b/c", "/a"), p.expanduser("noexpand"), p.getsize(__file__) > 0)
