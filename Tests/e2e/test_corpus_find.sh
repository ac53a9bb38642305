#!/usr/bin/env bash
# A JSON-lines corpus of 300 articles (written here): `:find` fills its results pane (title with
# places and articles), j moves in it, Enter opens the hit; the entity index is built in the
# background and cached beside the library state; a damaged cache is rebuilt on the next start.
source "$(dirname "$0")/lib.sh"
start_terminal 110 30
python3 - "$WORK/articles/corpus.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for n in range(300):
        city = "Lindenau" if n % 50 == 7 else "Hafenstadt"
        text = (f"Bericht {n}. Die Bürgermeisterin Anna Berger sprach am Dienstag in {city} über den Haushalt. "
                "Der Stadtrat beschloss danach neue Radwege, wie die Verwaltung mitteilte.")
        out.write(json.dumps({"id": f"n{n}", "title": f"Meldung {n} aus {city}", "text": text}, ensure_ascii=False) + "\n")
PY

launch corpus.jsonl
wait_for "\[1/300\]" "the first article of the corpus"
text ":find lindenau"
keys Enter
wait_for "find \"lindenau\": 6 places in 6 articles" "the hits"
wait_gone "searching [0-9]+/300" "the search to finish"
wait_for "Meldung 7 aus Lindenau" "the first hit's article"
keys j
keys Enter
wait_for "article 58/300: Meldung 57 aus Lindenau" "the second hit's article opened"

# The index: once built, it is cached beside the library state.
CACHE_DIR="$WORK/data/marginalia/entity-index"
# Written whole (the header, names, 300 records): far more than the damaged file's 30 bytes.
cache_written() {
    local f
    f="$(ls "$CACHE_DIR"/*.bin 2>/dev/null | head -1)"
    [ -n "$f" ] && [ "$(stat -c %s "$f")" -gt 1000 ] && head -c 24 "$f" | grep -q "MARGINALIA-ENTITY-INDEX"
}
wait_until cache_written
keys q
expect_exit 0

# A damaged cache: the next start reports it (status line, while rebuilding) and writes it anew.
printf 'MARGINALIA-ENTITY-INDEX\nbroken' >"$CACHE_DIR"/*.bin
launch corpus.jsonl
wait_for "\[58/300\]" "the last article reopened"
wait_until cache_written
keys q
expect_exit 0
expect_terminal_restored
pass
