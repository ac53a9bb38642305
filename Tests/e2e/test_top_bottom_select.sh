#!/usr/bin/env bash
# Issue 14, defect 6: `G` selects the last sentence and `g` the first, so the tag key tags what
# is seen there (not a sentence left in the middle of the screen).
source "$(dirname "$0")/lib.sh"
scenario() {
    write_article a.txt 30
    launch a.txt
    wait_analysed
    keys G
    wait_for "Absatz 30\." "the bottom ($1)"
    keys 1
    keys g
    wait_for "Stadtrat beschließt" "the top ($1)"
    keys 2
    wait_for "Tags \(2\)" "two tags ($1)"
    keys q
    expect_exit 0
    local length
    length="$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read().rstrip()))' a.txt)"
    # The tag of G ends where the text ends; the tag of g starts at its start.
    expect_saved "$WORK/articles/$1/a.txt.annotations.json" \
        "sorted((s['start'], s['end']) for i in items for s in i['target']['selector'] if s['type'] == 'TextPositionSelector')[-1][1] == $length and min(s['start'] for i in items for s in i['target']['selector'] if s['type'] == 'TextPositionSelector') == 0" \
        "G/g did not tag the last and the first sentence ($1)"
}
each_term scenario
pass
