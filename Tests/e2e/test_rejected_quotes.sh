#!/usr/bin/env bash
# Issue 14, defect 13: a rejected quote does not vanish from the Quotes pane: it is listed,
# dimmed, under "rejected (1)", and `a` on it takes the rejection back. A long note can be read
# in full (K).
source "$(dirname "$0")/lib.sh"
scenario() {
    write_council_article a.txt
    launch a.txt
    wait_analysed
    keys Tab Tab
    wait_for "Quotes \(1\)" "the Quotes pane ($1)"
    keys j r
    wait_for "rejected \(1\)" "the rejected quote still listed ($1)"
    wait_for "✗ „Wir schaffen" "the rejected quote's row ($1)"
    keys j j a
    wait_for "rejection undone" "the rejection taken back ($1)"
    wait_gone "rejected \(1\)" "the rejected section to go ($1)"
    keys Escape
    text "c"
    text "Ein sehr langer Gedanke über die Quelle dieses Satzes, der nicht in eine Zeile passt, weil er so lang ist, dass ihn die Statuszeile abschneiden würde. ENDE"
    keys Enter
    keys K
    wait_for "Note" "the note view ($1)"
    wait_for "ENDE" "the end of the note ($1)"
    keys Escape
    keys q
    expect_exit 0
}
E2E_WIDTH=100 each_term scenario
pass
