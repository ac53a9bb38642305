#!/usr/bin/env bash
# A tag survives kill -9 once autosave (at most 1 s after the change) has run; the stale lock of
# the killed process does not make the next start read-only.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 20
saved="$WORK/articles/radweg.txt.annotations.json"

launch radweg.txt
wait_for "Absatz 1\." "the article"
wait_analysed
pid="$(app_pid)"
[ -n "$pid" ] || fail "no marginalia process"
keys ')'
keys 2
# Autosave: the file appears with the tag without quitting.
wait_until annotations_ok radweg.txt 2 --count 1
kill -KILL "$pid"
expect_exit 137
type_line "stty sane; clear"   # kill -9 cannot be caught: the shell repairs the terminal

launch radweg.txt
wait_for "Absatz 1\." "the article after the kill"
wait_analysed
second_tag="$(tag_name radweg.txt 2)"
wait_for "$second_tag" "tag '$second_tag' shown after kill -9 and restart"
screen | grep -Eqi "read[- ]?only" && fail "the stale lock of the killed process made the article read-only"
keys q
expect_exit 0
expect_terminal_restored
check_annotations radweg.txt 2 --count 1 >/dev/null || fail "the annotation file is not as expected"
pass
