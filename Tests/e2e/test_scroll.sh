#!/usr/bin/env bash
# Scrolling moves the text: j/k by lines, Space/b and PgDn/PgUp by pages, G/g to the ends.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 60

launch radweg.txt
wait_for "Absatz 1\." "the start of the article"
screen | grep -q "Absatz 60\." && fail "the end of the article is visible on the first screen"

# Line by line: the first paragraph leaves the screen after a few lines down, and comes back.
for _ in 1 2 3 4 5 6 7 8; do keys j; done
wait_gone "Absatz 1\." "the first paragraph to scroll away"
for _ in 1 2 3 4 5 6 7 8; do keys k; done
wait_for "Absatz 1\." "the first paragraph back after k"

# Pages.
keys Space
wait_gone "Absatz 1\." "the first page to go after Space"
wait_for "Absatz 1[0-9]\." "a later paragraph after Space"
keys b
wait_for "Absatz 1\." "the first page back after b"
keys PageDown
wait_gone "Absatz 1\." "the first page to go after PgDn"
keys PageUp
wait_for "Absatz 1\." "the first page back after PgUp"

# The ends.
keys G
wait_for "Absatz 60\." "the last paragraph after G"
wait_gone "Absatz 1\." "the first paragraph gone after G"
keys g
wait_for "Absatz 1\." "the first paragraph after g"
wait_gone "Absatz 60\." "the last paragraph gone after g"

keys q
expect_exit 0
expect_terminal_restored
pass
