#!/usr/bin/env bash
# Habits (issue 14): the `:` history survives a restart (Up brings back the last command, kept
# in $XDG_STATE_HOME/marginalia/command-history) and Tab completes command and theme names.
source "$(dirname "$0")/lib.sh"
scenario() {
    write_council_article a.txt
    launch a.txt
    wait_for "Der Stadtrat" "the article ($1)"
    text ":the"; keys Tab
    wait_for "^:theme" "Tab completed the command name ($1)"
    text " li"; keys Tab
    wait_for "^:theme light" "Tab completed the theme name ($1)"
    keys Enter
    wait_for "theme light" "the theme switched ($1)"
    keys q
    expect_exit 0
    grep -qx "theme light" "$WORK/state/marginalia/command-history" || fail "no command-history in XDG_STATE_HOME ($1)"
    launch a.txt
    wait_for "Der Stadtrat" "the article again ($1)"
    text ":"; keys Up
    wait_for "^:theme light" "Up brought back the last command ($1)"
    keys Escape
    keys q
    expect_exit 0
}
each_term scenario
pass
