/* main.c -- the gilpy command line and the interactive loop. */
#define _GNU_SOURCE
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gilpy.h"
#include "vm/runtime.h"
#include "mem/refstats.h"
#include "compile/parser.h"
#include <dlfcn.h>

#define GP_VERSION "3.11.7"

static const char usage[] =
    "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "-X opt : set implementation-specific option (stored in sys._xoptions)\n"
    "-B, -E, -s, -S, -q, -O : accepted for compatibility\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "gilpy -X options:\n"
    "-X preempt=instruction : a thread may be asked to drop the GIL at any\n"
    "         instruction boundary (default; CPython <= 3.9: `x += 1` races)\n"
    "-X preempt=backedge : only at loop back-edges and calls (CPython >= 3.10)\n"
    "-X switchinterval=SECONDS : initial GIL switch interval (default 0.005)\n"
    "-X gil-stats : print per-thread GIL statistics at exit\n"
    "-X gil-trace=FILE.json : write a Chrome trace-event timeline of the GIL\n"
    "-X sched=SEED : deterministic thread scheduling (replayable races)\n"
    "-X showrefcount : print the total reference count and live blocks at exit\n";

static const char short_usage[] =
    "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Try `gilpy -h' for more information.\n";

static int run_source_from_stdin(void)
{
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -1;
    size_t k;
    while ((k = fread(buf + n, 1, cap - n - 1, stdin)) > 0) {
        n += k;
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return -1;
            }
            buf = nb;
        }
    }
    buf[n] = '\0';
    int r = gp_run_string(buf, "<stdin>", 0);
    free(buf);
    return r;
}

/* Line editing and history come from libedit (BSD licensed), loaded with
 * dlopen when an interactive session on a terminal starts: scripts never
 * pay for it, and gilpy runs where it is not installed. */
static char *(*le_readline)(const char *);
static int (*le_add_history)(const char *);

static void load_line_editing(void)
{
    static int tried;
    if (tried)
        return;
    tried = 1;
    static const char *const names[] = { "libedit.so.2", "libedit.so", NULL };
    for (int i = 0; names[i]; i++) {
        void *h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (!h)
            continue;
        le_readline = (char *(*)(const char *))dlsym(h, "readline");
        le_add_history = (int (*)(const char *))dlsym(h, "add_history");
        if (le_readline)
            return;
        dlclose(h);
    }
    le_readline = NULL;
    le_add_history = NULL;
}

/* Read one line without its newline (NULL at EOF). prompts: 1 = write the
 * prompt to stderr (-i or a terminal), 2 = a terminal (line editing). */
