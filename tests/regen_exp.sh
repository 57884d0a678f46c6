#!/bin/sh
# regen_exp.sh -- regenerate expectation files from CPython 3.11.
#
#   sh tests/regen_exp.sh <suite-dir> [file.py ...]
#
# Without files, every test script of the suite is regenerated (the same set
# run_suite.sh runs: helpers named "_*" or under "_*" directories skipped).
# Each script is run exactly as run_suite.sh runs gilpy:
#     cd <its dir> && python3 NAME.py </dev/null
# and its stdout is written to NAME.exp.  For scripts in an "errors/"
# directory, or whose first line is "# expect-error", stderr goes to
# NAME.exp_err and the exit status to NAME.exp_status.  In both NAME.exp and
# NAME.exp_err the script's absolute path is replaced by its basename.  Any other script must exit 0; if it does
# not, the run reports it and fails.
# Each script is run twice; differing stdout (hash-order, timing, addresses)
# is reported as NONDETERMINISTIC and fails the run.
# PYTHON overrides the interpreter (must be CPython 3.11).

PY=${PYTHON:-python3}
# A script that hangs must not hang the regeneration (seconds per run).
TIMEOUT=${GILPY_REGEN_TIMEOUT:-120}
# No __pycache__ next to helper modules.
PYTHONDONTWRITEBYTECODE=1
export PYTHONDONTWRITEBYTECODE
if ! "$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "regen_exp: $PY is not CPython 3.11" >&2
    exit 2
fi
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
    echo "usage: sh $0 <suite-dir> [file.py ...]" >&2
    exit 2
fi
suite=$(cd "$1" && pwd)
shift

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gilpy-regen.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

if [ $# -eq 0 ]; then
    (cd "$suite" && find . -name '_*' -prune -o -type f -name '*.py' -print) \
        | sed "s|^\./|$suite/|" | LC_ALL=C sort >"$tmp/list"
else
    : >"$tmp/list"
    for f in "$@"; do
        case $f in
            /*) echo "$f" ;;
            *)  echo "$(pwd)/$f" ;;
        esac >>"$tmp/list"
    done
fi

bad=0
count=0
while IFS= read -r script; do
    if [ ! -f "$script" ]; then
        echo "regen_exp: no such file: $script" >&2
        bad=1
        continue
    fi
    dir=$(cd "$(dirname "$script")" && pwd)
    base=$(basename "$script")
    name=${base%.py}
    err_mode=no
    case $dir/ in
        */errors/*) err_mode=yes ;;
    esac
    if head -n 1 "$script" | grep -q '^# expect-error'; then
        err_mode=yes
    fi

    (cd "$dir" && timeout "$TIMEOUT" "$PY" "$base" </dev/null >"$tmp/out1" 2>"$tmp/err1")
    status=$?
    (cd "$dir" && timeout "$TIMEOUT" "$PY" "$base" </dev/null >"$tmp/out2" 2>/dev/null)
    if ! cmp -s "$tmp/out1" "$tmp/out2"; then
        echo "NONDETERMINISTIC: $script (stdout differs between two runs)" >&2
        bad=1
    fi

    # the script's absolute path becomes its basename (the runner does the
    # same to gilpy's output), so the files do not depend on the checkout
    norm() {
        awk -v p="$dir/$base" -v b="$base" '{
                while ((i = index($0, p)) > 0)
                    $0 = substr($0, 1, i - 1) b substr($0, i + length(p))
                print
            }' "$1"
    }
    norm "$tmp/out1" >"$dir/$name.exp"
    if [ $err_mode = yes ]; then
        norm "$tmp/err1" >"$dir/$name.exp_err"
        echo "$status" >"$dir/$name.exp_status"
    else
        rm -f "$dir/$name.exp_err" "$dir/$name.exp_status"
        if [ $status -ne 0 ]; then
            echo "FAILED under CPython (status $status): $script" >&2
            sed 's/^/    /' "$tmp/err1" | tail -n 5 >&2
            bad=1
        fi
    fi
    count=$((count + 1))
done <"$tmp/list"

echo "regenerated $count script(s)"
exit $bad
