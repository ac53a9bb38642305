#!/usr/bin/env bash
# An article full of terminal escape sequences is shown as inert symbols: the title stays, the
# screen is not cleared, nothing moves, and the text around the sequences is all there.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
tm select-pane -t "$PANE" -T "e2e-title"

{
    printf 'Gefährliche Zeichen im Text\n\n'
    printf 'Titel: A\033]0;PWNED-TITLE\007B und A\033]2;PWNED2\033\\B.\n\n'
    printf 'Löschen: C\033[2JD und Cursor: E\033[5;5HF und Farbe: G\033[31mH.\n\n'
    printf 'Link: I\033]8;;https://example.invalid\033\\J und C1: K\302\233L und Glocke: M\007N.\n\n'
    printf 'Rückschritt: O\010P und Wagenrücklauf: Q\rR und Bidi: S\342\200\256T.\n\n'
    printf 'Schluss des Artikels nach den Steuerzeichen.\n'
} >"$WORK/articles/escapes.txt"

launch escapes.txt
wait_for "Schluss des Artikels" "the article's last line"
wait_for "Gefährliche Zeichen" "the article's heading (a clear-screen sequence would erase it)"
# Each sequence is shown where it stands, its introducer as a visible symbol.
wait_for "A␛\]0;PWNED-TITLE␇B" "the title sequence shown inert"
wait_for "C␛\[2JD" "the clear-screen sequence shown inert"
wait_for "E␛\[5;5HF" "the cursor-move sequence shown inert"
wait_for "K.L" "the C1 control shown as a placeholder"
wait_for "M␇N" "the bell shown inert"
screen | grep -q "PWNED2" || fail "the text of the second title sequence is missing"
title="$(tm display -p -t "$PANE" '#{pane_title}')"
[ "$title" = "e2e-title" ] || fail "the pane title changed to '$title'"
# The colour sequence took no effect: no style change starts right at the "H" after it.
screen_with_styles | grep -aq $'\033\[[0-9;]*mH\.' && fail "the colour sequence took effect"
keys q
expect_exit 0
expect_terminal_restored
[ "$(tm display -p -t "$PANE" '#{pane_title}')" = "e2e-title" ] || fail "the pane title changed after exit"
pass
