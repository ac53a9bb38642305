#!/usr/bin/env bash
# Issue 14, defect 5: a missed quote and a missed entity can be added from the keyboard: `"`
# marks the selected sentence as a quote and asks for the speaker; a search match is a
# selection, `m` asks for the type and makes it an entity. Both saved as annotations.
source "$(dirname "$0")/lib.sh"
scenario() {
    write_council_article a.txt
    launch a.txt
    wait_analysed
    keys ')' ')' ')' ')'
    wait_for "sentence 5/" "the fifth sentence selected ($1)"
    keys '"'
    wait_for "speaker: " "the speaker prompt ($1)"
    text "Peter Müller"; keys Enter
    wait_for "quote marked|speaker: Peter Müller" "the quote marked ($1)"
    text "/Frühjahr"; keys Enter
    keys m
    wait_for ":mark-entity " "the type prompt ($1)"
    text "MISC"; keys Enter
    wait_for "Frühjahr marked MISC" "the entity marked ($1)"
    keys q
    expect_exit 0
    local file="$WORK/articles/$1/a.txt.annotations.json"
    expect_saved "$file" 'any(i["motivation"] == "classifying" and any(b.get("value") == "Peter Müller" for b in bodies(i)) and "Die Arbeiten sollen im Frühjahr beginnen." in json.dumps(i["target"], ensure_ascii=False) for i in items)' \
        "no quote with speaker Peter Müller saved ($1)"
    expect_saved "$file" 'any(i["motivation"] == "identifying" and any(b.get("value") == "MISC" for b in bodies(i)) and "Frühjahr" in json.dumps(i["target"], ensure_ascii=False) for i in items)' \
        "no MISC entity on Frühjahr saved ($1)"
}
each_term scenario
pass
