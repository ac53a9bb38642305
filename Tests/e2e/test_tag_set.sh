#!/usr/bin/env bash
# Issue 14, defect 8: an article tagged with an earlier tag set keeps it, and says so in the
# legend; `:tags` adopts the set of config.toml, renaming the article's tags by position.
source "$(dirname "$0")/lib.sh"
scenario() {
    mkdir -p "$WORK/config/marginalia"
    printf 'tags = ["pro", "contra"]\n' >"$WORK/config/marginalia/config.toml"
    write_council_article a.txt
    launch a.txt
    wait_analysed
    keys 1
    wait_for "Tags \(1\)" "the tag ($1)"
    keys q
    expect_exit 0
    printf 'tags = ["ja", "nein", "vielleicht"]\n' >"$WORK/config/marginalia/config.toml"
    launch a.txt
    wait_analysed
    wait_for "1 pro +2 contra +\(this article's tag set; :tags adopts the config's\)" "the article's own tag set shown ($1)"
    text ":tags"; keys Enter
    wait_for "tag set: ja, nein, vielleicht" "the config's set adopted ($1)"
    keys q
    expect_exit 0
    expect_saved "$WORK/articles/$1/a.txt.annotations.json" \
        '[b.get("value") for i in items for b in bodies(i)] == ["ja"] and json.load(open(sys.argv[1]))["tagSet"] == ["ja", "nein", "vielleicht"]' \
        "the tag was not renamed by position ($1)"
}
each_term scenario
pass
