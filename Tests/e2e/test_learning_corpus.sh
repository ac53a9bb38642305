#!/usr/bin/env bash
# train ner --from-annotations reads a JSON-lines corpus (its corrections in
# corpus.jsonl.annotations/, here placed by `import`), also inside a folder; --install makes the
# trained model the user's (used in place of the shipped one); model show says so; model reset
# --yes goes back to the shipped model.
source "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/corpus" && cd "$WORK/corpus"
user_env=(env -i PATH="$PATH" HOME="$WORK/home" XDG_DATA_HOME="$WORK/data")
printf '%s\n' \
  '{"id": "k1", "title": "Kantine", "text": "Die Belegschaft in Bremen streitet über die Kantine. Mittelstandsunion will die Kantine schließen. Anna Brinkmann widerspricht."}' \
  '{"id": "k2", "title": "Runde", "text": "Im Flur begann die Runde. Niemand kam."}' >corpus.jsonl
python3 - <<'PY'
import json
text = json.loads(open("corpus.jsonl", encoding="utf-8").readline())["text"]
start = text.index("Mittelstandsunion")
print(json.dumps({"id": "k1", "text": text, "label": [[start, start + len("Mittelstandsunion"), "ORG"]]}), file=open("labels.jsonl", "w"))
PY
"${user_env[@]}" "$BIN" import --format doccano --into corpus.jsonl labels.jsonl 2>import.err || fail "import: $(cat import.err)"
[ -f corpus.jsonl.annotations/k1.annotations.json ] || fail "no corpus annotation file"

"${user_env[@]}" "$BIN" train ner --from-annotations corpus.jsonl --epochs 2 --ensemble 1 --out "$WORK/own.model" >train.out 2>&1 \
  || fail "train from a corpus: $(cat train.out)"
grep -q "from annotations: 1 sentences of 0 articles marked complete and 1 with corrections" train.out \
  || fail "the corpus's corrected sentence was not read: $(cat train.out)"
# The same corpus found inside a folder (its annotation folder is not read as articles).
"${user_env[@]}" "$BIN" train ner --from-annotations "$WORK/corpus" --epochs 2 --ensemble 1 --out "$WORK/own.model" --install >install.out 2>&1 \
  || fail "train --install: $(cat install.out)"
grep -q "from annotations: 1 sentences of 0 articles marked complete and 1 with corrections" install.out || fail "folder: $(cat install.out)"
grep -q "installed .*own.model as .*/data/marginalia/models/ner-de.model" install.out || fail "not installed: $(cat install.out)"
"${user_env[@]}" "$BIN" model show | grep -q "over the installed model" || fail "model show does not name the installed model"
"${user_env[@]}" "$BIN" analyze --jsonl corpus.jsonl >k1.json 2>/dev/null || fail "analyze with the installed model failed"
grep -q '"text" *: *"Mittelstandsunion"' k1.json || fail "the installed model does not tag what it was trained on"
"${user_env[@]}" "$BIN" model import "$WORK/own.model" | grep -q "installed" || fail "model import of a full model did not install it"
"${user_env[@]}" "$BIN" model reset --yes >reset.out 2>&1 || true
"${user_env[@]}" "$BIN" model show | grep -q "over the installed model" && fail "model reset kept the installed model: $(cat reset.out)"
[ -e "$WORK/data/marginalia/models/ner-de.model" ] && fail "the installed model file is still there"
pass
