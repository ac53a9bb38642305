#!/usr/bin/env bash
# One keymap (issue 13 item 2) and the library filter as a mode (issue 14 defect 12): with
# `library = "l"` in config.toml, l opens and closes the list; `?` in the list shows the list's
# keys; `s` sorts instead of going into a filter; `/` opens a visible filter line in which `s`
# is text; Esc clears it and the cursor stays on the article it was on. Under three TERMs.
source "$(dirname "$0")/lib.sh"

run_with_term() {
    local term="$1" dir="news-$1"
    SOCKET="e2e-$$-$term"
    E2E_TERM="$term" start_terminal 110 30
    mkdir -p "$WORK/articles/$dir" "$WORK/config/marginalia"
    printf '[keys]\nlibrary = "l"\n' >"$WORK/config/marginalia/config.toml"
    printf 'Alpha über Kherson\n\nDer Kampf um Kherson geht weiter.\n' >"$WORK/articles/$dir/1-kherson.txt"
    printf 'Berlin baut\n\nDie Stadt baut Wohnungen.\n' >"$WORK/articles/$dir/2-berlin.txt"
    printf 'Wien wählt\n\nDie Stadt Wien wählt heute.\n' >"$WORK/articles/$dir/3-wien.txt"
    launch "$dir"
    wait_for "Der Kampf um Kherson" "the first article ($term)"

    keys l
    wait_for "Library: 3 articles" "the list opened with the rebound key l ($term)"
    wait_for "/ filter" "the list's key line ($term)"
    keys ?
    wait_for "Library list" "the help of the list ($term)"
    wait_for "filter the list" "the filter key in the list's help ($term)"
    wait_for "\bl\b +back to the article" "the rebound key in the list's help ($term)"
    screen | grep -q "tag the selection" && fail "the list's help shows the article's keys ($term)"
    keys Escape
    wait_gone "Library list" "the help to close ($term)"

    # s sorts (by title: Alpha, Berlin, Wien); it does not start a filter.
    keys s
    wait_for "sort: title" "the sort ($term)"
    screen | grep -q "filter:" && fail "s went into a filter ($term)"
    keys j j
    keys /
    wait_for "filter: ▏" "the visible filter line ($term)"
    text "st"
    wait_for "filter: st▏" "s typed into the filter ($term)"
    wait_gone "Alpha über Kherson" "the filtered-out article ($term)"
    keys Escape
    wait_gone "filter:" "the filter to be cleared ($term)"
    wait_for "Alpha über Kherson" "every article listed again ($term)"
    keys Enter
    wait_for "Die Stadt Wien wählt heute" "the article the cursor stayed on, opened ($term)"
    keys l
    wait_for "Library: 3 articles" "the list again ($term)"
    keys l
    wait_gone "Library: 3 articles" "the list closed with l ($term)"
    keys q
    expect_exit 0
    expect_terminal_restored
    tm kill-server 2>/dev/null
}

for term in xterm-256color tmux-256color screen; do run_with_term "$term"; done
pass
