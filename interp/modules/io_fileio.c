/* io_fileio.c -- _io.FileIO: raw, unbuffered I/O on a file descriptor.
 *
 * One method call is one system call (read, write, lseek, ftruncate). The
 * buffered layer (io_buffered.c) calls the C functions below directly when
 * its raw file is an exact FileIO, skipping method dispatch.
 */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "iomodule.h"
#include "concurrency/gil.h"
#include "objects/typeobject.h"

#define FIO(o) ((GpFileIO *)(o))

static GpObject *fio_closed_error(void)
{
    gp_err_set_string(&GpExc_ValueError, "I/O operation on closed file");
    return NULL;
}

/* Raise for a failed system call: an exception may already be set by a
 * signal handler run during an EINTR retry. */
static GpObject *fio_oserror(void)
{
    if (gp_err_occurred())
        return NULL;
    return gp_err_from_errno(&GpExc_OSError);
}

gp_ssize gp_fileio_read_into(GpFileIO *f, char *buf, gp_ssize n)
{
    gp_ssize r = gp_io_sys_read(f->fd, buf, n);
    if (r < 0) {
        if (!gp_err_occurred() && (errno == EAGAIN || errno == EWOULDBLOCK))
            return -2;
        fio_oserror();
        return -1;
    }
    return r;
}

gp_ssize gp_fileio_write_from(GpFileIO *f, const char *buf, gp_ssize n)
{
    gp_ssize r = gp_io_sys_write(f->fd, buf, n);
    if (r < 0) {
        if (!gp_err_occurred() && (errno == EAGAIN || errno == EWOULDBLOCK))
            return -2;
        fio_oserror();
        return -1;
    }
    return r;
}

int64_t gp_fileio_seek(GpFileIO *f, int64_t off, int whence)
{
    off_t r = lseek(f->fd, (off_t)off, whence);
    if (r < 0) {
        fio_oserror();
        return -1;
    }
    return (int64_t)r;
}

/* ---- construction ------------------------------------------------------------ */

static int parse_raw_mode(GpObject *modeobj, const char *s, GpFileIO *f, int *flags)
{
    int rwa = 0, plus = 0;
    f->readable = f->writable = f->appending = f->created = 0;
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case 'x': case 'r': case 'w': case 'a':
            if (rwa)
                goto bad_rwa;
            rwa = 1;
            if (*p == 'x') { f->created = 1; f->writable = 1; *flags |= O_EXCL | O_CREAT; }
            else if (*p == 'r') f->readable = 1;
            else if (*p == 'w') { f->writable = 1; *flags |= O_CREAT | O_TRUNC; }
            else { f->writable = 1; f->appending = 1; *flags |= O_APPEND | O_CREAT; }
            break;
        case '+':
            if (plus)
                goto bad_rwa;
            f->readable = f->writable = 1;
            plus = 1;
            break;
        case 'b':
            break;
        default:
            gp_err_format(&GpExc_ValueError, "invalid mode: %s", s);
            return -1;
        }
    }
    if (!rwa)
        goto bad_rwa;
    if (f->readable && f->writable)
        *flags |= O_RDWR;
    else if (f->readable)
        *flags |= O_RDONLY;
    else
        *flags |= O_WRONLY;
    *flags |= O_CLOEXEC;
    return 0;
bad_rwa:
    gp_err_set_string(&GpExc_ValueError,
                      "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
}

/* file: int fd, str, bytes or os.PathLike. Returns 0 and fills *path (new
 * ref to str or bytes, or NULL for an fd) and *fd. */
