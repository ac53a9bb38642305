#!/usr/bin/env bash
# The scripting helpers of the open command: --dump WxH renders the first screen as text without a
# terminal; --timing reports the first-paint time on stderr after exit.
source "$(dirname "$0")/lib.sh"
write_article "$WORK/articles/radweg.txt" 10

# --dump needs no terminal at all (stdin and stdout are not one here).
out="$("$BIN" --dump 60x12 "$WORK/articles/radweg.txt" </dev/null)" || fail "--dump failed"
[ "$(echo "$out" | wc -l)" -le 12 ] || fail "--dump 60x12 printed more than 12 lines"
echo "$out" | grep -q "Stadtrat beschließt" || fail "--dump does not show the heading: $out"
echo "$out" | python3 -c 'import sys; sys.exit(any(len(l.rstrip("\n")) > 60 for l in sys.stdin))' \
    || fail "--dump 60x12 printed a line longer than 60 characters"
"$BIN" --dump 0x5 "$WORK/articles/radweg.txt" >/dev/null 2>&1 && fail "--dump 0x5 was accepted"

start_terminal 100 30
LAUNCH_STDERR="$WORK/timing.err" launch --timing radweg.txt
wait_for "Absatz 1\." "the article"
keys q
expect_exit 0
expect_terminal_restored
grep -Eq "^marginalia: first frame [0-9]+ ms after process start" "$WORK/timing.err" \
    || fail "no timing line on stderr: $(cat "$WORK/timing.err")"
pass
