#!/usr/bin/env bash
# A binary copied without the resources folder SwiftPM puts beside it still runs, but finds names
# by fallback rules only. It must say so: one warning line on stderr for a headless command, the
# status line in the reader. The binary in place says nothing of the kind.
source "$(dirname "$0")/lib.sh"
write_article "$WORK/articles/ok.txt" 3

# In place: no warning.
"$BIN" analyze "$WORK/articles/ok.txt" >"$WORK/in-place.json" 2>"$WORK/in-place.err" || fail "analyze failed in place"
[ ! -s "$WORK/in-place.err" ] || fail "unexpected stderr in place: $(cat "$WORK/in-place.err")"

# Copied alone: the analysis still comes, with one warning line that says what is missing.
mkdir -p "$WORK/lonely"
cp "$BIN" "$WORK/lonely/marginalia"
"$WORK/lonely/marginalia" analyze "$WORK/articles/ok.txt" >"$WORK/lonely.json" 2>"$WORK/lonely.err" || fail "analyze failed when copied"
grep -q '"entities"' "$WORK/lonely.json" || fail "no analysis printed when copied"
[ "$(wc -l <"$WORK/lonely.err")" -eq 1 ] || fail "expected one warning line, got: $(cat "$WORK/lonely.err")"
grep -Eq '^marginalia: warning: names found by fallback rules only: .*ner-de\.model' "$WORK/lonely.err" \
    || fail "warning does not say what is missing: $(cat "$WORK/lonely.err")"

# The reader shows it on the status line at once.
start_terminal 100 30
BIN="$WORK/lonely/marginalia" launch ok.txt
wait_for "names found by fallback rules only" "the missing-resources warning on the status line"
keys q
expect_exit 0
pass
