#!/usr/bin/env bash
# A hostile or unusual environment: TERM=dumb is refused with a hint to use --dump; a locale that
# is not UTF-8 (LANG and LC_ALL unset, C, POSIX) still shows umlauts; an invalid
# MARGINALIA_MAX_SIZE is reported; a huge binary file is refused after its first block.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 5

# TERM=dumb: one line, exit status 2, pointing to --dump.
LAUNCH_ENV="TERM=dumb" LAUNCH_STDERR="$WORK/dumb.err" launch radweg.txt
expect_exit 2
[ "$(wc -l <"$WORK/dumb.err")" -eq 1 ] || fail "TERM=dumb: expected one line, got: $(cat "$WORK/dumb.err")"
grep -q "^marginalia: TERM=dumb .*--dump" "$WORK/dumb.err" || fail "TERM=dumb: stderr was $(cat "$WORK/dumb.err")"
expect_terminal_restored

# No UTF-8 locale: the reader falls back to C.UTF-8 for the terminal; "Mühlstraße" stays whole.
for locale_env in "-u LANG -u LC_ALL -u LC_CTYPE" "LANG=C LC_ALL=C" "LANG=POSIX LC_ALL=POSIX"; do
    LAUNCH_ENV="$locale_env" launch radweg.txt
    wait_for "Mühlstraße" "umlauts drawn with '$locale_env'"
    keys q
    expect_exit 0
    expect_terminal_restored
done

# An invalid MARGINALIA_MAX_SIZE is an error, not silently the default.
for value in abc 0 -5 10x; do
    MARGINALIA_MAX_SIZE="$value" "$BIN" analyze "$WORK/articles/radweg.txt" >/dev/null 2>"$WORK/size.err"
    status=$?
    [ "$status" -eq 2 ] || fail "MARGINALIA_MAX_SIZE=$value: exit status $status, expected 2"
    grep -q "^marginalia: MARGINALIA_MAX_SIZE=$value is not a size" "$WORK/size.err" || fail "MARGINALIA_MAX_SIZE=$value: $(cat "$WORK/size.err")"
done
MARGINALIA_MAX_SIZE=500m "$BIN" analyze "$WORK/articles/radweg.txt" >/dev/null || fail "MARGINALIA_MAX_SIZE=500m refused"

# A 1 GB sparse file (all NUL bytes) under a raised limit: refused as binary after its first
# megabyte, without reading (and holding) the whole gigabyte.
truncate -s 1G "$WORK/articles/sparse.txt" 2>/dev/null || { echo "  (no sparse files here; skipped that part)"; pass; }
MARGINALIA_MAX_SIZE=2g /usr/bin/time -f '%M' -o "$WORK/rss.txt" "$BIN" analyze "$WORK/articles/sparse.txt" >/dev/null 2>"$WORK/sparse.err"
grep -q "sparse.txt" "$WORK/sparse.err" || fail "the sparse file was not refused: $(cat "$WORK/sparse.err")"
rss_kb="$(tail -1 "$WORK/rss.txt")"
[ "$rss_kb" -lt 300000 ] || fail "refusing a 1 GB binary file took $rss_kb KB of memory (read whole?)"
echo "  (1 GB sparse file refused with a peak of $rss_kb KB)"
pass