static char *read_line(const char *prompt, int prompts)
{
    if (prompts == 2) {
        load_line_editing();
        if (le_readline) {
            char *l = le_readline(prompt);
            if (l && *l && le_add_history)
                le_add_history(l);
            return l;
        }
    }
    if (prompts) {
        fputs(prompt, stderr);
        fflush(stderr);
    }
    size_t cap = 256, n = 0;
    char *buf = malloc(cap);
    int c;
    while (buf && (c = getchar()) != EOF) {
        if (n + 2 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        if (c == '\n')
            break;
        buf[n++] = (char)c;
    }
    if (buf && n == 0 && c == EOF) {
        free(buf);
        return NULL;
    }
    if (buf)
        buf[n] = '\0';
    return buf;
}

/* The REPL: '>>> ' and '... ' prompts (written when `prompts`: a terminal or
 * -i), echo expression values, survive exceptions. Returns the exit status
 * (SystemExit ends it). */
static int repl(int prompts)
{
    int tty = isatty(0);
    if (tty)
        fprintf(stderr, "gilpy %s (Python %s compatible) on linux\n"
                        "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
                GP_VERSION, GP_VERSION);
    GpObject *sys = gp_interp()->sysdict;
    if (!gp_dict_getitem_str(sys, "ps1")) {
        GpObject *p1 = gp_str_from_cstr(">>> "), *p2 = gp_str_from_cstr("... ");
        if (p1 && p2) {
            gp_dict_setitem_str(sys, "ps1", p1);
            gp_dict_setitem_str(sys, "ps2", p2);
        }
        GP_XDECREF(p1);
        GP_XDECREF(p2);
        gp_err_clear();
    }
    for (;;) {
        GpObject *ps1 = gp_dict_getitem_str(sys, "ps1");
        const char *p1 = ps1 && GP_STR_CHECK(ps1) ? GP_STR_DATA(ps1) : ">>> ";
        char *line = read_line(p1, tty ? 2 : prompts);
        if (!line) {
            if (prompts)
                fputc('\n', stderr);
            return 0;
        }
        size_t cap = strlen(line) + 2, n = strlen(line);
        char *src = malloc(cap);
        memcpy(src, line, n);
        src[n++] = '\n';
        src[n] = '\0';
        free(line);
        while (gp_parse_is_incomplete(src, n, GP_PARSE_SINGLE)) {
            GpObject *ps2 = gp_dict_getitem_str(sys, "ps2");
            const char *p2 = ps2 && GP_STR_CHECK(ps2) ? GP_STR_DATA(ps2) : "... ";
            char *more = read_line(p2, tty ? 2 : prompts);
            if (!more)
                break;
            size_t m = strlen(more);
            src = realloc(src, n + m + 2);
            memcpy(src + n, more, m);
            n += m;
            src[n++] = '\n';
            src[n] = '\0';
            int blank = m == 0;
            free(more);
            if (blank)
                break;
        }
        int only_space = 1;
        for (size_t i = 0; i < n; i++)
            if (src[i] != ' ' && src[i] != '\t' && src[i] != '\n')
                only_space = 0;
        if (!only_space && gp_run_string(src, "<stdin>", 1) < 0) {
            if (gp_err_matches(&GpExc_SystemExit)) {
                free(src);
                return gp_handle_uncaught();
            }
            gp_err_print();
        }
        free(src);
        GpObject *out = gp_dict_getitem_str(sys, "stdout");
        if (out && out != gp_None) {
            GpObject *r = gp_call_method_str(out, "flush", NULL, 0);
            if (r)
                GP_DECREF(r);
            else
                gp_err_clear();
        }
    }
}

static char *dir_of(const char *path)
{
    char resolved[PATH_MAX];
    if (!realpath(path, resolved))
        snprintf(resolved, sizeof resolved, "%s", path);
    char *slash = strrchr(resolved, '/');
    if (slash == resolved)
        return strdup("/");
    if (slash)
        *slash = '\0';
    else
        return strdup("");
    return strdup(resolved);
}

int main(int argc, char **argv)
{
    GpConfig cfg = { 0 };
    cfg.preempt_instruction = 1;
    const char *command = NULL, *module = NULL, *script = NULL;
    int i = 1;
    char **xopts = calloc((size_t)argc + 1, sizeof(char *));
    char **wopts = calloc((size_t)argc + 1, sizeof(char *));
    /* leaving before the runtime starts: only xopts and wopts are allocated */
#define EXIT_ARGS(code) do { free(xopts); free(wopts); return (code); } while (0)
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Python %s\n", GP_VERSION);
            EXIT_ARGS(0);
        }
        if (strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            EXIT_ARGS(0);
        }
        if (a[1] == '-') {
            fprintf(stderr, "unknown option %s\n%s", a, short_usage);
            EXIT_ARGS(2);
        }
        /* bundled single-letter flags, e.g. -uB, -c CMD, -cCMD */
        int stop = 0;
        for (const char *p = a + 1; *p && !stop; p++) {
            switch (*p) {
            case 'c': case 'm': case 'X': case 'W': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    fprintf(stderr, "Argument expected for the -%c option\n%s", *p, short_usage);
                    EXIT_ARGS(2);
                }
                if (*p == 'c')
                    command = val;
                else if (*p == 'm')
                    module = val;
                else if (*p == 'W')
                    wopts[cfg.nwarnoptions++] = (char *)val;
                else
                    xopts[cfg.nxoptions++] = (char *)val;
                stop = 1;
                break;
            }
            case 'V': printf("Python %s\n", GP_VERSION); EXIT_ARGS(0);
            case 'h': case '?': fputs(usage, stdout); EXIT_ARGS(0);
            case 'u': cfg.unbuffered = 1; break;
            case 'i': cfg.inspect = 1; break;
            case 'v': cfg.verbose++; break;
            case 'O': cfg.optimize++; break;
            case 'B': case 'E': case 's': case 'S': case 'q': case 'b': case 'd': case 'I': case 'P':
                break;
            default:
                fprintf(stderr, "Unknown option: -%c\n%s", *p, short_usage);
                EXIT_ARGS(2);
            }
        }
        if (command || module)
            break;
    }
    if (command || module)
        i++;
    cfg.xoptions = xopts;
    cfg.warnoptions = wopts;
    for (int k = 0; k < cfg.nxoptions; k++) {
        if (strcmp(xopts[k], "preempt=backedge") == 0)
            cfg.preempt_instruction = 0;
        else if (strcmp(xopts[k], "preempt=instruction") == 0)
            cfg.preempt_instruction = 1;
        else if (strncmp(xopts[k], "preempt=", 8) == 0) {
            fprintf(stderr, "gilpy: -X preempt must be 'instruction' or 'backedge'\n");
            EXIT_ARGS(2);
        } else if (strncmp(xopts[k], "switchinterval=", 15) == 0)
            cfg.switch_interval = atof(xopts[k] + 15);
        else if (strcmp(xopts[k], "showrefcount") == 0)
            gp_mem_showrefcount = 1;     /* report: mem/refstats.c */
    }
