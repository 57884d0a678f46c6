#!/bin/sh
# replay.sh GILPY DIR -- -X sched=SEED must replay: the same seed gives the
# same output, run after run; different seeds give different interleavings
# (and, for the unprotected `balance += 1`, lost updates).
gilpy=$1; dir=$2
fail=0
distinct=$(mktemp -d)
for script in race_balance race_queue; do
    for seed in 1 2 3 4 5; do
        a=$("$gilpy" -X sched=$seed "$dir/$script.py" 2>&1)
        b=$("$gilpy" -X sched=$seed "$dir/$script.py" 2>&1)
        if [ "$a" != "$b" ]; then
            echo "FAIL $script seed $seed: two runs differ"; echo "$a"; echo "$b"; fail=1
        fi
        echo "$a" > "$distinct/$script.$seed"
    done
    n=$(cat "$distinct"/$script.* | sort -u | wc -l)
    if [ "$n" -lt 2 ]; then
        echo "FAIL $script: five seeds gave one interleaving"; fail=1
    fi
done
lost=$(grep -h balance "$distinct"/race_balance.* | grep -vc "balance 8000")
if [ "$lost" -lt 1 ]; then
    echo "FAIL race_balance: no seed lost an update"; fail=1
fi
rm -rf "$distinct"
[ $fail = 0 ] && echo "sched replay: ok"
exit $fail
