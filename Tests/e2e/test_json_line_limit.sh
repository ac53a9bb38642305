#!/usr/bin/env bash
# analyze --jsonl reads standard input line by line with a per-line size limit (the article size
# limit, MARGINALIA_MAX_SIZE): a line over it is skipped with a one-line error naming the line,
# without holding it in memory, and the lines around it are still analysed in order.
source "$(dirname "$0")/lib.sh"
cd "$WORK/articles"
python3 - <<'PY' >corpus.jsonl
import json
print(json.dumps({"id": "a", "text": "Anna Berger wohnt in Lindenau."}))
print(json.dumps({"id": "huge", "text": "Wort " * 600000}))   # 3 MB
print(json.dumps({"id": "c", "text": "Der Stadtrat tagte am Montag."}))
PY
MARGINALIA_MAX_SIZE=1m /usr/bin/time -f '%M' -o "$WORK/rss.txt" "$BIN" analyze --jsonl --keep-going - <corpus.jsonl >"$WORK/out.jsonl" 2>"$WORK/err.txt"
status=$?
[ "$status" -eq 0 ] || fail "--keep-going: exit status $status"
grep -q '^marginalia: -:2: line of [0-9]* bytes is longer than the limit of 1048576 bytes (set MARGINALIA_MAX_SIZE to raise it); skipped$' "$WORK/err.txt" \
    || fail "stderr was: $(cat "$WORK/err.txt")"
[ "$(wc -l <"$WORK/out.jsonl")" -eq 3 ] || fail "expected 3 output lines, got $(wc -l <"$WORK/out.jsonl")"
python3 - "$WORK/out.jsonl" <<'PY' || fail "output lines out of order or wrong: $(cut -c1-80 "$WORK/out.jsonl")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows[0]["id"] == "a" and rows[2]["id"] == "c", rows
assert rows[1]["line"] == 2 and "longer than the limit" in rows[1]["error"], rows[1]
PY
echo "  (peak memory with a 3 MB line over a 1 MB limit: $(tail -1 "$WORK/rss.txt") KB)"
# Without --keep-going the bad line makes the exit status 1; every line still gets its output line.
MARGINALIA_MAX_SIZE=1m "$BIN" analyze --jsonl - <corpus.jsonl >"$WORK/out2.jsonl" 2>/dev/null
[ $? -eq 1 ] || fail "without --keep-going: exit status should be 1"
[ "$(wc -l <"$WORK/out2.jsonl")" -eq 3 ] || fail "without --keep-going: expected the 2 good lines and the error object"
pass
