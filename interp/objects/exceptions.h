/* The built-in exception hierarchy (CPython 3.11's, same names and MRO). */
#ifndef GP_EXCEPTIONS_H
#define GP_EXCEPTIONS_H
#include "objects/object.h"

typedef struct GpBaseException {
    GpObject ob;
    GpObject *dict;
    GpObject *args;            /* tuple */
    GpObject *notes;           /* __notes__ list or NULL */
    GpObject *traceback;       /* traceback object or NULL */
    GpObject *context, *cause;
    char suppress_context;
} GpBaseException;

typedef struct GpStopIteration { GpBaseException base; GpObject *value; } GpStopIteration;
typedef struct GpSystemExit { GpBaseException base; GpObject *code; } GpSystemExit;
typedef struct GpImportError { GpBaseException base; GpObject *msg, *name, *path; } GpImportError;
typedef struct GpNameError { GpBaseException base; GpObject *name; } GpNameError;
typedef struct GpAttributeError { GpBaseException base; GpObject *obj, *name; } GpAttributeError;
typedef struct GpOSError {
    GpBaseException base;
    GpObject *myerrno, *strerror, *filename, *filename2;
    gp_ssize written;          /* BlockingIOError.characters_written, -1 if unset */
} GpOSError;
typedef struct GpSyntaxErrorObj {
    GpBaseException base;
    GpObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset, *print_file_and_line;
} GpSyntaxErrorObj;
typedef struct GpUnicodeError {
    GpBaseException base;
    GpObject *encoding, *object, *start, *end, *reason;
} GpUnicodeError;

typedef struct GpBaseExceptionGroup {
    GpBaseException base;
    GpObject *msg;             /* str */
    GpObject *excs;            /* non-empty tuple of exceptions */
} GpBaseExceptionGroup;

/* traceback objects */
typedef struct GpTraceback {
    GpObject ob;
    struct GpTraceback *next;
    GpObject *frame;           /* frame object */
    int lasti, lineno;
} GpTraceback;
extern GpType GpTraceback_Type;

#define GP_EXC_LIST(X) \
    X(BaseException) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) X(Exception) \
    X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) \
    X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError) \
    X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError) \
    X(MemoryError) X(NameError) X(UnboundLocalError) X(OSError) X(BlockingIOError) \
    X(ChildProcessError) X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError) \
    X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError) \
    X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError) X(PermissionError) \
    X(ProcessLookupError) X(TimeoutError) X(ReferenceError) X(RuntimeError) \
    X(NotImplementedError) X(RecursionError) X(SyntaxError) X(IndentationError) X(TabError) \
    X(SystemError) X(TypeError) X(ValueError) X(UnicodeError) X(UnicodeDecodeError) \
    X(UnicodeEncodeError) X(UnicodeTranslateError) X(Warning) X(DeprecationWarning) \
    X(PendingDeprecationWarning) X(RuntimeWarning) X(SyntaxWarning) X(UserWarning) \
    X(FutureWarning) X(ImportWarning) X(UnicodeWarning) X(BytesWarning) X(ResourceWarning) \
    X(EncodingWarning) X(BaseExceptionGroup) X(ExceptionGroup)

#define GP_EXC_DECLARE(name) extern GpType GpExc_##name;
GP_EXC_LIST(GP_EXC_DECLARE)
#undef GP_EXC_DECLARE

#define GP_EXC_CHECK(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_BASE_EXC_SUBCLASS)
#define GP_EXC_CLASS_CHECK(t) (GP_TYPE_CHECK_TYPE(t) && gp_type_has_flag((GpType *)(t), GP_TPFLAGS_BASE_EXC_SUBCLASS))

/* Instantiate an exception class with these positional args (increfs). */
GpObject *gp_exc_new(GpType *type, GpObject *const *args, gp_ssize nargs);
GpObject *gp_exc_get_traceback(GpObject *exc);   /* borrowed */
void gp_exc_set_traceback(GpObject *exc, GpObject *tb);
void gp_exc_set_context(GpObject *exc, GpObject *ctx);   /* steals ctx */
void gp_exc_set_cause(GpObject *exc, GpObject *cause);   /* steals cause; sets __suppress_context__ */
GpObject *gp_exc_get_context(GpObject *exc);     /* borrowed */
GpObject *gp_stopiteration_value(GpObject *exc); /* borrowed .value */
/* except*: split exc by the clause's type into (match, rest), None for
 * nothing; and combine what the clauses raised into what leaves the try. */
int gp_exc_group_match(GpObject *exc, GpObject *type, GpObject **match, GpObject **rest);
GpObject *gp_exc_prep_reraise_star(GpObject *orig, GpObject *excs);
/* Register the exception classes in the builtins dict. */
int gp_exceptions_init(GpObject *builtins_dict);
#endif
