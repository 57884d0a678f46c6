/* import.c -- the import system.
 *
 * A dotted name is imported one component at a time ("a", "a.b", "a.b.c");
 * each is looked up in sys.modules, else found by the finders in order:
 *   1. built-in C modules (modules/config.c),
 *   2. Python modules embedded in the binary (interp/lib/, vm/embedded.h),
 *   3. the file system: the parent package's __path__, or sys.path for a
 *      top-level name: DIR/name.py or DIR/name/__init__.py.
 * A new module is put in sys.modules before its code runs (so circular
 * imports see the partial module) and removed again if the code fails.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "gilpy.h"
#include "concurrency/gil.h"
#include "concurrency/sched.h"
#include <time.h>
#include "vm/embedded.h"
#include "vm/runtime.h"
#include "compile/compiler.h"
#include "objects/namespaceobject.h"

static GpObject *str_of(const char *s) { return gp_str_from_cstr(s); }

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Read a whole file; NULL with OSError set. */
static char *read_file(const char *path, gp_ssize *len, GpObject *pathobj)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        gp_err_from_errno_filename(&GpExc_OSError, pathobj);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(f);
        gp_err_no_memory();
        return NULL;
    }
    size_t k;
    while ((k = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                fclose(f);
                gp_err_no_memory();
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        gp_err_from_errno_filename(&GpExc_OSError, pathobj);
        return NULL;
    }
    buf[n] = '\0';
    *len = (gp_ssize)n;
    return buf;
}

