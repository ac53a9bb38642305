#!/usr/bin/env bash
# Issue 14, defect 3: `:retype ORG` on a sentence does not make the sentence an entity (nor
# remove the entities inside it); it says to select an entity.
source "$(dirname "$0")/lib.sh"
scenario() {
    write_council_article a.txt
    launch a.txt
    wait_analysed
    keys ')'
    text ":retype ORG"; keys Enter
    wait_for "select an entity" "the message ($1)"
    keys a
    wait_for "select an entity \(e/E\) or a quote" "accept on a sentence refused ($1)"
    keys q
    expect_exit 0
    expect_saved "$WORK/articles/$1/a.txt.annotations.json" 'not [i for i in items if i["motivation"] == "identifying"]' \
        "the sentence was made an entity ($1)"
}
each_term scenario
pass
