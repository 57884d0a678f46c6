/* opcodes.h -- gilpy's bytecode.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits, the
 * argument in the high 24 bits (no EXTENDED_ARG: 16M constants, names or
 * instructions per code object is plenty). Jump arguments are ABSOLUTE word
 * indices. Instructions marked [cache] are followed by one extra word that
 * holds the index of their inline-cache slot in the code object (assigned by
 * the compiler, 0..ncaches-1); execution skips that word.
 *
 * Stack notation: [before] -> [after], top of stack on the right.
 *
 * Exceptions are "zero cost" (as in CPython 3.11): there is no SETUP_* at
 * run time. The code object carries an exception table of ranges
 * [start, end) -> handler, depth, lasti. When an exception is raised at word
 * i, the innermost range containing i is used: the value stack is popped down
 * to `depth` items, if `lasti` is set the int index of the raising
 * instruction is pushed, then the exception, and execution continues at
 * `handler`. No range: the exception leaves the frame.
 *
 * The value stack of a frame is also where calls get their arguments:
 *   plain call       PUSH_NULL, <callable>, <args...>, [KW_NAMES k], CALL n
 *   method call      <obj>, LOAD_METHOD name, <args...>, [KW_NAMES k], CALL n
 * LOAD_METHOD leaves [meth, self] when it can skip creating a bound method
 * and [NULL, attr] otherwise, so CALL always sees [x, y, args...]: if x is
 * NULL, y is the callable and there are n args; else x is the callable and
 * y is the first of n+1 args.
 */
#ifndef GP_OPCODES_H
#define GP_OPCODES_H