static int file_arg(GpObject *file, GpObject **path, int *fd)
{
    *path = NULL;
    *fd = -1;
    if (GP_INT_CHECK(file)) {
        int64_t v;
        if (gp_int_as_i64(file, &v) < 0)
            return -1;
        if (v < 0) {
            gp_err_set_string(&GpExc_ValueError, "negative file descriptor");
            return -1;
        }
        if (v > 0x7fffffff) {
            gp_err_set_string(&GpExc_OverflowError, "fd is greater than maximum");
            return -1;
        }
        *fd = (int)v;
        return 0;
    }
    if (GP_STR_CHECK(file) || GP_BYTES_CHECK(file)) {
        *path = gp_newref(file);
        return 0;
    }
    GpObject *meth = gp_lookup_special(file, gp_str_intern_cstr("__fspath__"));
    if (!meth) {
        if (!gp_err_occurred())
            gp_err_format(&GpExc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
        return -1;
    }
    GpObject *p = gp_call0(meth);
    GP_DECREF(meth);
    if (!p)
        return -1;
    if (!GP_STR_CHECK(p) && !GP_BYTES_CHECK(p)) {
        gp_err_format(&GpExc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", file, p);
        GP_DECREF(p);
        return -1;
    }
    *path = p;
    return 0;
}

static int fio_setup(GpFileIO *f, GpObject *file, const char *mode, int closefd, GpObject *opener)
{
    if (f->fd >= 0) {
        if (f->closefd)
            close(f->fd);
        f->fd = -1;
    }
    int flags = 0;
    GpObject *path;
    int fd;
    if (file_arg(file, &path, &fd) < 0)
        return -1;
    if (parse_raw_mode(NULL, mode, f, &flags) < 0) {
        GP_XDECREF(path);
        return -1;
    }
    if (path && !closefd) {
        GP_DECREF(path);
        gp_err_set_string(&GpExc_ValueError, "Cannot use closefd=False with file name");
        return -1;
    }
    f->closefd = closefd ? 1 : 0;
    if (path) {
        if (opener) {
            GpObject *fl = gp_int_from_i64(flags);
            GpObject *r = fl ? gp_call2(opener, file, fl) : NULL;
            GP_XDECREF(fl);
            if (!r) {
                GP_DECREF(path);
                return -1;
            }
            int64_t v;
            if (!GP_INT_CHECK(r)) {
                gp_err_format(&GpExc_TypeError, "expected integer from opener");
                GP_DECREF(r);
                GP_DECREF(path);
                return -1;
            }
            int rc = gp_int_as_i64(r, &v);
            GP_DECREF(r);
            if (rc < 0) {
                GP_DECREF(path);
                return -1;
            }
            if (v < 0) {
                gp_err_format(&GpExc_ValueError, "opener returned %lld", (long long)v);
                GP_DECREF(path);
                return -1;
            }
            fd = (int)v;
        } else {
            const char *cpath = GP_STR_CHECK(path) ? GP_STR_DATA(path) : GP_BYTES_DATA(path);
            gp_ssize plen = GP_STR_CHECK(path) ? GP_STR_NBYTES(path) : GP_SIZE(path);
            if ((gp_ssize)strlen(cpath) != plen) {
                GP_DECREF(path);
                gp_err_set_string(&GpExc_ValueError, "embedded null byte");
                return -1;
            }
            for (;;) {
                GP_BEGIN_ALLOW_THREADS   /* a FIFO or a slow filesystem can block */
                fd = open(cpath, flags, 0666);
                GP_END_ALLOW_THREADS
                if (fd >= 0 || errno != EINTR)
                    break;
                if (gp_eval_handle_breaker(gp_tstate()) < 0) {
                    GP_DECREF(path);
                    return -1;
                }
            }
            if (fd < 0) {
                gp_err_from_errno_filename(&GpExc_OSError, file);
                GP_DECREF(path);
                return -1;
            }
        }
    }
    f->fd = fd;
    f->blksize = GP_IO_DEFAULT_BUFFER_SIZE;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        if (errno == EBADF) {
            gp_err_from_errno(&GpExc_OSError);
            f->fd = -1;
            GP_XDECREF(path);
            return -1;
        }
    } else {
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            gp_err_from_errno_filename(&GpExc_OSError, file);
            if (path)
                close(fd);
            f->fd = -1;
            GP_XDECREF(path);
            return -1;
        }
        if (st.st_blksize > 1)
            f->blksize = (int)st.st_blksize;
    }
    GP_XDECREF(path);
    f->seekable = -1;
    if (gp_setattr_str((GpObject *)f, "name", file) < 0)
        return -1;
    if (f->appending) {
        /* position at the end, as CPython does (tell() must agree) */
        (void)lseek(fd, 0, SEEK_END);
    }
    f->base.ioclosed = 0;
    return 0;
}

static GpObject *fio_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpFileIO *f = (GpFileIO *)gp_type_generic_alloc(t, 0);
    if (f) {
        f->fd = -1;
        f->seekable = -1;
    }
    return (GpObject *)f;
}

