#!/usr/bin/env bash
# Headless output that cannot be written (a full disk: /dev/full) is reported, never silently
# truncated: "marginalia: writing output failed: <reason>" on stderr and exit status 1, for
# analyze, analyze --jsonl, export to stdout and --dump. A closed pipe (head) stays quiet.
source "$(dirname "$0")/lib.sh"
[ -w /dev/full ] || { echo "  (skipped: no /dev/full)"; pass; }
write_article "$WORK/articles/radweg.txt" 5
cd "$WORK/articles"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
for i in $(seq 1 300); do
    printf '{"id": %d, "text": "Absatz %d. Die Stadt Lindenau baut einen Radweg, sagte Anna Berger."}\n' "$i" "$i"
done >corpus.jsonl
# An annotation file so that export has something to write.
"$BIN" export --format w3c radweg.txt >/dev/null 2>&1

expect_write_failure() {   # WHAT COMMAND...
    local what="$1"; shift
    "$@" >/dev/full 2>"$WORK/err.txt"
    local status=$?
    [ "$status" -eq 1 ] || fail "$what into /dev/full: exit status $status, expected 1 (stderr: $(cat "$WORK/err.txt"))"
    grep -q '^marginalia: writing output failed: no space left on device$' "$WORK/err.txt" \
        || fail "$what into /dev/full: stderr was '$(cat "$WORK/err.txt")'"
}

expect_write_failure "analyze" "$BIN" analyze radweg.txt
expect_write_failure "analyze --jsonl" "$BIN" analyze --jsonl --jobs 2 corpus.jsonl
expect_write_failure "analyze --jsonl -" sh -c "\"\$0\" analyze --jsonl - <corpus.jsonl" "$BIN"
expect_write_failure "export --format conll" "$BIN" export --format conll radweg.txt
expect_write_failure "export --format jsonl" "$BIN" export --format jsonl radweg.txt
expect_write_failure "--dump" "$BIN" --dump 80x24 radweg.txt

# The same commands into a working file still succeed (the checks cost nothing there).
"$BIN" analyze --jsonl corpus.jsonl >"$WORK/out.jsonl" || fail "analyze --jsonl into a file failed"
[ "$(wc -l <"$WORK/out.jsonl")" -eq 300 ] || fail "analyze --jsonl wrote $(wc -l <"$WORK/out.jsonl") lines, expected 300"

# Into `head`: the reader leaves early; no error message (as for other Unix tools).
"$BIN" analyze --jsonl corpus.jsonl 2>"$WORK/pipe.err" | head -1 >/dev/null
[ ! -s "$WORK/pipe.err" ] || fail "analyze into head printed: $(cat "$WORK/pipe.err")"
pass