#define GP_OP_LIST(X) \
    X(NOP)                /* */ \
    X(POP_TOP)            /* [a] -> [] */ \
    X(PUSH_NULL)          /* [] -> [NULL] */ \
    X(COPY)               /* arg i>=1: [.. a(i) ..] -> [.. a(i) .. a(i)]  (COPY 1 duplicates TOS) */ \
    X(SWAP)               /* arg i>=2: swap TOS with the i-th item from the top */ \
    X(LOAD_CONST)         /* arg: consts index. [] -> [c] */ \
    X(LOAD_FAST)          /* arg: local index. UnboundLocalError if unset */ \
    X(STORE_FAST)         \
    X(DELETE_FAST)        \
    X(LOAD_NAME)          /* arg: names index. locals dict, globals, builtins; NameError */ \
    X(STORE_NAME)         \
    X(DELETE_NAME)        \
    X(LOAD_GLOBAL)        /* [cache] arg: names index. globals, builtins */ \
    X(STORE_GLOBAL)       \
    X(DELETE_GLOBAL)      \
    X(LOAD_DEREF)         /* arg: index into cells+frees (0 = first cellvar) */ \
    X(STORE_DEREF)        \
    X(DELETE_DEREF)       \
    X(LOAD_CLASSDEREF)    /* class body reading a free var: locals dict first, then the cell */ \
    X(LOAD_CLOSURE)       /* push the cell object itself (for MAKE_FUNCTION closures) */ \
    X(LOAD_ATTR)          /* [cache] arg: names index. [o] -> [o.name] */ \
    X(STORE_ATTR)         /* [cache] [v, o] -> []   o.name = v */ \
    X(DELETE_ATTR)        /* [o] -> [] */ \
    X(LOAD_METHOD)        /* [cache] [o] -> [meth, o] or [NULL, o.name] */ \
    X(BINARY_SUBSCR)      /* [c, k] -> [c[k]] */ \
    X(STORE_SUBSCR)       /* [v, c, k] -> []   c[k] = v */ \
    X(DELETE_SUBSCR)      /* [c, k] -> [] */ \
    X(BINARY_OP)          /* [cache] arg: GpBinOp (+ GP_BINOP_INPLACE). [a, b] -> [a op b] */ \
    X(COMPARE_OP)         /* arg: GP_LT..GP_GE. [a, b] -> [a cmp b] */ \
    X(IS_OP)              /* arg 0: is, 1: is not */ \
    X(CONTAINS_OP)        /* arg 0: in, 1: not in.  [item, container] -> [bool] */ \
    X(UNARY_NEGATIVE) X(UNARY_POSITIVE) X(UNARY_NOT) X(UNARY_INVERT) \
    X(BUILD_TUPLE)        /* arg n */ \
    X(BUILD_LIST)         /* arg n */ \
    X(BUILD_SET)          /* arg n */ \
    X(BUILD_MAP)          /* arg n: [k1, v1, ... kn, vn] -> [dict] */ \
    X(BUILD_CONST_KEY_MAP)/* arg n: [v1..vn, keys_tuple] -> [dict] */ \
    X(BUILD_STRING)       /* arg n: concatenate n str */ \
    X(BUILD_SLICE)        /* arg 2 or 3: [start, stop(, step)] -> [slice] */ \
    X(LIST_APPEND)        /* arg i: pop v; then list.append(v) where list is stack[-i] (i=1: new TOS) */ \
    X(SET_ADD)            /* arg i: pop v; stack[-i].add(v) */ \
    X(MAP_ADD)            /* arg i: pop v, pop k; stack[-i][k] = v */ \
    X(LIST_EXTEND)        /* arg i: pop iterable; stack[-i].extend(iterable) */ \
    X(SET_UPDATE)         /* arg i */ \
    X(DICT_UPDATE)        /* arg i: dict |= mapping  ({**a} displays) */ \
    X(DICT_MERGE)         /* arg i: like DICT_UPDATE but duplicate keys raise TypeError (f(**a, **b)) */ \
    X(LIST_TO_TUPLE)      /* [list] -> [tuple] */ \
    X(UNPACK_SEQUENCE)    /* arg n: [seq] -> [vn .. v1] (v1 on top) */ \
    X(UNPACK_EX)          /* arg before | after << 8: [seq] -> [after.., list, before..] (first on top) */ \
    X(FORMAT_VALUE)       /* arg: conv (0 none,1 str,2 repr,3 ascii) | 4 if spec. [v(, spec)] -> [str] */ \
    X(JUMP_FORWARD)       /* arg: target */ \
    X(JUMP_BACKWARD)      /* arg: target (a loop back-edge: checks the eval breaker) */ \
    X(POP_JUMP_IF_FALSE)  /* arg: target. [v] -> [] */ \
    X(POP_JUMP_IF_TRUE)   \
    X(POP_JUMP_IF_NONE)   \
    X(POP_JUMP_IF_NOT_NONE) \
    X(JUMP_IF_FALSE_OR_POP) /* arg: target. falsy: jump keeping v; else pop */ \
    X(JUMP_IF_TRUE_OR_POP)  \
    X(GET_ITER)           /* [o] -> [iter(o)] */ \
    X(FOR_ITER)           /* arg: target. [it] -> [it, next(it)]; exhausted: pop it, jump */ \
    X(RETURN_VALUE)       /* [v] -> return v */ \
    X(CALL)               /* [cache] arg n: see header comment */ \
    X(KW_NAMES)           /* arg: consts index of a tuple of keyword names for the next CALL */ \
    X(CALL_FUNCTION_EX)   /* arg 1 if kwargs: [callable, args_tuple(, kwargs_dict)] -> [result] */ \
    X(MAKE_FUNCTION)      /* arg flags 1 defaults, 2 kwdefaults, 4 annotations, 8 closure: \
                             [defaults?, kwdefaults?, annotations?, closure?, code] -> [function] \
                             annotations is a tuple (name1, value1, name2, value2, ...) */ \
    X(LOAD_BUILD_CLASS)   /* [] -> [builtins.__build_class__] */ \
    X(SETUP_ANNOTATIONS)  /* create __annotations__ in the locals dict if missing */ \
    X(IMPORT_NAME)        /* arg: names index. [level, fromlist] -> [module] */ \
    X(IMPORT_FROM)        /* arg: names index. [module] -> [module, attr] */ \
    X(IMPORT_STAR)        /* [module] -> [] */ \
    X(RAISE_VARARGS)      /* arg 0: re-raise handled, 1: [exc], 2: [exc, cause] */ \
    X(RERAISE)            /* [exc] -> re-raise exc (arg 1: [lasti, exc], restores the traceback position) */ \
    X(PUSH_EXC_INFO)      /* [exc] -> [prev_handled, exc]; exc becomes the handled exception */ \
    X(POP_EXCEPT)         /* [prev_handled] -> []; restores the handled exception */ \
    X(CHECK_EXC_MATCH)    /* [exc, type] -> [exc, bool]; TypeError if type is not an exception class/tuple */ \
    X(LOAD_ASSERTION_ERROR) \
    X(BEFORE_WITH)        /* [mgr] -> [bound __exit__, mgr.__enter__()] */ \
    X(WITH_EXCEPT_START)  /* [exit, lasti, prev_handled, exc] -> [exit, lasti, prev_handled, exc, exit(type, exc, tb)] */ \
    X(YIELD_VALUE)        /* [v] -> suspend yielding v; on resume -> [sent] */ \
    X(GET_YIELD_FROM_ITER)/* [o] -> [iter(o)] (generators pass through) */ \
    X(YIELD_FROM)         /* [it, v] -> delegate: send v to it; if it yields, suspend (re-executing this \
                             instruction on resume with the sent value in place of v); when it returns r: [r] */ \
    X(PRINT_EXPR)         /* [v] -> []  sys.displayhook(v)  (interactive mode) */ \
    X(DELETE_LOCALS_NAME) /* reserved */ \
    X(SETUP_CLASSCELL)    /* reserved */ \
    X(RETURN_CONST)       /* arg: consts index */ \
    X(LOAD_FAST_LOAD_FAST)/* arg: a | b << 12 (both < 4096): pushes local a then local b */ \
    X(GEN_START)          /* first instruction of generator code: nothing (marks the entry) */ \
    X(END_FOR)            /* reserved */ \
    X(CHECK_EG_MATCH)     /* except*: [exc, type] -> [rest, match] (match is None: [exc, None]) */ \
    X(PREP_RERAISE_STAR)  /* except*: [orig, raised_list] -> [exc to re-raise or None] */ \
    X(GET_LEN)            /* match: [o] -> [o, len(o)] */ \
    X(MATCH_MAPPING)      /* match: [o] -> [o, bool] (o's type is a mapping: dict, collections.abc.Mapping) */ \
    X(MATCH_SEQUENCE)     /* match: [o] -> [o, bool] (a sequence other than str/bytes/bytearray) */ \
    X(MATCH_KEYS)         /* match: [map, keys] -> [map, keys, values tuple or None if a key is missing] */ \
    X(MATCH_CLASS)        /* match: arg nargs. [subject, cls, kw_names] -> [attributes tuple or None] */ \
    X(GET_AWAITABLE)      /* [o] -> [what `await o` iterates]; arg 1/2: o came from __aenter__/__aexit__ \
                             (for the error message). Followed by LOAD_CONST None, YIELD_FROM */ \
    X(GET_AITER)          /* [o] -> [o.__aiter__()] */ \
    X(GET_ANEXT)          /* [ait] -> [ait, awaitable of ait.__anext__()] */ \
    X(END_ASYNC_FOR)      /* handler of `async for`: [ait, exc] -> [] if exc is StopAsyncIteration, \
                             else re-raise exc */ \
    X(BEFORE_ASYNC_WITH)  /* [mgr] -> [bound __aexit__, mgr.__aenter__()] */ \
    X(ASYNC_GEN_WRAP)     /* [v] -> [v boxed]: what an async generator's `yield` yields */

enum {
#define GP_OP_ENUM(name) OP_##name,
    GP_OP_LIST(GP_OP_ENUM)
#undef GP_OP_ENUM
    GP_OP_COUNT
};

#define GP_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define GP_INSTR_OP(w) ((w) & 0xFFu)
#define GP_INSTR_ARG(w) ((w) >> 8)
#define GP_ARG_MAX 0xFFFFFFu

/* Opcodes followed by a cache-index word. */
#define GP_OP_HAS_CACHE(op) ((op) == OP_LOAD_GLOBAL || (op) == OP_LOAD_ATTR || (op) == OP_STORE_ATTR || \
                             (op) == OP_LOAD_METHOD || (op) == OP_BINARY_OP || (op) == OP_CALL)
#define GP_OP_IS_JUMP(op) ((op) == OP_JUMP_FORWARD || (op) == OP_JUMP_BACKWARD || \
                           ((op) >= OP_POP_JUMP_IF_FALSE && (op) <= OP_JUMP_IF_TRUE_OR_POP) || \
                           (op) == OP_FOR_ITER)

extern const char *const gp_opcode_names[GP_OP_COUNT];

#endif
