#!/usr/bin/env bash
# Issue 14, defect 7: `x` on a sentence removes only the tag of exactly that sentence, not the
# paragraph tag around it; with only overlapping tags left it lists them and opens the Tags pane.
source "$(dirname "$0")/lib.sh"
scenario() {
    write_council_article a.txt
    launch a.txt
    wait_analysed
    keys '}'
    wait_for "paragraph" "a paragraph selected ($1)"
    keys 2 ')'
    keys 1
    wait_for "Tags \(2\)" "two tags ($1)"
    keys x
    wait_for "Tags \(1\)" "one tag removed ($1)"
    keys x
    wait_for "overlapping" "the overlapping tag listed ($1)"
    keys q
    expect_exit 0
    expect_saved "$WORK/articles/$1/a.txt.annotations.json" \
        'len(items) == 1 and "Peter Müller stimmte dagegen" in json.dumps(items[0]["target"], ensure_ascii=False)' \
        "the paragraph's tag was removed with the sentence's ($1)"
}
each_term scenario
pass
