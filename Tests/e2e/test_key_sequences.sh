#!/usr/bin/env bash
# Issue 14, defect 2: an escape sequence is one key or nothing. Home, End, Insert, Delete,
# PgUp/PgDn and F1-F12 as tmux sends them, plus the rxvt, Linux-console and modified variants
# and an unknown sequence, pressed on the second article of a library, under three TERMs: the
# article stays the second, nothing is tagged. In the note editor Home and End move the cursor
# (the note is kept, nothing else happens).
source "$(dirname "$0")/lib.sh"

hex() { tm send-keys -t "$PANE" -H "$@"; }

run_with_term() {
    local term="$1" dir="news-$1"
    SOCKET="e2e-$$-$term"   # a server of its own per TERM (the last one is cleaned up on exit)
    E2E_TERM="$term" start_terminal 100 30
    mkdir -p "$WORK/articles/$dir"
    write_article "$WORK/articles/$dir/1-radweg.txt" 10
    printf 'Zweiter Artikel über die Brücke\n\nDie Stadt plant eine Brücke. Der Bau beginnt im Mai. Anwohner sind dafür.\n' \
        >"$WORK/articles/$dir/2-bruecke.txt"
    launch "$dir"
    wait_for "Stadtrat beschließt" "the first article ($term)"
    keys ]
    wait_for "Zweiter Artikel über die Brücke" "the second article ($term)"
    wait_analysed

    keys End Home PPage NPage IC DC F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12
    hex 1b 5b 37 7e            # rxvt Home
    hex 1b 5b 38 7e            # rxvt End
    hex 1b 5b 37 24            # rxvt Shift-Home
    hex 1b 5b 5b 41            # Linux console F1
    hex 1b 5b 31 3b 35 48      # xterm Ctrl-Home
    hex 1b 4f 46               # SS3 End
    hex 1b 5b 33 3b 32 7e      # Shift-Delete
    hex 1b 5b 39 39 7e         # unknown: dropped
    wait_for "ignored the key sequence \^\[\[99~" "the quiet message about the unknown sequence ($term)"
    screen | grep -q "Zweiter Artikel über die Brücke" || fail "left the second article ($term)"
    screen | grep -q "\[2/2\]" || fail "no longer on article 2 of 2 ($term)"

    # The note editor: Home and End move the cursor, the note stays.
    keys c
    text "Notiz"
    keys Home
    text "A "
    keys End
    text " Z"
    keys Enter
    keys q
    expect_exit 0
    expect_terminal_restored

    python3 - "$WORK/articles/$dir" <<'PY' || fail "tags or a wrong note were saved ($term)"
import json, os, sys
folder = sys.argv[1]
notes, tags = [], []
for name in os.listdir(folder):
    if not name.endswith(".annotations.json"):
        continue
    for item in json.load(open(os.path.join(folder, name), encoding="utf-8"))["items"]:
        for body in item.get("body", []):
            (notes if body.get("purpose") == "commenting" else tags).append((name, body.get("value")))
if tags or [n for _, n in notes] != ["A Notiz Z"] or notes[0][0] != "2-bruecke.txt.annotations.json":
    print(f"  tags {tags!r}, notes {notes!r}")
    sys.exit(1)
PY
    tm kill-server 2>/dev/null
}

for term in xterm-256color tmux-256color screen; do run_with_term "$term"; done
pass