/* Execute source as the body of module m. 0 or -1. */
static int exec_source_in_flags(GpObject *m, const char *src, gp_ssize len, GpObject *filename,
                                int flags)
{
    GpObject *code = gp_compile_source(src, len, filename, "exec", flags, 0);
    if (!code)
        return -1;
    GpObject *r = gp_eval_code(code, GP_MODULE_DICT(m), GP_MODULE_DICT(m));
    GP_DECREF(code);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static int exec_source_in(GpObject *m, const char *src, gp_ssize len, GpObject *filename)
{
    return exec_source_in_flags(m, src, len, filename, 0);
}

static void remove_module(GpObject *name)
{
    GpObject *saved = gp_err_fetch();
    if (gp_dict_delitem(gp_interp()->modules, name) < 0)
        gp_err_clear();
    gp_err_restore(saved);
}

/* The module object in sys.modules after executing (it may have replaced itself). */
static GpObject *final_module(GpObject *name, GpObject *m)
{
    GpObject *r = gp_dict_getitem_err(gp_interp()->modules, name);
    if (r) {
        GP_DECREF(m);
        return gp_newref(r);
    }
    if (gp_err_occurred()) {
        GP_DECREF(m);
        return NULL;
    }
    gp_err_format(&GpExc_ImportError, "Loaded module %U not found in sys.modules", name);
    GP_DECREF(m);
    return NULL;
}

/* module.__spec__: a namespace with ModuleSpec's attributes (name,
 * origin, parent, submodule_search_locations, loader, has_location,
 * cached), set before the module's code runs. */
static void set_spec(GpObject *m, GpObject *name, const char *origin, int has_location)
{
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *spec = gp_namespace_new();
    if (!spec)
        goto fail;
    GpObject *sd = ((GpNamespace *)spec)->dict;
    GpObject *o = origin ? str_of(origin) : gp_newref(gp_None);
    GpObject *path = gp_dict_getitem_str(d, "__path__");
    GpObject *pkg = gp_dict_getitem_str(d, "__package__");
    GpObject *loader = gp_dict_getitem_str(d, "__loader__");
    if (!o || gp_dict_setitem_str(sd, "name", name) < 0 ||
        gp_dict_setitem_str(sd, "origin", o) < 0 ||
        gp_dict_setitem_str(sd, "parent", pkg ? pkg : gp_None) < 0 ||
        gp_dict_setitem_str(sd, "submodule_search_locations", path ? path : gp_None) < 0 ||
        gp_dict_setitem_str(sd, "loader", loader ? loader : gp_None) < 0 ||
        gp_dict_setitem_str(sd, "has_location", has_location ? gp_True : gp_False) < 0 ||
        gp_dict_setitem_str(sd, "cached", gp_None) < 0 ||
        gp_dict_setitem_str(d, "__spec__", spec) < 0) {
        GP_XDECREF(o);
        goto fail;
    }
    GP_DECREF(o);
    GP_DECREF(spec);
    return;
fail:
    GP_XDECREF(spec);
    gp_err_clear();   /* a missing __spec__ is not worth failing the import */
}

static GpObject *load_builtin(GpObject *name, const GpBuiltinModule *b)
{
    GpObject *m = gp_module_new_obj(name);
    if (!m)
        return NULL;
    GpObject *frozen = str_of("built-in");
    gp_dict_setitem_str(GP_MODULE_DICT(m), "__loader__", frozen);
    GP_XDECREF(frozen);
    set_spec(m, name, "built-in", 0);
    if (gp_dict_setitem(gp_interp()->modules, name, m) < 0 || b->init(m) < 0) {
        remove_module(name);
        GP_DECREF(m);
        return NULL;
    }
    return final_module(name, m);
}

/* ---- the embedded modules' loader ------------------------------------------
 *
 * Every embedded module's __loader__ (and __spec__.loader) is this class,
 * like CPython's frozen modules' _frozen_importlib.FrozenImporter. Its
 * classmethods answer from the embedded table, so tools that ask a module's
 * loader for its text (linecache, inspect) see the source of "<frozen NAME>"
 * code. The table is small (about a hundred entries) and only tracebacks
 * and introspection search it, so a linear scan is enough. */

const GpEmbeddedModule *gp_embedded_find(const char *name, size_t n)
{
    for (const GpEmbeddedModule *e = gp_embedded_modules; e->name; e++)
        if (strlen(e->name) == n && memcmp(e->name, name, n) == 0)
            return e;
    return NULL;
}

const GpEmbeddedModule *gp_embedded_by_filename(const char *filename)
{
    static const char prefix[] = "<frozen ";
    size_t pl = sizeof prefix - 1;
    if (!filename || strncmp(filename, prefix, pl) != 0)
        return NULL;
    const char *name = filename + pl;
    const char *close = strchr(name, '>');
    if (!close || close == name || close[1] != '\0')
        return NULL;
    return gp_embedded_find(name, (size_t)(close - name));
}

/* The entry named by a loader method's argument; NULL with ImportError
 * (CPython's message for a name that is not frozen). */
static const GpEmbeddedModule *importer_entry(GpObject *fullname)
{
    if (!GP_STR_CHECK(fullname)) {
        gp_err_format(&GpExc_TypeError, "expected str, not %T", fullname);
        return NULL;
    }
    const GpEmbeddedModule *e = gp_embedded_find(GP_STR_DATA(fullname), (size_t)GP_STR_NBYTES(fullname));
    if (!e) {
        gp_err_format(&GpExc_ImportError, "%R is not a frozen module", fullname);
        GpObject *exc = gp_err_occurred();
        if (exc && GP_TYPE_CHECK(exc, &GpExc_ImportError))
            GP_SETREF(((GpImportError *)exc)->name, gp_newref(fullname));
    }
    return e;
}

static GpObject *importer_get_source(GpObject *cls, GpObject *fullname)
{
    const GpEmbeddedModule *e = importer_entry(fullname);
    return e ? gp_str_from_utf8(e->source, (gp_ssize)e->length) : NULL;
}

static GpObject *importer_is_package(GpObject *cls, GpObject *fullname)
{
    const GpEmbeddedModule *e = importer_entry(fullname);
    return e ? gp_bool(e->is_package) : NULL;
}

static GpObject *importer_get_code(GpObject *cls, GpObject *fullname)
{
    const GpEmbeddedModule *e = importer_entry(fullname);
    if (!e)
        return NULL;
    GpObject *fn = gp_str_from_format("<frozen %U>", fullname);
    if (!fn)
        return NULL;
    GpObject *code = gp_compile_source(e->source, (gp_ssize)e->length, fn, "exec", 0, 0);
    GP_DECREF(fn);
    return code;
}

static const GpMethodDef importer_methods[] = {
    { "get_source", (void *)importer_get_source, GP_METH_O | GP_METH_CLASS,
      "Return the source code of the embedded module." },
    { "is_package", (void *)importer_is_package, GP_METH_O | GP_METH_CLASS,
      "Return True if the embedded module is a package." },
    { "get_code", (void *)importer_get_code, GP_METH_O | GP_METH_CLASS,
      "Return the code object of the embedded module." },
    { NULL },
};

GpType GpFrozenImporter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_frozen_importlib.FrozenImporter",
    .doc = "Meta path import for frozen modules.",
    .basicsize = sizeof(GpObject),
    .methods = importer_methods,
};

