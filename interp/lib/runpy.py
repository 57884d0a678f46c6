"""Run a module as __main__ (what `gilpy -m module` does)."""

import sys

__all__ = ["run_module", "run_path"]


def _read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return None


def _locate(mod_name):
    parts = mod_name.split(".")
    if len(parts) > 1:
        pkg = __import__(".".join(parts[:-1]), fromlist=["_"])
        paths = list(getattr(pkg, "__path__", []))
    else:
        paths = sys.path
    last = parts[-1]
    for d in paths:
        base = (d + "/" if d else "") + last
        src = _read(base + "/__main__.py")
        if src is not None:
            return base + "/__main__.py", src, True
        src = _read(base + ".py")
        if src is not None:
            return base + ".py", src, False
    return _locate_embedded(mod_name)


def _locate_embedded(mod_name):
    # Library modules compiled into the interpreter have no file on disk;
    # the frozen importer still hands out their source.
    from importlib.util import find_spec
    for name, is_pkg in ((mod_name + ".__main__", True), (mod_name, False)):
        try:
            spec = find_spec(name)
        except ImportError:
            spec = None
        loader = getattr(spec, "loader", None)
        if loader is None or not hasattr(loader, "get_source"):
            continue
        src = loader.get_source(name)
        if src is not None:
            return "<frozen %s>" % name, src, is_pkg
    raise ImportError("No module named %s" % mod_name)


def _run_code(code, globals_, name, path, package):
    globals_.update(__name__=name, __file__=path, __package__=package,
                    __loader__=None, __spec__=None, __builtins__=__builtins__)
    exec(code, globals_)
    return globals_


def _run_module_as_main(mod_name):
    try:
        path, src, is_pkg = _locate(mod_name)
    except ImportError as e:
        sys.stderr.write("%s: %s\n" % (sys.executable or "gilpy", e))
        raise SystemExit(1)
    if is_pkg:
        __import__(mod_name)
        package = mod_name
    else:
        package = mod_name.rpartition(".")[0]
    code = compile(src, path, "exec")
    main = sys.modules["__main__"] if "__main__" in sys.modules else None
    if main is None:
        main = type(sys)("__main__")
        sys.modules["__main__"] = main
    sys.argv[0] = path
    return _run_code(code, main.__dict__, "__main__", path, package)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    path, src, is_pkg = _locate(mod_name)
    g = dict(init_globals or {})
    return _run_code(compile(src, path, "exec"), g, run_name or mod_name, path,
                     mod_name if is_pkg else mod_name.rpartition(".")[0])


def run_path(path_name, init_globals=None, run_name=None):
    src = _read(path_name)
    if src is None:
        raise OSError("can't open file %r" % path_name)
    g = dict(init_globals or {})
    return _run_code(compile(src, path_name, "exec"), g, run_name or "<run_path>", path_name, "")
