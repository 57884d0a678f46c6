#!/bin/sh
# run_suite.sh -- run a differential script suite against gilpy.
#
#   sh tests/run_suite.sh <path-to-gilpy> <suite-dir>
#
# Every NAME.py under <suite-dir> (recursively, sorted; files and directories
# whose name starts with "_" are helpers and are skipped) is run as
#     cd <its dir> && timeout 30 gilpy NAME.py </dev/null
# and compared with what CPython 3.11 printed for it (tests/regen_exp.sh):
#   NAME.exp         stdout, compared after the path normalisation below (required)
#   NAME.exp_err     stderr, compared after normalisation (optional; without
#                    it stderr is ignored)
#   NAME.exp_status  exit status (optional; default 0)
# Normalising stderr: the script's absolute path becomes its basename, and
# caret lines ('^', '~': 3.11 position markers) are compared like any other,
# on both sides.
#
# <suite-dir>/XFAIL lists known failures, one path relative to <suite-dir> per
# line ('#' starts a comment).  A listed test that fails is XFAIL and does not
# fail the run; a listed test that passes is XPASS (reported, not fatal).
#
# Output: a line (plus a short diff) per failure, then exactly
#   N passed, N failed, N xfail
# Exit status 1 if any test not in XFAIL failed, else 0.
# GILPY_TEST_JOBS sets the parallelism (default 2); GILPY_TEST_TIMEOUT the
# per-test timeout in seconds (default 30).

# ---- one test (internal mode: run_suite.sh --one REL) ---------------------
if [ "$1" = "--one" ]; then
    rel=$2
    script="$RS_SUITE/$rel"
    dir=$(dirname "$script")
    base=$(basename "$script")
    name=${base%.py}
    key=$(printf '%s' "$rel" | tr '/' '#')
    out="$RS_WORK/$key"
    res="$RS_WORK/$key.res"

    if [ ! -f "$dir/$name.exp" ]; then
        printf 'ERROR %s: missing %s.exp\n' "$rel" "$name" >"$res"
        exit 0
    fi

    if [ -n "$RS_TIMEOUT_CMD" ]; then
        (cd "$dir" && $RS_TIMEOUT_CMD "$RS_TIMEOUT" "$RS_GILPY" "$base" \
            </dev/null >"$out.out" 2>"$out.err")
    else
        (cd "$dir" && "$RS_GILPY" "$base" </dev/null >"$out.out" 2>"$out.err")
    fi
    status=$?

    absdir=$(cd "$dir" && pwd)
    physdir=$(cd "$dir" && pwd -P)
    why=""
    detail=""

    awk_norm() {
            awk -v p1="$absdir/$base" -v p2="$physdir/$base" -v b="$base" '
                function repl(s, p,   i) {
                    if (p == "") return s
                    while ((i = index(s, p)) > 0)
                        s = substr(s, 1, i - 1) b substr(s, i + length(p))
                    return s
                }
                {
                    print repl(repl($0, p1), p2)
                }' "$1"
        }

    # stdout is compared after the same path normalisation (a script may
    # print its own __file__ or a traceback)
    awk_norm "$dir/$name.exp" >"$out.exp.n"
    awk_norm "$out.out" >"$out.out.n"
    if ! cmp -s "$out.exp.n" "$out.out.n"; then
        why="stdout differs"
        detail=$(diff -u -L "$name.exp" -L "actual stdout" "$out.exp.n" "$out.out.n" 2>&1 | head -n 30)
    fi

    if [ -f "$dir/$name.exp_err" ]; then
        awk_norm "$dir/$name.exp_err" >"$out.experr.n"
        awk_norm "$out.err" >"$out.err.n"
        if ! cmp -s "$out.experr.n" "$out.err.n"; then
            why="${why:+$why; }stderr differs"
            d=$(diff -u -L "$name.exp_err" -L "actual stderr" "$out.experr.n" "$out.err.n" 2>&1 | head -n 30)
            detail="${detail:+$detail
}$d"
        fi
    fi

    expstatus=0
    if [ -f "$dir/$name.exp_status" ]; then
        expstatus=$(tr -d ' \t\r\n' <"$dir/$name.exp_status")
    fi
    if [ "$status" != "$expstatus" ]; then
        if [ "$status" = 124 ] && [ -n "$RS_TIMEOUT_CMD" ]; then
            why="${why:+$why; }timed out after ${RS_TIMEOUT}s"
        else
            why="${why:+$why; }exit status $status, expected $expstatus"
        fi
        if [ -z "$detail" ] && [ -s "$out.err" ]; then
            detail=$(head -n 10 "$out.err")
        fi
    fi

    if [ -z "$why" ]; then
        printf 'PASS %s\n' "$rel" >"$res"
    else
        { printf 'FAIL %s: %s\n' "$rel" "$why"
          [ -n "$detail" ] && printf '%s\n' "$detail"
        } >"$res"
    fi
    rm -f "$out.out" "$out.err" "$out.experr.n" "$out.err.n"
    exit 0