#undef EXIT_ARGS
    char *path0 = NULL;
    /* sys.argv */
    char **sargv = calloc((size_t)argc + 2, sizeof(char *));
    int sargc = 0;
    if (command) {
        sargv[sargc++] = "-c";
        path0 = strdup("");
    } else if (module) {
        sargv[sargc++] = (char *)module;   /* replaced by runpy-like logic below */
        char cwd[PATH_MAX];
        path0 = strdup(getcwd(cwd, sizeof cwd) ? cwd : "");
    } else if (i < argc) {
        script = argv[i++];
        sargv[sargc++] = (char *)script;
        path0 = strcmp(script, "-") == 0 ? strdup("") : dir_of(script);
    } else {
        sargv[sargc++] = "";
        path0 = strdup("");
    }
    for (; i < argc; i++)
        sargv[sargc++] = argv[i];
    cfg.argc = sargc;
    cfg.argv = sargv;
    cfg.path0 = path0;
    char exe[PATH_MAX];
    ssize_t el = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[el > 0 ? el : 0] = '\0';
    cfg.executable = exe;
    if (cfg.unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }
    if (gp_runtime_init(&cfg) < 0) {
        free(sargv);
        free(xopts);
        free(wopts);
        free(path0);
        return 1;
    }
    gp_signals_install();

    int status = 0, r = 0;
    if (command) {
        r = gp_run_string(command, "<string>", 0);
    } else if (module) {
        /* -m: import runpy-like: run the module's code as __main__ */
        GpObject *runpy = gp_import("runpy");
        if (runpy) {
            GpObject *name = gp_str_from_cstr(module);
            GpObject *res = gp_call_method_str(runpy, "_run_module_as_main", &name, 1);
            GP_XDECREF(name);
            GP_XDECREF(res);
            GP_DECREF(runpy);
            r = res ? 0 : -1;
        } else {
            r = -1;
        }
    } else if (script && strcmp(script, "-") != 0) {
        r = gp_run_main_file(script);
        if (r < 0 && gp_err_matches(&GpExc_OSError) && !gp_err_matches(&GpExc_SystemExit)) {
            GpObject *e = gp_err_occurred();
            GpOSError *oe = (GpOSError *)e;
            size_t fl = oe->filename && GP_STR_CHECK(oe->filename) ? (size_t)GP_STR_NBYTES(oe->filename) : 0;
            size_t sl = strlen(script);
            if (fl >= sl && strcmp(GP_STR_DATA(oe->filename) + fl - sl, script) == 0) {
                GpObject *msg = oe->strerror ? gp_str(oe->strerror) : NULL;
                int64_t en = 0;
                if (oe->myerrno && GP_INT_CHECK(oe->myerrno))
                    gp_int_as_i64(oe->myerrno, &en);
                fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0],
                        GP_STR_DATA(oe->filename),
                        (int)en, msg ? GP_STR_DATA(msg) : "");
                GP_XDECREF(msg);
                gp_err_clear();
                free(sargv);
                free(xopts);
                free(path0);
                return 2;
            }
        }
    } else if (!script && (isatty(0) || cfg.inspect)) {
        status = repl(1);
        cfg.inspect = 0;
    } else {
        r = run_source_from_stdin();
    }
    if (r < 0 && cfg.inspect && !gp_err_matches(&GpExc_KeyboardInterrupt)) {
        /* -i: show the error (even SystemExit) and go interactive anyway */
        gp_err_print();
        r = 0;
    }
    if (r < 0)
        status = gp_handle_uncaught();
    if (cfg.inspect && !gp_err_occurred())
        status = repl(1);
    status = gp_runtime_finalize(status);
    free(sargv);
    free(xopts);
    free(wopts);
    free(path0);
    return status;
}
