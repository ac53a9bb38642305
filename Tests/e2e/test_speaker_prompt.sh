#!/usr/bin/env bash
# Issue 14, defect 4 (and Tab completion): the speaker prompt opens with the old name selected,
# so typing replaces it ("Anna BergerMaria" was saved before); Tab completes a name of the
# article's people ("Mül" -> "Peter Müller").
source "$(dirname "$0")/lib.sh"
scenario() {
    write_council_article a.txt
    launch a.txt
    wait_analysed
    keys Tab Tab
    wait_for "Anna Berger" "the Quotes pane ($1)"
    keys j s
    wait_for "speaker: Anna Berger" "the prompt with the old name ($1)"
    text "Mül"
    wait_for "speaker: Mül" "typing replaced the old name ($1)"
    keys Tab
    wait_for "speaker: Peter Müller" "Tab completed the name ($1)"
    keys Enter
    wait_for "speaker: Peter Müller" "the new speaker ($1)"
    keys q
    expect_exit 0
    expect_saved "$WORK/articles/$1/a.txt.annotations.json" \
        '[b["value"] for i in items if i["motivation"] == "classifying" for b in bodies(i) if b.get("purpose") == "identifying"] == ["Peter Müller"]' \
        "the speaker was not saved as Peter Müller ($1)"
}
each_term scenario
pass
