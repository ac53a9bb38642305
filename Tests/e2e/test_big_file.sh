#!/usr/bin/env bash
# A big article (2 MB): the first screen comes from the file's beginning at once, the whole
# text replaces it in the background (G reaches the last paragraph, which the beginning does
# not hold), and a search finds a word near the end.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/gross.txt" 11000
printf '\nSchlusswort der Redaktion: Danke fürs Lesen.\n' >>"$WORK/articles/gross.txt"
[ "$(wc -c <"$WORK/articles/gross.txt")" -gt 1500000 ] || fail "the article is smaller than intended"

launch gross.txt
wait_for "Stadtrat beschließt neuen Radweg" "the first screen"
keys G
wait_for "Schlusswort der Redaktion" "the end of the whole article after G"
keys g
wait_for "Stadtrat beschließt" "the top again after g"
keys /
text "Schlusswort"
keys Enter
wait_for "Schlusswort der Redaktion" "the view at the match near the end"
keys q
expect_exit 0
expect_terminal_restored
pass