static GpObject *load_embedded(GpObject *name, const GpEmbeddedModule *e)
{
    GpObject *m = gp_module_new_obj(name);
    if (!m)
        return NULL;
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *fn = gp_str_from_format("<frozen %U>", name);
    if (!fn || gp_type_ready(&GpFrozenImporter_Type) < 0)
        goto fail;
    gp_dict_setitem_str(d, "__loader__", (GpObject *)&GpFrozenImporter_Type);
    if (e->is_package) {
        GpObject *path = gp_list_new(0);
        if (!path)
            goto fail;
        gp_dict_setitem_str(d, "__path__", path);
        GP_DECREF(path);
        gp_dict_setitem_str(d, "__package__", name);
    } else {
        const char *s = GP_STR_DATA(name);
        const char *dot = strrchr(s, '.');
        GpObject *pkg = dot ? gp_str_from_utf8(s, dot - s) : gp_str_empty();
        gp_dict_setitem_str(d, "__package__", pkg);
        GP_XDECREF(pkg);
    }
    set_spec(m, name, "frozen", 0);
    if (gp_dict_setitem(gp_interp()->modules, name, m) < 0)
        goto fail;
    if (exec_source_in(m, e->source, (gp_ssize)e->length, fn) < 0) {
        remove_module(name);
        goto fail;
    }
    GP_DECREF(fn);
    return final_module(name, m);
fail:
    GP_XDECREF(fn);
    GP_DECREF(m);
    return NULL;
}

static GpObject *load_file(GpObject *name, const char *file, const char *pkgdir)
{
    GpObject *m = gp_module_new_obj(name);
    if (!m)
        return NULL;
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *fileobj = str_of(file);
    char *src = NULL;
    if (!fileobj)
        goto fail;
    gp_dict_setitem_str(d, "__file__", fileobj);
    {
        GpObject *loader = str_of("source");
        if (loader)
            gp_dict_setitem_str(d, "__loader__", loader);
        GP_XDECREF(loader);
    }
    if (pkgdir) {
        GpObject *dir = str_of(pkgdir);
        GpObject *path = dir ? gp_list_new(0) : NULL;
        if (!path) {
            GP_XDECREF(dir);
            goto fail;
        }
        gp_list_append(path, dir);
        GP_DECREF(dir);
        gp_dict_setitem_str(d, "__path__", path);
        GP_DECREF(path);
        gp_dict_setitem_str(d, "__package__", name);
    } else {
        const char *s = GP_STR_DATA(name);
        const char *dot = strrchr(s, '.');
        GpObject *pkg = dot ? gp_str_from_utf8(s, dot - s) : gp_str_empty();
        gp_dict_setitem_str(d, "__package__", pkg);
        GP_XDECREF(pkg);
    }
    gp_ssize len;
    src = read_file(file, &len, fileobj);
    if (!src)
        goto fail;
    set_spec(m, name, file, 1);
    if (gp_dict_setitem(gp_interp()->modules, name, m) < 0)
        goto fail;
    if (exec_source_in(m, src, len, fileobj) < 0) {
        remove_module(name);
        goto fail;
    }
    free(src);
    GP_DECREF(fileobj);
    return final_module(name, m);
fail:
    free(src);
    GP_XDECREF(fileobj);
    GP_DECREF(m);
    return NULL;
}

