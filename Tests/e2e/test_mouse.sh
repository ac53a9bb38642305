#!/usr/bin/env bash
# Issue 14, habits: the mouse. The reader turns SGR mouse reporting on in the real terminal (tmux
# shows the modes it was asked for) and off again when it quits, or not at all with
# `mouse = false`; reports typed into the pane as a terminal sends them select the sentence under
# the pointer (tagged with `1` to prove which), the word on a double click, and the wheel scrolls.
source "$(dirname "$0")/lib.sh"

# cell WORD AFTER: "column row" (1-based, as SGR reports count) of the first WORD on the screen
# after the first line holding AFTER.
cell() {
    screen_rows | python3 -c '
import sys
word, after = sys.argv[1], sys.argv[2]
rows = sys.stdin.read().split("\n")
start = next(i for i, r in enumerate(rows) if after in r)
for i in range(start, len(rows)):
    if word in rows[i]:
        print(rows[i].index(word) + 3, i + 1); break
' "$1" "$2"
}
screen_rows() { tm capture-pane -p -t "$PANE"; }
mouse_flags() { tm display -p -t "$PANE" '#{mouse_sgr_flag}#{mouse_button_flag}'; }
# click COLUMN ROW [TIMES]: presses and releases the left button, as one burst of reports.
click() {
    local seq="" i
    for i in $(seq 1 "${3:-1}"); do seq+=$(printf '\033[<0;%s;%sM\033[<0;%s;%sm' "$1" "$2" "$1" "$2"); done
    text "$seq"
}
# A function, so that wait_until asks tmux again on every poll (arguments written inline would be
# expanded once, before the first poll, and a late switch would never be seen).
mouse_on() { [ "$(mouse_flags)" = 11 ]; }
shell_in_front() { [ "$(tm display -p -t "$PANE" '#{pane_current_command}')" = bash ]; }
wheel_down() { text "$(printf '\033[<65;%s;%sM' "$1" "$2")"; }

scenario() {
    write_article a.txt 30
    launch a.txt
    wait_analysed
    wait_until mouse_on || fail "mouse reporting not turned on ($1): flags $(mouse_flags)"
    # A click on a word of paragraph 2 selects its sentence; `1` tags it.
    read -r x y < <(cell "Sicherheit" "Absatz 2.")
    [ -n "${y:-}" ] || fail "no 'Sicherheit' after 'Absatz 2.' on the screen ($1)"
    click "$x" "$y"
    wait_for "sentence [0-9]+/[0-9]+" "a sentence selected by the click ($1)"
    keys 1
    wait_for "Tags \(1\)" "the clicked sentence tagged ($1)"
    # A double click selects the word.
    read -r x y < <(cell "Frühjahr" "Absatz 1.")
    click "$x" "$y" 2
    wait_for "range 8 chars" "the double-clicked word selected ($1)"
    # Three wheel steps down scroll the article by nine rows: its first paragraph leaves the screen.
    read -r x y < <(cell "Absatz 1." "Absatz 1.")
    wheel_down "$x" "$y"; wheel_down "$x" "$y"; wheel_down "$x" "$y"
    wait_gone "Der Stadtrat von Lindenau" "the article scrolled by the wheel ($1)"
    keys q
    expect_exit 0
    expect_terminal_restored
    [ "$(mouse_flags)" = 00 ] || fail "mouse reporting left on after quitting ($1): flags $(mouse_flags)"
    expect_saved "$WORK/articles/$1/a.txt.annotations.json" \
        "(lambda t, spans: len(spans) == 1 and spans[0][0] <= t.index('Sicherheit', t.index('Absatz 2.')) < spans[0][1] and spans[0][0] > t.index('Absatz 2.') - 1)(open('a.txt', encoding='utf-8').read(), [(s['start'], s['end']) for i in items for s in i['target']['selector'] if s['type'] == 'TextPositionSelector'])" \
        "the tag is not on the clicked sentence ($1)"

    # Suspended (Ctrl-Z), the shell gets no reports; after fg they are on again. Started straight
    # from the shell, as a user would, so that it is the job bash stops.
    type_line "clear; '$BIN' a.txt"
    wait_analysed
    wait_until mouse_on || fail "mouse reporting not turned on ($1)"
    keys C-z
    wait_for "Stopped" "the reader to stop ($1)"
    [ "$(mouse_flags)" = 00 ] || fail "mouse reporting left on while suspended ($1): flags $(mouse_flags)"
    type_line "fg"
    wait_until mouse_on || fail "mouse reporting not back after fg ($1): flags $(mouse_flags)"
    wait_for "Absatz 2\\." "the reader redrawn after fg ($1)"
    keys q
    wait_until shell_in_front || fail "the reader did not quit ($1)"
    [ "$(mouse_flags)" = 00 ] || fail "mouse reporting left on after quitting ($1): flags $(mouse_flags)"

    # mouse = false: no reporting asked for, so the terminal keeps its own selection.
    mkdir -p "$WORK/config/marginalia"
    printf 'mouse = false\n' >"$WORK/config/marginalia/config.toml"
    launch a.txt
    wait_analysed
    [ "$(mouse_flags)" = 00 ] || fail "mouse reporting on despite mouse = false ($1)"
    keys q
    expect_exit 0
    rm "$WORK/config/marginalia/config.toml"
}
each_term scenario
pass
