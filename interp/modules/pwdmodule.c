/* pwdmodule.c -- the pwd and grp modules: the password and group
 * databases (getpwnam/getpwuid/getpwall, getgrnam/getgrgid/getgrall)
 * through the C library's reentrant lookups, as struct sequences.
 * tarfile and shutil.chown use them to map names and ids. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gilpy.h"
#include "objects/structseq.h"
#include "concurrency/gil.h"

static GpType *passwd_type, *group_type;

static const char *const passwd_fields[] = { "pw_name", "pw_passwd", "pw_uid", "pw_gid",
                                             "pw_gecos", "pw_dir", "pw_shell" };
static const char *const group_fields[] = { "gr_name", "gr_passwd", "gr_gid", "gr_mem" };

/* Text fields decode as the file system encoding does (UTF-8,
 * surrogateescape); a NULL field is an empty string. */
static GpObject *text(const char *s)
{
    return s ? gp_str_decode(s, (gp_ssize)strlen(s), "utf-8", "surrogateescape") : gp_str_from_cstr("");
}

static GpObject *make_passwd(const struct passwd *p)
{
    GpObject *items[7] = {
        text(p->pw_name), text(p->pw_passwd), gp_int_from_u64(p->pw_uid), gp_int_from_u64(p->pw_gid),
        text(p->pw_gecos), text(p->pw_dir), text(p->pw_shell),
    };
    GpObject *r = NULL;
    int ok = 1;
    for (int i = 0; i < 7; i++)
        ok &= items[i] != NULL;
    if (ok)
        r = gp_structseq_new(passwd_type, items, 7);
    for (int i = 0; i < 7; i++)
        GP_XDECREF(items[i]);
    return r;
}

static GpObject *make_group(const struct group *g)
{
    GpObject *mem = gp_list_new(0);
    for (char **m = g->gr_mem; mem && m && *m; m++) {
        GpObject *s = text(*m);
        if (!s || gp_list_append(mem, s) < 0)
            GP_CLEAR(mem);
        GP_XDECREF(s);
    }
    GpObject *items[4] = { text(g->gr_name), text(g->gr_passwd), gp_int_from_u64(g->gr_gid), mem };
    GpObject *r = items[0] && items[1] && items[2] && items[3] ? gp_structseq_new(group_type, items, 4) : NULL;
    for (int i = 0; i < 4; i++)
        GP_XDECREF(items[i]);
    return r;
}

