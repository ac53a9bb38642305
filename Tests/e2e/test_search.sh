#!/usr/bin/env bash
# `/` searches: every visible match is highlighted, n goes to the next match (scrolling the
# article there), N back.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
{
    printf 'Neue Brücke über die Saale\n\n'
    for i in $(seq 1 60); do
        case $i in
            2) printf 'Absatz 2. Der marode Brückenpfeiler wird ersetzt; ein zweiter Brückenpfeiler folgt später.\n\n' ;;
            50) printf 'Absatz 50. Erst im Herbst soll der letzte Brückenpfeiler stehen, sagte die Bauleiterin.\n\n' ;;
            *) printf 'Absatz %d. Die Arbeiten am Abschnitt %d gehen voran, wie die Verwaltung mitteilte.\n\n' "$i" "$i" ;;
        esac
    done
} >"$WORK/articles/bruecke.txt"

# Matches shown with a style starting exactly at the word (the capture has an SGR code there).
highlighted_matches() {
    screen_with_styles | grep -ao $'\033\[[0-9;]*mBrückenpfeiler' | wc -l
}
at_least_highlighted() { [ "$(highlighted_matches)" -ge "$1" ]; }

launch bruecke.txt
wait_for "Absatz 2\." "the article"
[ "$(highlighted_matches)" -eq 0 ] || fail "matches highlighted before any search"
keys /
text "Brückenpfeiler"
keys Enter
wait_until at_least_highlighted 2
# The first n goes to the second match in paragraph 2, the second n far down to paragraph 50.
keys n
keys n
wait_for "Absatz 50\." "the view at the match in paragraph 50 after n n"
wait_until at_least_highlighted 1
keys N
wait_gone "Absatz 50\." "the view to leave paragraph 50 after N"
wait_for "Brückenpfeiler folgt" "the view back at the second match in paragraph 2 after N"

keys q
expect_exit 0
expect_terminal_restored
pass
