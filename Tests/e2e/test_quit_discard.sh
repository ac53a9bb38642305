#!/usr/bin/env bash
# Issue 14, defect 11: `:q!` is honest although autosave already wrote: after a confirmation it
# puts the annotations back as they were when the article was opened (here: the tag of a first
# session stays, the tag added and autosaved in the second is gone). Without a change it just quits.
source "$(dirname "$0")/lib.sh"
scenario() {
    write_council_article a.txt
    launch a.txt
    wait_analysed
    keys 1
    keys q
    expect_exit 0
    launch a.txt
    wait_analysed
    keys ')' 2
    wait_for "Tags \(2\)" "the second tag ($1)"
    wait_for " saved " "autosave to write it ($1)"
    text ":q!"; keys Enter
    wait_for "discard this session's changes" "the confirmation ($1)"
    text y; keys Enter
    expect_exit 0
    expect_saved "$WORK/articles/$1/a.txt.annotations.json" \
        'len(items) == 1 and [b.get("value") for b in bodies(items[0])] == ["claim"]' \
        ":q! kept the autosaved tag of this session ($1)"
    launch a.txt
    wait_analysed
    text ":q!"; keys Enter
    expect_exit 0
}
each_term scenario
pass
