#!/usr/bin/env bash
# Resizing at any moment, down to 20x6 and back, neither crashes nor leaves garbage: back at
# 100x30 the screen is exactly what a fresh start at that size shows.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 30

dump_expected 100 30 radweg.txt
launch radweg.txt
wait_for "Stadtrat beschließt" "the article"
expect_screen_matches_dump

resize() { tm resize-window -t e2e -x "$1" -y "$2"; }

# Step down, waiting each time for the program to show something sensible at the new size:
# a part of the article or a "too small" notice.
for size in 80x24 60x15 40x10 30x8 20x6; do
    resize "${size%x*}" "${size#*x}"
    wait_until app_running
    wait_for "[Ss]mall|Stadtrat|Radweg|Absatz|Lindenau" "something readable at $size"
    rows="$(tm capture-pane -p -t "$PANE" | wc -l)"
    [ "$rows" -le "${size#*x}" ] || fail "the screen has $rows rows at $size"
done

# A burst of sizes without waiting (a window being dragged).
for size in 21x7 100x30 25x6 70x20 20x6 90x28 33x9 100x12 20x30 100x30 45x6 20x6; do
    resize "${size%x*}" "${size#*x}"
done
resize 100 30
wait_until app_running
wait_for "Stadtrat beschließt" "the article at 100x30 again"
expect_screen_matches_dump

keys q
expect_exit 0
expect_terminal_restored
pass