static int fio_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "file", "mode", "closefd", "opener", NULL };
    GpObject *a[4];
    if (gp_args_parse("FileIO", args, nargs, kwnames, kwlist, 1, 4, a) < 0)
        return -1;
    const char *mode = "r";
    if (a[1]) {
        if (!GP_STR_CHECK(a[1])) {
            gp_err_format(&GpExc_TypeError, "FileIO() argument 'mode' must be str, not %T", a[1]);
            return -1;
        }
        mode = GP_STR_DATA(a[1]);
    }
    int closefd = 1;
    if (a[2] && (closefd = gp_is_true(a[2])) < 0)
        return -1;
    return fio_setup(FIO(self), a[0], mode, closefd, a[3] && a[3] != gp_None ? a[3] : NULL);
}

GpObject *gp_fileio_open(GpObject *file, const char *mode, int closefd, GpObject *opener)
{
    GpObject *f = fio_new(&GpFileIO_Type, NULL, 0, NULL);
    if (!f)
        return NULL;
    if (fio_setup(FIO(f), file, mode, closefd, opener) < 0) {
        GP_DECREF(f);
        return NULL;
    }
    return f;
}

/* ---- methods ------------------------------------------------------------------ */

#define CHECK_OPEN(f) do { if ((f)->fd < 0) return fio_closed_error(); } while (0)

static GpObject *fio_readall(GpObject *self, GpObject *u)
{
    GpFileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (!f->readable)
        return gp_io_unsupported("File not open for reading");
    gp_ssize cap = GP_IO_DEFAULT_BUFFER_SIZE, len = 0;
    struct stat st;
    if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode)) {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos >= 0 && st.st_size >= pos)
            cap = (gp_ssize)(st.st_size - pos) + 1;
    }
    char *buf = malloc((size_t)cap);
    if (!buf)
        return gp_err_no_memory();
    for (;;) {
        if (len == cap) {
            gp_ssize ncap = cap + (cap >> 1) + GP_IO_DEFAULT_BUFFER_SIZE;
            char *nb = realloc(buf, (size_t)ncap);
            if (!nb) {
                free(buf);
                return gp_err_no_memory();
            }
            buf = nb;
            cap = ncap;
        }
        gp_ssize r = gp_fileio_read_into(f, buf + len, cap - len);
        if (r == -2) {
            if (len == 0) {
                free(buf);
                GP_RETURN_NONE;
            }
            break;
        }
        if (r < 0) {
            free(buf);
            return NULL;
        }
        if (r == 0)
            break;
        len += r;
    }
    GpObject *res = gp_bytes_from(buf, len);
    free(buf);
    return res;
}

static GpObject *fio_read(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpFileIO *f = FIO(self);
    gp_ssize n;
    if (gp_args_count("read", nargs, 0, 1) < 0 || gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &n) < 0)
        return NULL;
    CHECK_OPEN(f);
    if (!f->readable)
        return gp_io_unsupported("File not open for reading");
    if (n < 0)
        return fio_readall(self, NULL);
    GpObject *b = gp_bytes_from(NULL, n);
    if (!b)
        return NULL;
    gp_ssize r = gp_fileio_read_into(f, GP_BYTES_DATA(b), n);
    if (r < 0) {
        GP_DECREF(b);
        if (r == -2)
            GP_RETURN_NONE;
        return NULL;
    }
    if (r != n)
        return gp_bytes_resize(b, r);
    return b;
}

static GpObject *fio_readinto(GpObject *self, GpObject *buf)
{
    GpFileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (!f->readable)
        return gp_io_unsupported("File not open for reading");
    char *bufdata;
    gp_ssize buflen;
    if (gp_io_writable_buffer(buf, &bufdata, &buflen) < 0)
        return NULL;
    /* held while the read runs without the GIL (the check above gave the
     * caller's error message; this one cannot fail differently) */
    GpBuffer view;
    if (gp_object_get_buffer(buf, &view, GP_BUF_WRITABLE) < 0)
        return NULL;
    gp_ssize r = gp_fileio_read_into(f, view.buf, view.len);
    gp_buffer_release(&view);
    if (r == -2)
        GP_RETURN_NONE;
    if (r < 0)
        return NULL;
    return gp_int_from_ssize(r);
}

static GpObject *fio_write(GpObject *self, GpObject *data)
{
    GpFileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (!f->writable)
        return gp_io_unsupported("File not open for writing");
    GpBuffer view;   /* held while the write runs without the GIL */
    if (gp_object_get_buffer(data, &view, GP_BUF_SIMPLE) < 0)
        return NULL;
    gp_ssize r = gp_fileio_write_from(f, view.buf, view.len);
    gp_buffer_release(&view);
    if (r == -2)
        GP_RETURN_NONE;
    if (r < 0)
        return NULL;
    return gp_int_from_ssize(r);
}