/* Search a list of directories for `last` (the last name component). */
static GpObject *find_in_path(GpObject *fullname, const char *last, GpObject *pathlist, int *found)
{
    *found = 0;
    if (!pathlist || !GP_LIST_CHECK(pathlist))
        return NULL;
    char buf[4096];
    for (gp_ssize i = 0; i < GP_SIZE(pathlist); i++) {
        GpObject *dir = GP_LIST_GET(pathlist, i);
        if (!GP_STR_CHECK(dir))
            continue;
        const char *ds = GP_STR_DATA(dir);
        const char *sep = ds[0] ? "/" : "";
        snprintf(buf, sizeof buf, "%s%s%s", ds[0] ? ds : "", sep, last);
        if (is_dir(buf)) {
            char init[4200];
            snprintf(init, sizeof init, "%s/__init__.py", buf);
            if (is_file(init)) {
                *found = 1;
                return load_file(fullname, init, buf);
            }
        }
        snprintf(buf, sizeof buf, "%s%s%s.py", ds[0] ? ds : "", sep, last);
        if (is_file(buf)) {
            *found = 1;
            return load_file(fullname, buf, NULL);
        }
    }
    return NULL;
}

static GpObject *not_found(GpObject *name)
{
    GpObject *msg = gp_str_from_format("No module named %R", name);
    if (!msg)
        return NULL;
    GpObject *exc = gp_exc_new(&GpExc_ModuleNotFoundError, &msg, 1);
    GP_DECREF(msg);
    if (!exc)
        return NULL;
    GpImportError *ie = (GpImportError *)exc;
    GP_SETREF(ie->name, gp_newref(name));
    gp_err_raise(exc);
    return NULL;
}

/* Import one fully qualified module whose parent (if any) is imported. */
/* ---- one import at a time per module ------------------------------------
 *
 * A module is in sys.modules while its code still runs (circular imports
 * need that). Another thread must not take such a half-initialised module:
 * `import selectors` from two threads would hand the second one a module
 * without its classes yet. As CPython's per-module import locks do, a
 * thread that finds a module being initialised by another thread waits
 * until that thread is done with it (and then starts over: the import may
 * have failed). A thread never waits for a module it is importing itself
 * (a circular import gets the partial module, as always), nor for one whose
 * importer is waiting for a module this thread is importing (a cross-thread
 * cycle: CPython's _DeadlockError case, resolved the same way -- by
 * returning the partial module). */
static GpObject *importing;   /* name -> importing thread state (as int), GIL-protected */
static GpObject *waiting;     /* thread state (as int) -> name it waits for */

static GpObject *tstate_key(GpThreadState *ts)
{
    return gp_int_from_ssize((gp_ssize)(uintptr_t)ts);
}

/* Is `owner` (transitively) waiting for a module that `me` is importing? */
static int would_deadlock(GpObject *owner, GpObject *me)
{
    for (int depth = 0; owner && depth < 64; depth++) {
        if (gp_richcompare_bool(owner, me, GP_EQ) == 1)
            return 1;
        GpObject *name = waiting ? gp_dict_getitem_err(waiting, owner) : NULL;
        if (!name)
            return 0;
        owner = importing ? gp_dict_getitem_err(importing, name) : NULL;
    }
    return 0;
}

static void import_yield(void)
{
    if (gp_sched_on) {
        gp_sched_sleep(gp_tstate(), 100000);   /* a deterministic yield */
        return;
    }
    GP_BEGIN_ALLOW_THREADS
    struct timespec t = { 0, 200000 };
    nanosleep(&t, NULL);
    GP_END_ALLOW_THREADS
}

