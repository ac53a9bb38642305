#!/usr/bin/env bash
# A note typed in the one-line editor: UTF-8 input (umlauts, a combining accent typed as its own
# character, a symbol), cursor keys and Backspace go through the terminal into the saved note;
# the cursor shows only while editing.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 10
cursor_visible() { [ "$(tm display -p -t "$PANE" '#{cursor_flag}')" = 1 ]; }
cursor_hidden() { ! cursor_visible; }

launch radweg.txt
wait_for "Absatz 1\." "the article"
wait_analysed
wait_until cursor_hidden
keys c
wait_until cursor_visible
text "Notizx"
keys BSpace
text " über Cafe"
text $'\xcc\x81'          # U+0301 COMBINING ACUTE ACCENT, typed on its own: Cafe + ◌́ = Café
keys Left Left Left Left  # before "Café" (four graphemes)
text "das "
keys End
text " ✓"
keys Enter
wait_until cursor_hidden
keys q
expect_exit 0
expect_terminal_restored

python3 - "$WORK/articles/radweg.txt.annotations.json" <<'PY' || fail "the note was not saved as typed"
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))["items"]
notes = [b["value"] for item in items for b in item.get("body", []) if b.get("purpose") == "commenting"]
expected = "Notiz über das Cafe\u0301 ✓"
if notes != [expected]:
    print(f"  notes {notes!r}, expected [{expected!r}]")
    sys.exit(1)
PY
check_annotations radweg.txt --count 1 >/dev/null || fail "the annotation file is not valid"
pass
