#!/usr/bin/env bash
# --jobs is capped at a multiple of the cores (said in --help): absurd values get a one-line
# error and exit status 2 before any thread starts; a value within the cap works.
source "$(dirname "$0")/lib.sh"
cd "$WORK/articles"
printf '{"id": 1, "text": "Anna Berger wohnt in Lindenau."}\n' >corpus.jsonl
cores="$(nproc)"
max=$((4 * cores))
for value in 50000 $((max + 1)) 0 -3 abc 99999999999999999999999; do
    "$BIN" analyze --jsonl --jobs="$value" corpus.jsonl >"$WORK/out.txt" 2>"$WORK/err.txt"
    status=$?
    [ "$status" -eq 2 ] || fail "--jobs $value: exit status $status, expected 2"
    [ "$(wc -l <"$WORK/err.txt")" -eq 1 ] || fail "--jobs $value: not one line on stderr: $(cat "$WORK/err.txt")"
    grep -q "^marginalia: --jobs .* is out of range: 1 to $max (4 per core, $cores cores)$" "$WORK/err.txt" \
        || fail "--jobs $value: stderr was $(cat "$WORK/err.txt")"
    [ ! -s "$WORK/out.txt" ] || fail "--jobs $value printed output"
done
"$BIN" analyze --jsonl --jobs "$max" corpus.jsonl >"$WORK/out.txt" || fail "--jobs $max (the cap) failed"
[ "$(wc -l <"$WORK/out.txt")" -eq 1 ] || fail "--jobs $max: expected one output line"
"$BIN" analyze --help | tr -s ' \n' ' ' | grep -q "at most 4 per core" || fail "analyze --help does not state the --jobs cap"
pass