/* Wait while another thread initialises `name`. 0, or -1 with an error. */
static int wait_for_other_importer(GpObject *name)
{
    if (!importing)
        return 0;
    GpObject *me = tstate_key(gp_tstate());
    if (!me)
        return -1;
    int registered = 0;
    for (;;) {
        GpObject *owner = gp_dict_getitem_err(importing, name);
        if (!owner || would_deadlock(owner, me))
            break;
        if (!registered) {
            if (!waiting && !(waiting = gp_dict_new()))
                break;
            if (gp_dict_setitem(waiting, me, name) < 0)
                break;
            registered = 1;
        }
        import_yield();
    }
    if (registered && gp_dict_delitem(waiting, me) < 0)
        gp_err_clear();
    GP_DECREF(me);
    return gp_err_occurred() ? -1 : 0;
}

static GpObject *import_one_unlocked(GpObject *fullname, GpObject *parent);

static GpObject *import_one(GpObject *fullname, GpObject *parent)
{
    if (wait_for_other_importer(fullname) < 0)
        return NULL;
    GpInterp *in = gp_interp();
    GpObject *m = gp_dict_getitem_err(in->modules, fullname);
    if (m || gp_err_occurred())
        return import_one_unlocked(fullname, parent);
    /* not imported yet: this thread does it */
    if (!importing && !(importing = gp_dict_new()))
        return NULL;
    GpObject *me = tstate_key(gp_tstate());
    if (!me || gp_dict_setitem(importing, fullname, me) < 0) {
        GP_XDECREF(me);
        return NULL;
    }
    GP_DECREF(me);
    m = import_one_unlocked(fullname, parent);
    GpObject *saved = gp_err_fetch();
    if (gp_dict_delitem(importing, fullname) < 0)
        gp_err_clear();
    gp_err_restore(saved);
    return m;
}

static GpObject *import_one_unlocked(GpObject *fullname, GpObject *parent)
{
    GpInterp *in = gp_interp();
    GpObject *m = gp_dict_getitem_err(in->modules, fullname);
    if (m) {
        if (m == gp_None) {
            GpObject *msg = gp_str_from_format("import of %U halted; None in sys.modules", fullname);
            GpObject *exc = msg ? gp_exc_new(&GpExc_ModuleNotFoundError, &msg, 1) : NULL;
            GP_XDECREF(msg);
            if (exc) {
                GP_SETREF(((GpImportError *)exc)->name, gp_newref(fullname));
                gp_err_raise(exc);
            }
            return NULL;
        }
        return gp_newref(m);
    }
    if (gp_err_occurred())
        return NULL;
    const char *full = GP_STR_DATA(fullname);
    const char *dot = strrchr(full, '.');
    const char *last = dot ? dot + 1 : full;
    if (!parent) {
        for (const GpBuiltinModule *b = gp_builtin_modules; b->name; b++)
            if (b->init && strcmp(b->name, full) == 0)
                return load_builtin(fullname, b);
    }
    const GpEmbeddedModule *e = gp_embedded_find(full, strlen(full));
    if (e)
        return load_embedded(fullname, e);
    GpObject *pathlist;
    int found;
    if (parent) {
        GpObject *pp = NULL;
        if (gp_getattr_opt(parent, gp_str_intern_cstr("__path__"), &pp) < 0)
            return NULL;
        if (!pp) {
            GpObject *pn = gp_str_from_utf8(full, dot - full);
            gp_err_format(&GpExc_ModuleNotFoundError, "No module named %R; %R is not a package",
                          fullname, pn);
            GP_XDECREF(pn);
            GpObject *exc = gp_err_occurred();
            if (exc && GP_TYPE_CHECK(exc, &GpExc_ImportError))
                GP_SETREF(((GpImportError *)exc)->name, gp_newref(fullname));
            return NULL;
        }
        m = find_in_path(fullname, last, pp, &found);
        GP_DECREF(pp);
    } else {
        pathlist = gp_dict_getitem_str(in->sysdict, "path");
        m = find_in_path(fullname, last, pathlist, &found);
    }
    if (m || found)
        return m;
    return not_found(fullname);
}

