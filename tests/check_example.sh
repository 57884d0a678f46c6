#!/bin/sh
# check_example.sh GILPY EXAMPLES_DIR NAME [ARGS...]
# Runs examples/NAME.py with ARGS under gilpy and compares its stdout with
# examples/NAME.exp (what CPython 3.11 printed for the same arguments).
gilpy=$1; dir=$2; name=$3; shift 3
cd "$dir" || exit 1
"$gilpy" "$name.py" "$@" | diff -u "$name.exp" -
