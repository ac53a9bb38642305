#!/usr/bin/env bash
# Bad input never starts curses: one line on stderr naming the problem, exit status 2, and the
# terminal as it was.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30

expect_one_line_error() {   # ERR_FILE PATTERN
    local lines
    lines="$(wc -l <"$1")"
    [ "$lines" -eq 1 ] || fail "expected one line on stderr, got $lines: $(cat "$1")"
    grep -Eq "^marginalia: .*$2" "$1" || fail "stderr '$(cat "$1")' does not match '$2'"
}

# A missing file.
LAUNCH_STDERR="$WORK/missing.err" launch "missing.txt"
expect_exit 2
expect_one_line_error "$WORK/missing.err" "missing\.txt"
expect_terminal_restored

# A binary file (NUL bytes).
printf 'Kopf\0\0\1\2bin\303\244r\0' >"$WORK/articles/blob.bin"
LAUNCH_STDERR="$WORK/blob.err" launch "blob.bin"
expect_exit 2
expect_one_line_error "$WORK/blob.err" "blob\.bin"
expect_terminal_restored

# Not a terminal: refuses with a clear message instead of drawing into a pipe.
write_article "$WORK/articles/ok.txt" 3
RUN_COUNTER=$((RUN_COUNTER + 1))
type_line "clear; '$BIN' ok.txt </dev/null 2>'$WORK/notty.err' | cat; echo \"EXIT-$RUN_COUNTER:\${PIPESTATUS[0]}\""
expect_exit 2
expect_one_line_error "$WORK/notty.err" "terminal"
pass