static GpObject *fio_seek(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpFileIO *f = FIO(self);
    if (gp_args_count("seek", nargs, 1, 2) < 0)
        return NULL;
    CHECK_OPEN(f);
    if (GP_TYPE_CHECK(args[0], &GpFloat_Type) || !gp_index_check(args[0]))
        return gp_err_format(&GpExc_TypeError, "an integer is required");
    int64_t off;
    GpObject *idx = gp_number_index(args[0]);
    if (!idx)
        return NULL;
    int rc = gp_int_as_i64(idx, &off);
    GP_DECREF(idx);
    if (rc < 0)
        return NULL;
    gp_ssize whence = 0;
    if (nargs > 1 && gp_io_ssize_arg(args[1], 0, &whence) < 0)
        return NULL;
    int64_t r = gp_fileio_seek(f, off, (int)whence);
    if (r < 0)
        return NULL;
    return gp_int_from_i64(r);
}

static GpObject *fio_tell(GpObject *self, GpObject *u)
{
    GpFileIO *f = FIO(self);
    CHECK_OPEN(f);
    int64_t r = gp_fileio_seek(f, 0, SEEK_CUR);
    if (r < 0)
        return NULL;
    return gp_int_from_i64(r);
}

static GpObject *fio_truncate(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpFileIO *f = FIO(self);
    if (gp_args_count("truncate", nargs, 0, 1) < 0)
        return NULL;
    CHECK_OPEN(f);
    if (!f->writable)
        return gp_io_unsupported("File not open for writing");
    int64_t size;
    if (nargs == 0 || args[0] == gp_None) {
        size = gp_fileio_seek(f, 0, SEEK_CUR);
        if (size < 0)
            return NULL;
    } else {
        if (!GP_INT_CHECK(args[0]))
            return gp_err_format(&GpExc_TypeError, "an integer is required");
        if (gp_int_as_i64(args[0], &size) < 0)
            return NULL;
    }
    if (ftruncate(f->fd, (off_t)size) < 0)
        return fio_oserror();
    return gp_int_from_i64(size);
}

static GpObject *fio_close(GpObject *self, GpObject *u)
{
    GpFileIO *f = FIO(self);
    if (f->fd < 0) {
        f->base.ioclosed = 1;
        GP_RETURN_NONE;
    }
    int fd = f->fd;
    f->fd = -1;
    f->base.ioclosed = 1;
    if (f->closefd) {
        int r;
        GP_BEGIN_ALLOW_THREADS   /* close() may flush to a slow device */
        r = close(fd);
        GP_END_ALLOW_THREADS
        if (r < 0 && errno != EINTR)
            return fio_oserror();
    }
    GP_RETURN_NONE;
}

static GpObject *fio_seekable(GpObject *self, GpObject *u)
{
    GpFileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (f->seekable < 0)
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return gp_bool(f->seekable);
}

static GpObject *fio_readable(GpObject *self, GpObject *u)
{
    CHECK_OPEN(FIO(self));
    return gp_bool(FIO(self)->readable);
}

static GpObject *fio_writable(GpObject *self, GpObject *u)
{
    CHECK_OPEN(FIO(self));
    return gp_bool(FIO(self)->writable);
}

static GpObject *fio_fileno(GpObject *self, GpObject *u)
{
    CHECK_OPEN(FIO(self));
    return gp_int_from_i64(FIO(self)->fd);
}

static GpObject *fio_isatty(GpObject *self, GpObject *u)
{
    CHECK_OPEN(FIO(self));
    return gp_bool(isatty(FIO(self)->fd));
}

static const char *mode_string(GpFileIO *f)
{
    if (f->created)
        return f->readable ? "xb+" : "xb";
    if (f->appending)
        return f->readable ? "ab+" : "ab";
    if (f->readable)
        return f->writable ? "rb+" : "rb";
    return "wb";
}

