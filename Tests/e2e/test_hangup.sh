#!/usr/bin/env bash
# Closing the terminal (the pane is killed: SIGHUP) saves and releases the lock before the process goes.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 20

open_window 1
launch radweg.txt
wait_for "Absatz 1\." "the article"
wait_analysed
pid="$(app_pid)"
[ -n "$pid" ] || fail "no marginalia process"
keys 1
# Hang up as soon as the tag shows (before the 1-second autosave is likely to have run): a key
# still unread at the hang-up would be lost with the terminal, and that is not the point here.
wait_for "Tags \(1\)" "the tag in the Tags pane"
[ -f "$WORK/articles/radweg.txt.annotations.json" ] && echo "  (note: autosave was faster than the hang-up)"
tm kill-pane -t "$PANE"
PANE="e2e:0.0"
wait_until eval '! kill -0 "$pid" 2>/dev/null'
check_annotations radweg.txt 1 --count 1 >/dev/null || fail "the tag made just before the hang-up was not saved"
# And the lock went with it: the next start is not told of a stale lock.
! ls "$WORK/data/marginalia/locks/"*.lock >/dev/null 2>&1 || fail "the hang-up left a lock behind: $(ls "$WORK/data/marginalia/locks/")"
pass
