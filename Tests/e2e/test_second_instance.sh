#!/usr/bin/env bash
# A second instance on the same article is told so and opens read-only: its edits never reach
# the file, and the first instance keeps saving.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 20

launch radweg.txt
first_run=$RUN_COUNTER
wait_for "Absatz 1\." "the article in the first instance"
wait_analysed
keys 1
wait_until annotations_ok radweg.txt 1 --count 1

open_window 1
launch radweg.txt
wait_for "Absatz 1\." "the article in the second instance"
wait_analysed
wait_for "[Rr]ead[- ]?only" "the second instance saying it is read-only"
keys ')' 4
keys q
expect_exit 0
expect_terminal_restored

PANE="e2e:0.0"
RUN_COUNTER=$first_run
keys ')' ')' 5
keys q
expect_exit 0
check_annotations radweg.txt 1 5 --count 2 >/dev/null \
    || fail "expected exactly the first instance's two tags in the file"
pass