/* An id argument: an int (CPython: "uid should be integer, not str"). */
static int id_arg(GpObject *o, const char *what, long long *out)
{
    if (!GP_INT_CHECK(o) && !gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "%s should be integer, not %T", what, o);
        return -1;
    }
    gp_ssize v = gp_number_as_ssize(o, &GpExc_OverflowError);
    if (v == -1 && gp_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* The lookup buffer: grown while the C library says ERANGE. */
static char *grow(char *buf, size_t *size)
{
    *size = *size ? *size * 2 : 1024;
    char *nb = realloc(buf, *size);
    if (!nb)
        free(buf);
    return nb;
}

static GpObject *name_not_found(const char *fn, const char *name)
{
    GpObject *n = gp_str_from_cstr(name);
    if (n) {
        gp_err_format(&GpExc_KeyError, "%s(): name not found: %R", fn, n);
        GP_DECREF(n);
    }
    return NULL;
}

static GpObject *pwd_lookup(const char *fn, const char *name, long long uid)
{
    struct passwd pw, *res = NULL;
    char *buf = NULL;
    size_t size = 0;
    int err;
    do {
        if (!(buf = grow(buf, &size)))
            return gp_err_no_memory();
        GP_BEGIN_ALLOW_THREADS
        err = name ? getpwnam_r(name, &pw, buf, size, &res) : getpwuid_r((uid_t)uid, &pw, buf, size, &res);
        GP_END_ALLOW_THREADS
    } while (err == ERANGE);
    GpObject *r;
    if (res)
        r = make_passwd(res);
    else if (name)
        r = name_not_found(fn, name);
    else
        r = gp_err_format(&GpExc_KeyError, "%s(): uid not found: %lld", fn, uid);
    free(buf);
    return r;
}

static GpObject *grp_lookup(const char *fn, const char *name, long long gid)
{
    struct group gr, *res = NULL;
    char *buf = NULL;
    size_t size = 0;
    int err;
    do {
        if (!(buf = grow(buf, &size)))
            return gp_err_no_memory();
        GP_BEGIN_ALLOW_THREADS
        err = name ? getgrnam_r(name, &gr, buf, size, &res) : getgrgid_r((gid_t)gid, &gr, buf, size, &res);
        GP_END_ALLOW_THREADS
    } while (err == ERANGE);
    GpObject *r;
    if (res)
        r = make_group(res);
    else if (name)
        r = name_not_found(fn, name);
    else
        r = gp_err_format(&GpExc_KeyError, "%s(): gid not found: %lld", fn, gid);
    free(buf);
    return r;
}

static GpObject *name_arg(const char *fn, GpObject *o)
{
    if (GP_STR_CHECK(o))
        return gp_newref(o);
    /* CPython's argument clinic wording: getpwnam() has a positional-only
     * argument, getgrnam() a named one; None is named as such */
    const char *which = strcmp(fn, "getgrnam") == 0 ? " 'name'" : "";
    if (o == gp_None)
        return gp_err_format(&GpExc_TypeError, "%s() argument%s must be str, not None", fn, which);
    return gp_err_format(&GpExc_TypeError, "%s() argument%s must be str, not %T", fn, which, o);
}

static GpObject *pwd_getpwnam(GpObject *m, GpObject *o)
{
    GpObject *n = name_arg("getpwnam", o);
    GpObject *r = n ? pwd_lookup("getpwnam", GP_STR_DATA(n), 0) : NULL;
    GP_XDECREF(n);
    return r;
}

static GpObject *pwd_getpwuid(GpObject *m, GpObject *o)
{
    long long uid;
    return id_arg(o, "uid", &uid) < 0 ? NULL : pwd_lookup("getpwuid", NULL, uid);
}

static GpObject *pwd_getpwall(GpObject *m, GpObject *u)
{
    GpObject *l = gp_list_new(0);
    if (!l)
        return NULL;
    setpwent();
    struct passwd *p;
    while ((p = getpwent())) {
        GpObject *e = make_passwd(p);
        if (!e || gp_list_append(l, e) < 0) {
            GP_XDECREF(e);
            GP_CLEAR(l);
            break;
        }
        GP_DECREF(e);
    }
    endpwent();
    return l;
}

static GpObject *grp_getgrnam(GpObject *m, GpObject *o)
{
    GpObject *n = name_arg("getgrnam", o);
    GpObject *r = n ? grp_lookup("getgrnam", GP_STR_DATA(n), 0) : NULL;
    GP_XDECREF(n);
    return r;
}

static GpObject *grp_getgrgid(GpObject *m, GpObject *o)
{
    long long gid;
    return id_arg(o, "gid", &gid) < 0 ? NULL : grp_lookup("getgrgid", NULL, gid);
}

static GpObject *grp_getgrall(GpObject *m, GpObject *u)
{
    GpObject *l = gp_list_new(0);
    if (!l)
        return NULL;
    setgrent();
    struct group *g;
    while ((g = getgrent())) {
        GpObject *e = make_group(g);
        if (!e || gp_list_append(l, e) < 0) {
            GP_XDECREF(e);
            GP_CLEAR(l);
            break;
        }
        GP_DECREF(e);
    }
    endgrent();
    return l;
}

static const GpMethodDef pwd_functions[] = {
    GP_METHOD("getpwnam", pwd_getpwnam, GP_METH_O),
    GP_METHOD("getpwuid", pwd_getpwuid, GP_METH_O),
    GP_METHOD("getpwall", pwd_getpwall, GP_METH_NOARGS),
    { NULL },
};

static const GpMethodDef grp_functions[] = {
    GP_METHOD("getgrnam", grp_getgrnam, GP_METH_O),
    GP_METHOD("getgrgid", grp_getgrgid, GP_METH_O),
    GP_METHOD("getgrall", grp_getgrall, GP_METH_NOARGS),
    { NULL },
};

static int init_module(GpObject *m, const char *modname, const GpMethodDef *fns, GpType **tp,
                       const char *tname, const char *const *fields, int n, const char *attr)
{
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *mn = gp_str_from_cstr(modname);
    int r = mn ? gp_add_functions(d, fns, mn) : -1;
    GP_XDECREF(mn);
    if (r < 0)
        return -1;
    if (!*tp && !(*tp = gp_structseq_new_type(tname, fields, n)))
        return -1;
    return gp_dict_setitem_str(d, attr, (GpObject *)*tp);
}

int gp_mod_pwd_init(GpObject *m)
{
    return init_module(m, "pwd", pwd_functions, &passwd_type, "pwd.struct_passwd", passwd_fields, 7,
                       "struct_passwd");
}

int gp_mod_grp_init(GpObject *m)
{
    return init_module(m, "grp", grp_functions, &group_type, "grp.struct_group", group_fields, 4,
                       "struct_group");
}