/* Resolve a relative import against the importing module's globals. */
static GpObject *resolve_name(GpObject *name, GpObject *globals, int level)
{
    GpObject *package = globals ? gp_dict_getitem_str(globals, "__package__") : NULL;
    GpObject *base = NULL;
    if (package && package != gp_None) {
        if (!GP_STR_CHECK(package)) {
            gp_err_set_string(&GpExc_TypeError, "package must be a string");
            return NULL;
        }
        base = gp_newref(package);
    } else {
        GpObject *mn = globals ? gp_dict_getitem_str(globals, "__name__") : NULL;
        if (!mn || !GP_STR_CHECK(mn)) {
            gp_err_set_string(&GpExc_ImportError, "attempted relative import with no known parent package");
            return NULL;
        }
        if (gp_dict_getitem_str(globals, "__path__")) {
            base = gp_newref(mn);
        } else {
            const char *s = GP_STR_DATA(mn);
            const char *dot = strrchr(s, '.');
            base = dot ? gp_str_from_utf8(s, dot - s) : gp_str_empty();
        }
    }
    if (!base)
        return NULL;
    if (GP_STR_NBYTES(base) == 0) {
        GP_DECREF(base);
        gp_err_set_string(&GpExc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    const char *s = GP_STR_DATA(base);
    gp_ssize end = GP_STR_NBYTES(base);
    for (int i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.')
            end--;
        if (end == 0) {
            GP_DECREF(base);
            gp_err_set_string(&GpExc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        end--;
    }
    GpObject *r;
    if (name && GP_STR_NBYTES(name) > 0)
    {
        GpObject *prefix = gp_str_from_utf8(s, end);
        r = prefix ? gp_str_from_format("%U.%U", prefix, name) : NULL;
        GP_XDECREF(prefix);
    }
    else
        r = gp_str_from_utf8(s, end);
    GP_DECREF(base);
    return r;
}

/* Import every component of a dotted absolute name; returns the leaf. */
static GpObject *import_dotted(GpObject *absname)
{
    /* the fast path: already imported, and not being initialised by
     * another thread right now */
    GpObject *m = gp_dict_getitem_err(gp_interp()->modules, absname);
    if (m && m != gp_None && (!importing || GP_DICT_LEN(importing) == 0))
        return gp_newref(m);
    if (m && m != gp_None) {
        if (wait_for_other_importer(absname) < 0)
            return NULL;
        m = gp_dict_getitem_err(gp_interp()->modules, absname);
        if (m && m != gp_None)
            return gp_newref(m);
    }
    if (gp_err_occurred())
        return NULL;
    const char *s = GP_STR_DATA(absname);
    gp_ssize n = GP_STR_NBYTES(absname);
    GpObject *parent = NULL;
    gp_ssize start = 0;
    for (;;) {
        gp_ssize end = start;
        while (end < n && s[end] != '.')
            end++;
        GpObject *part = gp_str_from_utf8(s, end);
        if (!part) {
            GP_XDECREF(parent);
            return NULL;
        }
        GpObject *mod = import_one(part, parent);
        if (mod && parent) {
            /* bind the submodule as an attribute of its parent */
            GpObject *lastname = gp_str_from_utf8(s + start, end - start);
            if (!lastname || gp_setattr(parent, lastname, mod) < 0)
                gp_err_clear();
            GP_XDECREF(lastname);
        }
        GP_DECREF(part);
        GP_XDECREF(parent);
        if (!mod)
            return NULL;
        parent = mod;
        if (end >= n)
            return parent;
        start = end + 1;
    }
}

GpObject *gp_import_module_level(GpObject *name, GpObject *globals, GpObject *fromlist, int level)
{
    if (!GP_STR_CHECK(name)) {
        gp_err_set_string(&GpExc_TypeError, "module name must be str, not %T");
        return NULL;
    }
    if (level < 0) {
        gp_err_set_string(&GpExc_ValueError, "level must be >= 0");
        return NULL;
    }
    GpObject *absname;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (!absname)
            return NULL;
    } else {
        if (GP_STR_NBYTES(name) == 0) {
            gp_err_set_string(&GpExc_ValueError, "Empty module name");
            return NULL;
        }
        absname = gp_newref(name);
    }
    GpObject *leaf = import_dotted(absname);
    if (!leaf) {
        GP_DECREF(absname);
        return NULL;
    }
    int has_from = fromlist && fromlist != gp_None && gp_is_true(fromlist) > 0;
    if (!has_from) {
        GP_DECREF(absname);
        if (level == 0 && strchr(GP_STR_DATA(name), '.')) {
            /* `import a.b.c` binds the top-level package a */
            const char *s = GP_STR_DATA(name);
            GpObject *top = gp_str_from_utf8(s, strchr(s, '.') - s);
            GpObject *tm = top ? gp_dict_getitem_err(gp_interp()->modules, top) : NULL;
            GP_XDECREF(top);
            GP_DECREF(leaf);
            if (!tm) {
                if (!gp_err_occurred())
                    gp_err_set_string(&GpExc_KeyError, "top-level package missing");
                return NULL;
            }
            return gp_newref(tm);
        }
        if (level > 0 && GP_STR_NBYTES(name) == 0) {
            return leaf;
        }
        if (level > 0) {
            /* `from . import x` goes through the fromlist path; a plain
             * relative import returns the package root of the name */
            return leaf;
        }
        return leaf;
    }
    /* from pkg import sub: import submodules named in the fromlist */
    GpObject *path = NULL;
    if (gp_getattr_opt(leaf, gp_str_intern_cstr("__path__"), &path) > 0) {
        GP_DECREF(path);
        GpObject *it = gp_iter(fromlist);
        GpObject *item;
        while (it && (item = gp_iter_next(it))) {
            if (GP_STR_CHECK(item) && gp_str_eq_cstr(item, "*")) {
                GpObject *all = NULL;
                if (gp_getattr_opt(leaf, gp_str_intern_cstr("__all__"), &all) > 0) {
                    GpObject *ai = gp_iter(all);
                    GpObject *sub;
                    while (ai && (sub = gp_iter_next(ai))) {
                        if (GP_STR_CHECK(sub) && gp_hasattr(leaf, sub) == 0) {
                            GpObject *full = gp_str_from_format("%U.%U", absname, sub);
                            GpObject *sm = full ? import_dotted(full) : NULL;
                            GP_XDECREF(full);
                            GP_XDECREF(sm);
                            if (!sm)
                                gp_err_clear();
                        }
                        GP_DECREF(sub);
                    }
                    GP_XDECREF(ai);
                    GP_DECREF(all);
                }
                gp_err_clear();
            } else if (GP_STR_CHECK(item) && gp_hasattr(leaf, item) == 0) {
                GpObject *full = gp_str_from_format("%U.%U", absname, item);
                GpObject *sm = full ? import_dotted(full) : NULL;
                GP_XDECREF(full);
                if (!sm) {
                    /* only a missing submodule of that exact name is ignored */
                    GpObject *e = gp_err_occurred();
                    if (e && GP_TYPE_CHECK(e, &GpExc_ModuleNotFoundError))
                        gp_err_clear();
                    else {
                        GP_DECREF(item);
                        GP_DECREF(it);
                        GP_DECREF(leaf);
                        GP_DECREF(absname);
                        return NULL;
                    }
                }
                GP_XDECREF(sm);
            }
            GP_DECREF(item);
        }
        GP_XDECREF(it);
        if (gp_err_occurred()) {
            GP_DECREF(leaf);
            GP_DECREF(absname);
            return NULL;
        }
    } else {
        gp_err_clear();
    }
    GP_DECREF(absname);
    return leaf;
}

GpObject *gp_import(const char *name)
{
    GpObject *n = gp_str_from_cstr(name);
    if (!n)
        return NULL;
    GpObject *r = import_dotted(n);
    GP_DECREF(n);
    return r;
}

GpObject *gp_import_add_module(const char *name)
{
    GpObject *m = gp_dict_getitem_str(gp_interp()->modules, name);
    if (m)
        return gp_newref(m);
    m = gp_module_new(name);
    if (!m)
        return NULL;
    if (gp_dict_setitem_str(gp_interp()->modules, name, m) < 0) {
        GP_DECREF(m);
        return NULL;
    }
    return m;
}

/* builtins.__import__ */
GpObject *gp_builtin_import(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    GpObject *a[5];
    if (gp_args_parse("__import__", args, nargs, kwnames, kwlist, 1, 5, a) < 0)
        return NULL;
    int64_t level = 0;
    if (a[4] && gp_int_as_i64(a[4], &level) < 0)
        return NULL;
    GpObject *globals = a[1] && GP_DICT_CHECK(a[1]) ? a[1] : NULL;
    return gp_import_module_level(a[0], globals, a[3], (int)level);
}

/* ---- running __main__ ----------------------------------------------------- */

static int run_main_path(const char *path);

static GpObject *main_module(const char *file)
{
    GpObject *m = gp_import_add_module("__main__");
    if (!m)
        return NULL;
    GpObject *d = GP_MODULE_DICT(m);
    gp_dict_setitem_str(d, "__builtins__", gp_interp()->builtins_module);
    if (file) {
        GpObject *f = str_of(file);
        if (f) {
            gp_dict_setitem_str(d, "__file__", f);
            GP_DECREF(f);
        }
    }
    return m;
}

int gp_run_main_file(const char *given)
{
    /* As CPython 3.9+: the script's __file__ and code filename are made
     * absolute by prefixing the working directory (no normalisation). */
    char *abs = NULL;
    const char *path = given;
    if (given[0] != '/') {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd)) {
            size_t n = strlen(cwd) + strlen(given) + 2;
            abs = malloc(n);
            if (abs) {
                snprintf(abs, n, "%s/%s", cwd, given);
                path = abs;
            }
        }
    }
    int r = run_main_path(path);
    free(abs);
    return r;
}

static int run_main_path(const char *path)
{
    GpObject *m = main_module(path);
    if (!m)
        return -1;
    GpObject *pathobj = str_of(path);
    gp_ssize len;
    char *src = pathobj ? read_file(path, &len, pathobj) : NULL;
    if (!src) {
        GP_XDECREF(pathobj);
        GP_DECREF(m);
        return -1;
    }
    /* the main script is CPython's file input (see GP_COMPILE_FLAG_FILE_INPUT) */
    int r = exec_source_in_flags(m, src, len, pathobj, GP_COMPILE_FLAG_FILE_INPUT);
    free(src);
    GP_DECREF(pathobj);
    GP_DECREF(m);
    return r;
}

int gp_run_string(const char *src, const char *filename, int mode_single)
{
    GpObject *m = main_module(NULL);
    if (!m)
        return -1;
    GpObject *fn = str_of(filename);
    GpObject *code = fn ? gp_compile_source(src, (gp_ssize)strlen(src), fn,
                                            mode_single ? "single" : "exec", 0, 0)
                        : NULL;
    GP_XDECREF(fn);
    if (!code) {
        GP_DECREF(m);
        return -1;
    }
    GpObject *r = gp_eval_code(code, GP_MODULE_DICT(m), GP_MODULE_DICT(m));
    GP_DECREF(code);
    GP_DECREF(m);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}
