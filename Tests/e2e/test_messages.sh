#!/usr/bin/env bash
# Issue 14, defect 9: config errors are not cut off at the screen width nor joined on one line:
# the status says how many there are; `:messages` lists each in full (a long one wrapped).
source "$(dirname "$0")/lib.sh"
scenario() {
    mkdir -p "$WORK/config/marginalia"
    {
        echo 'colour = "blue"'
        echo 'fontsize = 12'
        echo '[keys]'
        echo 'a-command-with-an-extraordinarily-long-name-that-does-not-exist-anywhere-in-marginalia-at-all-END = "x"'
    } >"$WORK/config/marginalia/config.toml"
    write_council_article a.txt
    launch a.txt
    wait_for "3 config errors \(:messages\)" "the count of config errors ($1)"
    text ":messages"; keys Enter
    wait_for "Messages" "the message view ($1)"
    wait_for 'unknown setting "colour"' "the first error in full ($1)"
    wait_for 'unknown setting "fontsize"' "the second error in full ($1)"
    wait_for "at-all-END" "the end of the long error, wrapped ($1)"
    keys Escape
    wait_gone "Messages" "the view to close ($1)"
    keys q
    expect_exit 0
}
E2E_WIDTH=80 each_term scenario
pass