fi

# ---- driver ---------------------------------------------------------------
if [ $# -ne 2 ]; then
    echo "usage: sh $0 <path-to-gilpy> <suite-dir>" >&2
    exit 2
fi

case $1 in
    /*) RS_GILPY=$1 ;;
    *)  RS_GILPY=$(pwd)/$1 ;;
esac
if [ ! -x "$RS_GILPY" ]; then
    echo "run_suite: interpreter not found or not executable: $RS_GILPY" >&2
    exit 2
fi
if [ ! -d "$2" ]; then
    echo "run_suite: no such suite directory: $2" >&2
    exit 2
fi
RS_SUITE=$(cd "$2" && pwd)
RS_TIMEOUT=${GILPY_TEST_TIMEOUT:-30}
RS_TIMEOUT_CMD=""
if command -v timeout >/dev/null 2>&1; then
    RS_TIMEOUT_CMD=timeout
fi
RS_WORK=$(mktemp -d "${TMPDIR:-/tmp}/gilpy-suite.XXXXXX") || exit 2
trap 'rm -rf "$RS_WORK"' EXIT
trap 'exit 130' INT TERM
export RS_GILPY RS_SUITE RS_TIMEOUT RS_TIMEOUT_CMD RS_WORK

case $0 in
    /*) self=$0 ;;
    *)  self=$(pwd)/$0 ;;
esac

# The list of tests: *.py, skipping helper files and directories ("_*").
(cd "$RS_SUITE" && find . -name '_*' -prune -o -type f -name '*.py' -print) \
    | sed 's|^\./||' | LC_ALL=C sort >"$RS_WORK/list"

# Known failures, comments and blanks removed.
: >"$RS_WORK/xfail"
if [ -f "$RS_SUITE/XFAIL" ]; then
    sed -e 's/#.*//' -e 's/^[ 	]*//' -e 's/[ 	]*$//' -e '/^$/d' \
        "$RS_SUITE/XFAIL" >"$RS_WORK/xfail"
fi

jobs=${GILPY_TEST_JOBS:-2}
if [ "$jobs" -gt 1 ] 2>/dev/null && echo x | xargs -P 2 -n 1 true 2>/dev/null
then
    xargs -n 1 -P "$jobs" sh "$self" --one <"$RS_WORK/list"
else
    while IFS= read -r t; do
        sh "$self" --one "$t"
    done <"$RS_WORK/list"
fi

passed=0
failed=0
xfail=0
xpass=0
while IFS= read -r t; do
    key=$(printf '%s' "$t" | tr '/' '#')
    res="$RS_WORK/$key.res"
    listed=no
    if grep -Fxq -- "$t" "$RS_WORK/xfail"; then
        listed=yes
    fi
    if [ ! -f "$res" ]; then
        printf 'ERROR %s: no result (runner problem)\n' "$t" >"$res"
    fi
    case $(head -n 1 "$res") in
        PASS*)
            passed=$((passed + 1))
            if [ $listed = yes ]; then
                xpass=$((xpass + 1))
                echo "XPASS $t  <<< listed in XFAIL but passes: remove it from XFAIL"
            fi
            ;;
        *)
            if [ $listed = yes ]; then
                xfail=$((xfail + 1))
                echo "XFAIL $t"
            else
                failed=$((failed + 1))
                cat "$res"
            fi
            ;;
    esac
done <"$RS_WORK/list"

if [ $xpass -gt 0 ]; then
    echo "*** $xpass test(s) XPASS: update $RS_SUITE/XFAIL ***"
fi
echo "$passed passed, $failed failed, $xfail xfail"
[ $failed -eq 0 ]