static GpObject *fio_mode_get(GpObject *self, void *c) { return gp_str_from_cstr(mode_string(FIO(self))); }
static GpObject *fio_closed_get(GpObject *self, void *c) { return gp_bool(FIO(self)->fd < 0); }
static GpObject *fio_closefd_get(GpObject *self, void *c) { return gp_bool(FIO(self)->closefd); }
static GpObject *fio_blksize_get(GpObject *self, void *c) { return gp_int_from_i64(FIO(self)->blksize); }

static GpObject *fio_repr(GpObject *self)
{
    GpFileIO *f = FIO(self);
    const char *tn = gp_type_tpname(GP_TYPE(self));
    if (f->fd < 0)
        return gp_str_from_format("<%s [closed]>", tn);
    GpObject *name;
    if (gp_getattr_opt(self, gp_str_intern_cstr("name"), &name) < 0)
        return NULL;
    GpObject *r;
    if (name) {
        r = gp_str_from_format("<%s name=%R mode='%s' closefd=%s>", tn, name, mode_string(f),
                               f->closefd ? "True" : "False");
        GP_DECREF(name);
    } else {
        r = gp_str_from_format("<%s fd=%d mode='%s' closefd=%s>", tn, f->fd, mode_string(f),
                               f->closefd ? "True" : "False");
    }
    return r;
}

static void fio_finalize(GpObject *self)
{
    GpFileIO *f = FIO(self);
    if (f->fd >= 0 && f->closefd) {
        GpObject *saved = gp_err_fetch();
        GpObject *r = gp_call_method_str(self, "close", NULL, 0);
        GP_XDECREF(r);
        gp_err_clear();
        gp_err_restore(saved);
    }
}

static void fio_dealloc(GpObject *o)
{
    if (gp_call_finalizer_from_dealloc(o) < 0)
        return;
    gp_gc_untrack(o);
    GpFileIO *f = FIO(o);
    if (f->fd >= 0 && f->closefd)
        close(f->fd);
    gp_io_base_dealloc_common(o);
    gp_obj_free(o);
}

static int fio_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *d = ((GpIOBase *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int fio_clear(GpObject *o)
{
    GP_CLEAR(((GpIOBase *)o)->dict);
    return 0;
}

static GpObject *fio_getstate(GpObject *self, GpObject *u)
{
    return gp_err_format(&GpExc_TypeError, "cannot pickle '%s' object", gp_type_tpname(GP_TYPE(self)));
}

static const GpMethodDef fio_methods[] = {
    GP_METHOD("read", fio_read, GP_METH_FAST),
    GP_METHOD("readall", fio_readall, GP_METH_NOARGS),
    GP_METHOD("readinto", fio_readinto, GP_METH_O),
    GP_METHOD("write", fio_write, GP_METH_O),
    GP_METHOD("seek", fio_seek, GP_METH_FAST),
    GP_METHOD("tell", fio_tell, GP_METH_NOARGS),
    GP_METHOD("truncate", fio_truncate, GP_METH_FAST),
    GP_METHOD("close", fio_close, GP_METH_NOARGS),
    GP_METHOD("seekable", fio_seekable, GP_METH_NOARGS),
    GP_METHOD("readable", fio_readable, GP_METH_NOARGS),
    GP_METHOD("writable", fio_writable, GP_METH_NOARGS),
    GP_METHOD("fileno", fio_fileno, GP_METH_NOARGS),
    GP_METHOD("isatty", fio_isatty, GP_METH_NOARGS),
    GP_METHOD("__getstate__", fio_getstate, GP_METH_NOARGS),
    { NULL },
};

static const GpGetSetDef fio_getsets[] = {
    { "closed", fio_closed_get, NULL, "True if the file is closed", NULL },
    { "closefd", fio_closefd_get, NULL, "True if the file descriptor will be closed by close().", NULL },
    { "mode", fio_mode_get, NULL, "String giving the file mode", NULL },
    { "_blksize", fio_blksize_get, NULL, NULL, NULL },
    { NULL },
};

GpType GpFileIO_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_io.FileIO",
    .doc = "Open a file.",
    .basicsize = sizeof(GpFileIO),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .base = &GpRawIOBase_Type,
    .dealloc = fio_dealloc,
    .traverse = fio_traverse,
    .clear = fio_clear,
    .finalize = fio_finalize,
    .repr = fio_repr,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .methods = fio_methods,
    .getsets = fio_getsets,
    .new_ = fio_new,
    .init = fio_init,
    .dictoffset = offsetof(GpIOBase, dict),
    .weaklistoffset = offsetof(GpIOBase, weakreflist),
};
