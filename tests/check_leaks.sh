#!/bin/sh
# check_leaks.sh -- run the script suite looking for memory leaks at exit.
#
#   sh tests/check_leaks.sh [--valgrind] <path-to-gilpy> <suite-dir> [TEST ...]
#
# Every NAME.py under <suite-dir> (the same list as run_suite.sh: recursive,
# sorted, "_*" helpers skipped), or only the TESTs given (paths relative to
# <suite-dir>, a file or a directory: "types" or "stmt/match_basic.py"), is
# run as `cd <its dir> && gilpy NAME.py </dev/null` under a leak checker.
# Output is not compared (run_suite.sh does that); scripts expected to fail
# (NAME.exp_status) are run as well: an error exit must not leak either.
#
# Two checkers:
#   default     <gilpy> must be an AddressSanitizer build (GILPY_SANITIZE=
#               address: LeakSanitizer comes with it; `make check-leaks`
#               builds one in build-leaks/). It runs with detect_leaks=1.
#   --valgrind  <gilpy> is a normal build run under valgrind --leak-check=full
#               with GILPY_MALLOC=malloc, so that memcheck sees every object
#               as its own block instead of the allocator's arenas, and
#               GILPY_RE_JIT=0: PCRE2's JIT code reads past the end of the
#               subject with vector loads, which memcheck would report.
#
# What counts as a leak
#   A block nothing points to any more when the process exits: valgrind's
#   "definitely lost" (and "indirectly lost", which hangs off one), LSan's
#   "Direct leak" / "Indirect leak". That is a reference count never given
#   back or a buffer never freed, and it fails the script.
#   "Still reachable" is accepted: the interpreter does not free its own
#   state at exit (vm/runtime.c), so interned strings, static types, free
#   lists, module dicts and everything the collector's lists still hold are
#   reachable from static roots.
#   (A consequence: a leaked reference to a tracked container keeps it on
#   the collector's list, so only leaks of untracked objects -- str, int,
#   bytes, float, ... -- and raw buffers can be seen this way.)
#   Memory errors the checker finds on the way (use after free, invalid
#   read) fail the script too.  Forked children are checked as well (one
#   log per process).
#
# Output: per failing script, a line with the checker's summary and the
# first leak's allocation stack, then exactly
#   N passed, N failed
# Exit status 1 if any script leaked, timed out or hit a memory error.
# GILPY_TEST_JOBS sets the parallelism (default 2); GILPY_LEAK_TIMEOUT the
# per-script timeout in seconds (default 120 for LSan, 600 for valgrind:
# ASan makes gilpy 2-3 times slower, valgrind 20-50 times).
# Suppressions, if ever needed (none are today): tests/lsan.supp (LSan
# format) and tests/valgrind.supp, used when present.

