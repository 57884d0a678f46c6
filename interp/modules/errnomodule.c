/* errnomodule.c -- errno: the symbolic error codes of the C library and
 * errorcode, the mapping from number back to name. Aliases (EWOULDBLOCK,
 * EDEADLK, EOPNOTSUPP) are entered first so that errorcode names a number
 * by its primary name, as CPython does. */
#include <errno.h>
#include "gilpy.h"

int gp_mod_errno_init(GpObject *module)
{
    GpObject *d = GP_MODULE_DICT(module);
    GpObject *codes = gp_dict_new();
    if (!codes)
        return -1;
#define X(NAME)                                                           \
    do {                                                                  \
        GpObject *num = gp_int_from_i64(NAME), *name = gp_str_from_cstr(#NAME); \
        int bad = !num || !name || gp_dict_setitem_str(d, #NAME, num) < 0 || \
                  gp_dict_setitem(codes, num, name) < 0;                  \
        GP_XDECREF(num);                                                  \
        GP_XDECREF(name);                                                 \
        if (bad) {                                                        \
            GP_DECREF(codes);                                             \
            return -1;                                                    \
        }                                                                 \
    } while (0);
#ifdef EWOULDBLOCK
    X(EWOULDBLOCK)
#endif
#ifdef EDEADLK
    X(EDEADLK)
#endif
#ifdef EOPNOTSUPP
    X(EOPNOTSUPP)
#endif
#ifdef E2BIG
    X(E2BIG)
#endif
#ifdef EACCES
    X(EACCES)
#endif
#ifdef EADDRINUSE
    X(EADDRINUSE)
#endif
#ifdef EADDRNOTAVAIL
    X(EADDRNOTAVAIL)
#endif
#ifdef EADV
    X(EADV)
#endif
#ifdef EAFNOSUPPORT
    X(EAFNOSUPPORT)
#endif
#ifdef EAGAIN
    X(EAGAIN)
#endif
#ifdef EALREADY
    X(EALREADY)
#endif
#ifdef EBADE
    X(EBADE)
#endif
#ifdef EBADF
    X(EBADF)
#endif
#ifdef EBADFD
    X(EBADFD)
#endif
#ifdef EBADMSG
    X(EBADMSG)
#endif
#ifdef EBADR
    X(EBADR)
#endif
#ifdef EBADRQC
    X(EBADRQC)
#endif
#ifdef EBADSLT
    X(EBADSLT)
#endif
#ifdef EBFONT
    X(EBFONT)
#endif
#ifdef EBUSY
    X(EBUSY)
#endif
#ifdef ECANCELED
    X(ECANCELED)
#endif
#ifdef ECHILD
    X(ECHILD)
#endif
#ifdef ECHRNG
    X(ECHRNG)
#endif
#ifdef ECOMM
    X(ECOMM)
#endif
#ifdef ECONNABORTED
    X(ECONNABORTED)
#endif
#ifdef ECONNREFUSED
    X(ECONNREFUSED)
#endif
#ifdef ECONNRESET
    X(ECONNRESET)
#endif
#ifdef EDEADLOCK
    X(EDEADLOCK)
#endif
#ifdef EDESTADDRREQ
    X(EDESTADDRREQ)
#endif
#ifdef EDOM
    X(EDOM)
#endif
#ifdef EDOTDOT
    X(EDOTDOT)
#endif
#ifdef EDQUOT
    X(EDQUOT)
#endif
#ifdef EEXIST
    X(EEXIST)
#endif
#ifdef EFAULT
    X(EFAULT)
#endif
#ifdef EFBIG
    X(EFBIG)
#endif
#ifdef EHOSTDOWN
    X(EHOSTDOWN)
#endif
#ifdef EHOSTUNREACH
    X(EHOSTUNREACH)
#endif
#ifdef EIDRM
    X(EIDRM)
#endif
#ifdef EILSEQ
    X(EILSEQ)
#endif
#ifdef EINPROGRESS
    X(EINPROGRESS)
#endif
#ifdef EINTR
    X(EINTR)
#endif
#ifdef EINVAL
    X(EINVAL)
#endif
#ifdef EIO
    X(EIO)
#endif
#ifdef EISCONN
    X(EISCONN)
#endif
#ifdef EISDIR
    X(EISDIR)
#endif
#ifdef EISNAM
    X(EISNAM)
#endif
#ifdef EKEYEXPIRED
    X(EKEYEXPIRED)
#endif
#ifdef EKEYREJECTED
    X(EKEYREJECTED)
#endif
#ifdef EKEYREVOKED
    X(EKEYREVOKED)
#endif
#ifdef EL2HLT
    X(EL2HLT)
#endif
#ifdef EL2NSYNC
    X(EL2NSYNC)
#endif
#ifdef EL3HLT
    X(EL3HLT)
#endif
#ifdef EL3RST
    X(EL3RST)
#endif
#ifdef ELIBACC
    X(ELIBACC)
#endif
#ifdef ELIBBAD
    X(ELIBBAD)
#endif
#ifdef ELIBEXEC
    X(ELIBEXEC)
#endif
#ifdef ELIBMAX
    X(ELIBMAX)
#endif
#ifdef ELIBSCN
    X(ELIBSCN)
#endif
#ifdef ELNRNG
    X(ELNRNG)
#endif
#ifdef ELOOP
    X(ELOOP)
#endif
#ifdef EMEDIUMTYPE
    X(EMEDIUMTYPE)
#endif
#ifdef EMFILE
    X(EMFILE)
#endif
#ifdef EMLINK
    X(EMLINK)
#endif
#ifdef EMSGSIZE
    X(EMSGSIZE)
#endif
#ifdef EMULTIHOP
    X(EMULTIHOP)
#endif
#ifdef ENAMETOOLONG
    X(ENAMETOOLONG)
#endif
#ifdef ENAVAIL
    X(ENAVAIL)
#endif
#ifdef ENETDOWN
    X(ENETDOWN)
#endif
#ifdef ENETRESET
    X(ENETRESET)
#endif
#ifdef ENETUNREACH
    X(ENETUNREACH)
#endif
#ifdef ENFILE
    X(ENFILE)
#endif
#ifdef ENOANO
    X(ENOANO)
#endif
#ifdef ENOBUFS
    X(ENOBUFS)
#endif
#ifdef ENOCSI
    X(ENOCSI)
#endif
#ifdef ENODATA
    X(ENODATA)
#endif
#ifdef ENODEV
    X(ENODEV)
#endif
#ifdef ENOENT
    X(ENOENT)
#endif
#ifdef ENOEXEC
    X(ENOEXEC)
#endif
#ifdef ENOKEY
    X(ENOKEY)
#endif
#ifdef ENOLCK
    X(ENOLCK)
#endif
#ifdef ENOLINK
    X(ENOLINK)
#endif
#ifdef ENOMEDIUM
    X(ENOMEDIUM)
#endif
#ifdef ENOMEM
    X(ENOMEM)
#endif
#ifdef ENOMSG
    X(ENOMSG)
#endif
#ifdef ENONET
    X(ENONET)
#endif
#ifdef ENOPKG
    X(ENOPKG)
#endif
#ifdef ENOPROTOOPT
    X(ENOPROTOOPT)
#endif
#ifdef ENOSPC
    X(ENOSPC)
#endif
#ifdef ENOSR
    X(ENOSR)
#endif
#ifdef ENOSTR
    X(ENOSTR)
#endif
#ifdef ENOSYS
    X(ENOSYS)
#endif
#ifdef ENOTBLK
    X(ENOTBLK)
#endif
#ifdef ENOTCONN
    X(ENOTCONN)
#endif
#ifdef ENOTDIR
    X(ENOTDIR)
#endif
#ifdef ENOTEMPTY
    X(ENOTEMPTY)
#endif
#ifdef ENOTNAM
    X(ENOTNAM)
#endif
#ifdef ENOTRECOVERABLE
    X(ENOTRECOVERABLE)
#endif
#ifdef ENOTSOCK
    X(ENOTSOCK)
#endif
#ifdef ENOTSUP
    X(ENOTSUP)
#endif
#ifdef ENOTTY
    X(ENOTTY)
#endif
#ifdef ENOTUNIQ
    X(ENOTUNIQ)
#endif
#ifdef ENXIO
    X(ENXIO)
#endif
#ifdef EOVERFLOW
    X(EOVERFLOW)
#endif
#ifdef EOWNERDEAD
    X(EOWNERDEAD)
#endif
#ifdef EPERM
    X(EPERM)
#endif
#ifdef EPFNOSUPPORT
    X(EPFNOSUPPORT)
#endif
#ifdef EPIPE
    X(EPIPE)
#endif
#ifdef EPROTO
    X(EPROTO)
#endif
#ifdef EPROTONOSUPPORT
    X(EPROTONOSUPPORT)
#endif
#ifdef EPROTOTYPE
    X(EPROTOTYPE)
#endif
#ifdef ERANGE
    X(ERANGE)
#endif
#ifdef EREMCHG
    X(EREMCHG)
#endif
#ifdef EREMOTE
    X(EREMOTE)
#endif
#ifdef EREMOTEIO
    X(EREMOTEIO)
#endif
#ifdef ERESTART
    X(ERESTART)
#endif
#ifdef ERFKILL
    X(ERFKILL)
#endif
#ifdef EROFS
    X(EROFS)
#endif
#ifdef ESHUTDOWN
    X(ESHUTDOWN)
#endif
#ifdef ESOCKTNOSUPPORT
    X(ESOCKTNOSUPPORT)
#endif
#ifdef ESPIPE
    X(ESPIPE)
#endif
#ifdef ESRCH
    X(ESRCH)
#endif
#ifdef ESRMNT
    X(ESRMNT)
#endif
#ifdef ESTALE
    X(ESTALE)
#endif
#ifdef ESTRPIPE
    X(ESTRPIPE)
#endif
#ifdef ETIME
    X(ETIME)
#endif
#ifdef ETIMEDOUT
    X(ETIMEDOUT)
#endif
#ifdef ETOOMANYREFS
    X(ETOOMANYREFS)
#endif
#ifdef ETXTBSY
    X(ETXTBSY)
#endif
#ifdef EUCLEAN
    X(EUCLEAN)
#endif
#ifdef EUNATCH
    X(EUNATCH)
#endif
#ifdef EUSERS
    X(EUSERS)
#endif
#ifdef EXDEV
    X(EXDEV)
#endif
#ifdef EXFULL
    X(EXFULL)
#endif
#undef X
    int r = gp_dict_setitem_str(d, "errorcode", codes);
    GP_DECREF(codes);
    return r;
}
