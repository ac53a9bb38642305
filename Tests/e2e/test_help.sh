#!/usr/bin/env bash
# `?` shows the help, generated from the live keymap; Esc closes it.
source "$(dirname "$0")/lib.sh"
# A user override: J (not j) scrolls down. The help must show the keymap as it is.
mkdir -p "$WORK/config/marginalia"
printf '[keys]\ndown = ["J", "<Down>"]\n' >"$WORK/config/marginalia/config.toml"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 10

launch radweg.txt
wait_for "Absatz 1\." "the article"
screen | grep -qi "scroll" && fail "help text visible before ?"
keys ?
wait_for "[Hh]elp" "the help title"
wait_for "\bJ\b.*scroll down a line" "the overridden key J for scrolling down"
screen | grep -E "scroll down a line" | grep -qw "j" && fail "the help still lists j for scrolling down"
wait_for "search" "the search command in the help"
# In a taller window the whole help fits, the quit command included.
tm resize-window -t e2e -x 120 -y 120
wait_for "quit, saving first" "the quit command in the help"
tm resize-window -t e2e -x 100 -y 30
keys Escape
wait_gone "scroll down a line" "the help to close"
wait_for "Absatz 1\." "the article again"
# The override works, not only its description: J scrolls, j does not.
# Keys are handled in order, so once the help (opened after the j presses) shows, every j has
# been handled: no sleeping needed for this negative check.
for _ in 1 2 3 4 5 6 7 8; do keys j; done
keys ?
wait_for "scroll down a line" "the help again"
keys Escape
wait_gone "scroll down a line" "the help to close again"
screen | grep -q "Absatz 1\." || fail "j still scrolls although the config took it away"
for _ in 1 2 3 4 5 6 7 8; do keys J; done
wait_gone "Absatz 1\." "J to scroll the article"

keys q
expect_exit 0
expect_terminal_restored
pass
