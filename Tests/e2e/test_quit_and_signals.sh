#!/usr/bin/env bash
# Every way out leaves the terminal as it was: q, Ctrl-C, SIGTERM, SIGHUP, a crash signal; and
# Ctrl-Z hands the terminal back and redraws everything on fg.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 30
HEADING="Stadtrat beschließt neuen Radweg"

open_article() {
    launch radweg.txt
    wait_for "$HEADING" "the article"
    wait_until app_running
}

# q quits with status 0.
open_article
keys q
expect_exit 0
expect_terminal_restored

# :q! quits without writing the tag just made, and leaves no lock behind (the next start is
# not told of a stale lock).
open_article
wait_analysed
keys 1
text ":q!"
keys Enter
wait_for "discard this session's changes" "the question of :q!"
text y; keys Enter
expect_exit 0
expect_terminal_restored
[ ! -e "$WORK/articles/radweg.txt.annotations.json" ] || fail ":q! wrote radweg.txt.annotations.json"
[ ! -e "$WORK/articles/radweg.txt.annotations.json.lock" ] || fail ":q! left radweg.txt.annotations.json.lock behind"
# Locks live in their own folder (never beside the article); :q! leaves none there either.
! ls "$WORK/data/marginalia/locks/"*.lock >/dev/null 2>&1 || fail ":q! left a lock in $WORK/data/marginalia/locks"

# Ctrl-C quits (saving first) and dies of SIGINT as a well-behaved program does.
open_article
keys C-c
expect_exit 130
expect_terminal_restored

# SIGTERM and SIGHUP (a closed terminal window) from outside.
for signal in TERM HUP; do
    open_article
    kill -"$signal" "$(app_pid)"
    case $signal in TERM) expect_exit 143 ;; HUP) expect_exit 129 ;; esac
    expect_terminal_restored
done

# Ctrl-C, SIGTERM, SIGHUP and SIGQUIT each save the tag just made (before the 1-second
# autosave is likely to have run) and release the lock: nothing is left in the lock folder, and
# the next start is not told of a stale lock. (Ctrl-C quits like q, but still dies of SIGINT so
# that a calling shell loop stops too.)
type_line "ulimit -c 0"   # SIGQUIT's default action would dump core into the articles folder
for signal in INT TERM HUP QUIT; do
    article="signal-$signal.txt"
    write_article "$WORK/articles/$article" 10
    launch "$article"
    wait_for "$HEADING" "the article ($signal)"
    wait_analysed
    wait_until app_running
    keys 1
    wait_for "Tags \(1\)" "the tag in the Tags pane ($signal)"
    ls "$WORK/data/marginalia/locks/"*.lock >/dev/null 2>&1 || fail "no lock file while $article is open"
    if [ "$signal" = INT ]; then keys C-c; else kill -"$signal" "$(app_pid)"; fi
    case $signal in INT) expect_exit 130 ;; TERM) expect_exit 143 ;; HUP) expect_exit 129 ;; QUIT) expect_exit 131 ;; esac
    expect_terminal_restored
    check_annotations "$article" 1 --count 1 >/dev/null || fail "SIG$signal did not save the tag"
    ! ls "$WORK/data/marginalia/locks/"*.lock >/dev/null 2>&1 || fail "SIG$signal left a lock behind: $(ls "$WORK/data/marginalia/locks/")"
    LAUNCH_STDERR="$WORK/again.err" launch "$article"
    wait_for "$HEADING" "the article again after SIG$signal"
    wait_analysed
    screen | grep -Eqi "stale lock|read[- ]?only" && fail "after SIG$signal the next start reported a lock"
    keys q
    expect_exit 0
done

# A crash (what a Swift runtime trap raises, and a segfault): the handler restores the terminal
# and the process still dies of the signal.
for signal in ILL SEGV; do
    open_article
    kill -"$signal" "$(app_pid)"
    case $signal in ILL) expect_exit 132 ;; SEGV) expect_exit 139 ;; esac
    expect_terminal_restored
done

# Ctrl-Z suspends: the shell's screen is back, typing works; fg redraws the reader in full.
# Started straight from the shell here, as a user would, so that it is the job bash stops.
type_line "clear; '$BIN' radweg.txt"
wait_for "$HEADING" "the article"
keys G          # wait for it to take effect: keys still unread at Ctrl-Z would go to the shell
wait_for "Absatz 30\." "the end of the article"
keys C-z
wait_for "Stopped" "the job to stop"
[ "$(tm display -p -t "$PANE" '#{alternate_on}')" = 0 ] || fail "suspended but still on the alternate screen"
type_line "echo typed-while-suspended"
wait_for "^typed-while-suspended" "the shell to work while suspended"
type_line "fg"
wait_for "Absatz 30\." "the reader redrawn after fg, where it was"
wait_gone "typed-while-suspended" "the shell's output (the reader should repaint everything)"
# Ctrl-Z right behind a key stops too, though it arrives while that key's frame is drawn: curses
# used to ignore SIGTSTP during every update, and such a Ctrl-Z was lost (half the time with a
# debug build). Each round: a scroll, Ctrl-Z at once, the shell in front, fg, the reader back.
on_alternate_screen() { [ "$(tm display -p -t "$PANE" '#{alternate_on}')" = 1 ]; }
on_shell_screen() { ! on_alternate_screen; }
for round in 1 2 3 4 5; do
    keys k
    keys C-z
    wait_until on_shell_screen
    keys C-u    # a key the reader had not read yet goes to the shell's line
    type_line "fg"
    wait_until on_alternate_screen
    wait_for "Absatz 2[0-9]\\." "the reader redrawn after fg (round $round)"
done
keys q
wait_gone "$HEADING" "the reader to quit"
RUN_COUNTER=$((RUN_COUNTER + 1))
type_line "echo \"EXIT-$RUN_COUNTER:\$?\""   # fg's status is the job's
expect_exit 0
[ "$(tm display -p -t "$PANE" '#{alternate_on}')" = 0 ] || fail "still on the alternate screen after q"
pass
