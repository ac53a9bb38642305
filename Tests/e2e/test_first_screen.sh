#!/usr/bin/env bash
# The first screen: with no argument the bundled samples open (their text and the side panes
# show); a given article is drawn exactly as the headless renderer lays it out, wide characters,
# combining marks and emoji included.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30

# No argument: the bundled samples. Their first words come from the installed resources, so the
# test follows whatever samples the package ships.
samples="$(dirname "$BIN")/Marginalia_MarginaliaSamples.resources/Articles"
first_sample="$(ls "$samples" 2>/dev/null | grep -v '^\.' | sort | head -1)"
[ -n "$first_sample" ] || fail "no bundled samples in $samples"
opening="$(grep -m1 -v '^[[:space:]]*$' "$samples/$first_sample" | sed 's/^[#[:space:]]*//' | cut -d' ' -f1-2)"
launch
wait_for "$opening" "the first sample's opening words '$opening'"
for title in Entities Quotes Tags; do
    wait_for "$title" "the $title pane"
done
keys q
expect_exit 0
expect_terminal_restored

# A given article with text of every width.
{
    printf 'Partnerstädte in aller Welt\n\n'
    printf 'Die Delegation aus Lindenau besuchte Qingdao (青岛) und Kyōto (京都), dann das Café am Markt.\n\n'
    printf 'Kombinierende Zeichen: Cafe\314\201, n\314\203, A\314\212; Emoji: 👍 und 🇩🇪; Zeichen in Breite zwei: 한국어.\n\n'
    printf 'Ein letzter Absatz in schlichtem Deutsch, damit der Text auch umbrochen werden muss, weil er länger ist als eine Zeile des Bildschirms breit.\n'
} >"$WORK/articles/breiten.txt"
dump_expected 100 30 breiten.txt
launch breiten.txt
wait_for "Partnerstädte in aller Welt" "the heading"
wait_for "青岛" "the CJK text"
expect_screen_matches_dump
for title in Entities Quotes Tags; do
    wait_for "$title" "the $title pane"
done
keys q
expect_exit 0
expect_terminal_restored
pass
