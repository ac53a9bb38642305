#!/usr/bin/env bash
# The library: a folder of three articles (and a file it cannot read). `]` goes to the next
# article, `D` marks it done, `L` lists the articles with their status (typing filters, Enter
# opens); after quitting and reopening, the last article, its status and its position are kept.
source "$(dirname "$0")/lib.sh"
start_terminal 110 30
mkdir -p "$WORK/articles/news"
write_article "$WORK/articles/news/1-radweg.txt" 30
{
    echo "Zweiter Artikel über die Brücke"
    for i in $(seq 1 40); do
        echo
        echo "Brückenabsatz $i. Die Stadt plant eine neue Brücke über den Fluss, sagte ein Sprecher am Montag."
    done
} >"$WORK/articles/news/2-bruecke.txt"
printf 'Dritter Artikel zum Haushalt\n\nDer Haushalt wurde am Dienstag beschlossen.\n' >"$WORK/articles/news/3-haushalt.txt"
printf '%%PDF-1.4\n' >"$WORK/articles/news/scan.pdf"

launch news
wait_for "Stadtrat beschließt neuen Radweg" "the first article"
wait_for "\[1/3\]" "the position in the library"

# ] : the next article; scroll down so the position is worth remembering.
keys ]
wait_for "Zweiter Artikel über die Brücke" "the second article"
keys Space Space
wait_gone "Brückenabsatz 1\. " "the top of the second article to scroll away"
TOP_LINE="$(screen | grep -Eo 'Brückenabsatz [0-9]+\.' | head -1)"
[ -n "$TOP_LINE" ] || fail "no paragraph visible after scrolling"

# D marks it done; L shows it so in the list, with the skipped file.
keys D
wait_for "marked done" "the done message"
keys L
wait_for "Library: 3 articles, 1 skipped" "the library list"
wait_for "done +Zweiter Artikel über die Brücke" "the done status in the list"
wait_for "in progress +Stadtrat beschließt" "the first article in progress"
wait_for "new +Dritter Artikel zum Haushalt" "the third article new"
wait_for "skipped .*scan\.pdf" "the skipped file"

# / opens the filter line; Enter ends it and Enter again opens the one left; L again and Esc
# leaves the list.
keys /
text "haus"
wait_for "filter: haus" "the filter"
wait_gone "Zweiter Artikel über die Brücke" "the filtered-out articles"
keys Enter Enter
wait_for "Der Haushalt wurde am Dienstag beschlossen" "the third article opened from the list"
keys [
wait_for "Zweiter Artikel über die Brücke" "back to the second article"
keys q
expect_exit 0
expect_terminal_restored

# Reopen: the last article comes back at the same place, still done.
launch news
wait_for "2-bruecke\.txt \[2/3\]" "the last article reopened"
wait_for "$TOP_LINE" "the remembered position ($TOP_LINE)"
screen | grep -q "Brückenabsatz 1\. " && fail "reopened at the top, not at the remembered position"
keys L
wait_for "done +Zweiter Artikel über die Brücke" "the done status after reopening"
wait_for "in progress +Dritter Artikel zum Haushalt" "the third article in progress after reopening"
keys Escape
wait_gone "Library: 3 articles" "the list to close"
keys q
expect_exit 0
[ -f "$WORK/data/marginalia/library-state.json" ] || fail "no library-state.json under XDG_DATA_HOME"
pass
