#!/usr/bin/env bash
# Tagging by keys lands in <article>.annotations.json beside the article (valid, offsets matching
# the text), and the next start shows the tags again.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 20

launch radweg.txt
wait_for "Absatz 1\." "the article"
wait_analysed
keys 1          # the first sentence is selected at start: tag 1
keys ')' ')'    # two sentences on
keys 3          # tag 3
keys q
expect_exit 0
expect_terminal_restored
[ -f "$WORK/articles/radweg.txt.annotations.json" ] || fail "no radweg.txt.annotations.json beside the article"
check_annotations radweg.txt 1 3 --count 2 >/dev/null || fail "the annotation file is not as expected"
first_tag="$(tag_name radweg.txt 1)"
third_tag="$(tag_name radweg.txt 3)"

# Reopen: both tags are listed in the Tags pane.
launch radweg.txt
wait_for "Absatz 1\." "the article again"
wait_analysed
wait_for "$first_tag" "tag '$first_tag' shown after reopening"
wait_for "$third_tag" "tag '$third_tag' shown after reopening"
keys q
expect_exit 0
# Quitting without changes keeps the annotations.
check_annotations radweg.txt 1 3 --count 2 >/dev/null || fail "the annotations changed on a quit without edits"
pass