# ---- one test (internal mode: check_leaks.sh --one REL) -------------------
if [ "$1" = "--one" ]; then
    rel=$2
    script="$CL_SUITE/$rel"
    dir=$(dirname "$script")
    base=$(basename "$script")
    key=$(printf '%s' "$rel" | tr '/' '#')
    log="$CL_WORK/$key.log"
    res="$CL_WORK/$key.res"

    if [ "$CL_MODE" = valgrind ]; then
        (cd "$dir" && GILPY_MALLOC=malloc GILPY_RE_JIT=0 $CL_TIMEOUT_CMD "$CL_TIMEOUT" \
            valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
            --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
            --num-callers=20 $CL_VG_SUPP --log-file="$log.%p" \
            "$CL_GILPY" "$base" </dev/null >/dev/null 2>&1)
    else
        (cd "$dir" && \
            ASAN_OPTIONS="detect_leaks=1:log_path=$log:abort_on_error=0:$ASAN_OPTIONS" \
            LSAN_OPTIONS="$CL_LSAN_SUPP$LSAN_OPTIONS" \
            $CL_TIMEOUT_CMD "$CL_TIMEOUT" "$CL_GILPY" "$base" \
            </dev/null >/dev/null 2>&1)
    fi
    status=$?

    why=""
    if [ "$status" = 124 ] && [ -n "$CL_TIMEOUT_CMD" ]; then
        why="timed out after ${CL_TIMEOUT}s (raise GILPY_LEAK_TIMEOUT)"
    fi
    # One log per process that reported something (ASan: log.<pid> only
    # when there is a report; valgrind -q: empty when clean).
    for f in "$log".*; do
        [ -s "$f" ] || continue
        # LSan in a child forked from a threaded process notes that it could
        # not suspend the parent's other threads (they do not exist in the
        # child); a log holding only that note reports nothing
        grep -v 'was not suspended. False leaks are possible' "$f" | grep -q . || continue
        if [ "$CL_MODE" = valgrind ]; then
            summary=$(sed 's/^==[0-9]*== *//' "$f" | awk '
                / are (definitely|indirectly) lost / {
                    b = $1; gsub(",", "", b); bytes += b; recs++; next }
                /^(Invalid|Conditional|Use of uninit|Syscall param|Mismatched)/ {
                    errs++ }
                END {
                    if (recs) printf "%d bytes lost in %d leak record(s)", bytes, recs
                    if (errs) printf "%s%d memory error(s)", recs ? ", " : "", errs
                }')
            # the first leak (or error) record: its header and stack
            first=$(sed 's/^==[0-9]*== \{0,1\}//' "$f" | awk '
                /^(Invalid|Conditional|Use of uninit|Syscall param|Mismatched)/ ||
                /bytes in .* blocks are (definitely|indirectly) lost/ { on = 1 }
                on && /^$/ { exit }
                on { print "    " $0 }' | head -n 16)
        else
            summary=$(grep -E '^SUMMARY: AddressSanitizer' "$f" | head -n 1)
            # the first direct leak (else the first report): header + stack
            first=$(awk '
                /^Direct leak/ { on = 1 }
                on && /^$/ { exit }
                on { print "    " $0 }' "$f" | head -n 16)
            [ -n "$first" ] || first=$(awk '
                /^(Indirect leak|==[0-9]+==ERROR)/ { on = 1 }
                on && /^$/ && n > 1 { exit }
                on { print "    " $0; n++ }' "$f" | head -n 16)
        fi
        why="${why:+$why; }pid ${f##*.}: ${summary:-see log}"
        detail="${detail:+$detail
}$first"
    done

    if [ -z "$why" ]; then
        printf 'PASS %s\n' "$rel" >"$res"
    else
        { printf 'FAIL %s: %s\n' "$rel" "$why"
          [ -n "$detail" ] && printf '%s\n' "$detail"
        } >"$res"
    fi
    exit 0
fi

# ---- driver ---------------------------------------------------------------
CL_MODE=lsan
if [ "$1" = "--valgrind" ]; then
    CL_MODE=valgrind
    shift
fi
if [ $# -lt 2 ]; then
    echo "usage: sh $0 [--valgrind] <path-to-gilpy> <suite-dir> [TEST ...]" >&2
    exit 2
fi
case $1 in
    /*) CL_GILPY=$1 ;;
    *)  CL_GILPY=$(pwd)/$1 ;;
esac
if [ ! -x "$CL_GILPY" ]; then
    echo "check_leaks: interpreter not found or not executable: $CL_GILPY" >&2
    exit 2
fi
if [ ! -d "$2" ]; then
    echo "check_leaks: no such suite directory: $2" >&2
    exit 2
fi
CL_SUITE=$(cd "$2" && pwd)
shift 2

case $0 in
    /*) self=$0 ;;
    *)  self=$(pwd)/$0 ;;
esac
here=$(cd "$(dirname "$self")" && pwd)

CL_VG_SUPP=""
CL_LSAN_SUPP=""
if [ "$CL_MODE" = valgrind ]; then
    if ! command -v valgrind >/dev/null 2>&1; then
        echo "check_leaks: valgrind not found (apt-get install valgrind)" >&2
        exit 2
    fi
    [ -f "$here/valgrind.supp" ] && CL_VG_SUPP="--suppressions=$here/valgrind.supp"
    CL_TIMEOUT=${GILPY_LEAK_TIMEOUT:-600}
else
    # An interpreter without ASan would pass every script silently.
    if ! ASAN_OPTIONS=help=1 "$CL_GILPY" -c pass 2>&1 | grep -q detect_leaks; then
        echo "check_leaks: $CL_GILPY is not an AddressSanitizer build" \
             "(cmake -DGILPY_SANITIZE=address), or use --valgrind" >&2
        exit 2
    fi
    [ -f "$here/lsan.supp" ] && CL_LSAN_SUPP="suppressions=$here/lsan.supp:"
    CL_TIMEOUT=${GILPY_LEAK_TIMEOUT:-120}
fi
CL_TIMEOUT_CMD=""
if command -v timeout >/dev/null 2>&1; then
    CL_TIMEOUT_CMD=timeout
fi
CL_WORK=$(mktemp -d "${TMPDIR:-/tmp}/gilpy-leaks.XXXXXX") || exit 2
trap 'rm -rf "$CL_WORK"' EXIT
trap 'exit 130' INT TERM
export CL_MODE CL_GILPY CL_SUITE CL_TIMEOUT CL_TIMEOUT_CMD CL_WORK CL_VG_SUPP CL_LSAN_SUPP

# The list of tests: every *.py under the suite or under each TEST given.
if [ $# -eq 0 ]; then
    set -- .
fi
for t in "$@"; do
    t=${t%/}
    if [ ! -e "$CL_SUITE/$t" ]; then
        echo "check_leaks: no such test under $CL_SUITE: $t" >&2
        exit 2
    fi
done
for t in "$@"; do
    t=${t%/}
    if [ -d "$CL_SUITE/$t" ]; then
        (cd "$CL_SUITE" && find "$t" -name '_*' -prune -o -type f -name '*.py' -print)
    else
        echo "$t"
    fi
done | sed 's|^\./||' | LC_ALL=C sort -u >"$CL_WORK/list"
[ -s "$CL_WORK/list" ] || { echo "check_leaks: no tests" >&2; exit 2; }

jobs=${GILPY_TEST_JOBS:-2}
if [ "$jobs" -gt 1 ] 2>/dev/null && echo x | xargs -P 2 -n 1 true 2>/dev/null
then
    xargs -n 1 -P "$jobs" sh "$self" --one <"$CL_WORK/list"
else
    while IFS= read -r t; do
        sh "$self" --one "$t"
    done <"$CL_WORK/list"
fi

passed=0
failed=0
while IFS= read -r t; do
    key=$(printf '%s' "$t" | tr '/' '#')
    res="$CL_WORK/$key.res"
    [ -f "$res" ] || printf 'ERROR %s: no result (runner problem)\n' "$t" >"$res"
    case $(head -n 1 "$res") in
        PASS*) passed=$((passed + 1)) ;;
        *)     failed=$((failed + 1)); cat "$res" ;;
    esac
done <"$CL_WORK/list"

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
