#!/usr/bin/env bash
# Headless commands on a JSON-lines corpus (issue 15 items 1 and 7): export by id, --ids,
# --annotated-only, corpus.jsonl#ID; analyze --jsonl keeps one output line per input line (blank
# and bad lines give error objects with the id when readable), --line-offset, --offsets.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
printf '%s\n' '{"id": "a/1", "title": "Eins", "text": "Anna Berg sprach in Kherson."}' \
    '{"id": "b2", "title": "Zwei", "text": "\ufeffDanach 😀 schwieg\r\nOlaf Scholz in Berlin."}' \
    '{"id": "c3", "title": "Drei", "text": "Nichts."}' >corpus.jsonl
printf '%s\n' '{"id": "b2", "text": "Danach 😀 schwieg\nOlaf Scholz in Berlin.", "label": [[0, 6, "claim"]]}' >labels.jsonl
"$BIN" import --format doccano --into corpus.jsonl labels.jsonl 2>import.err || fail "import: $(cat import.err)"
[ -f corpus.jsonl.annotations/b2.annotations.json ] || fail "import did not write the corpus annotation file"

# A label whose text is not in the article, and a document for no article: reported, exit 1,
# the rest imported.
printf '%s\n' '{"id": "c3", "text": "Ganz anders. Nichts.", "label": [[0, 4, "claim"], [13, 20, "fact"]]}' \
    '{"id": "zz", "text": "x", "label": [[0, 1, "claim"]]}' >partial.jsonl
"$BIN" import --format doccano --into corpus.jsonl partial.jsonl 2>partial.err && fail "an incomplete import exited 0"
grep -q "imported 1 annotation into 1 article.*2 could not be placed" partial.err || fail "no summary: $(cat partial.err)"
grep -q "partial.jsonl:1: 'claim' on 'Ganz'.*text not found" partial.err || fail "unplaced label not named: $(cat partial.err)"
grep -q "partial.jsonl:2: no article in corpus.jsonl for it (id 'zz')" partial.err || fail "unmatched document not named: $(cat partial.err)"

"$BIN" export --format jsonl corpus.jsonl >all.jsonl 2>/dev/null || fail "export of a corpus failed"
[ "$(wc -l <all.jsonl)" -eq 3 ] || fail "expected 3 doccano lines, got $(wc -l <all.jsonl)"
"$BIN" export --format jsonl --annotated-only corpus.jsonl >annotated.jsonl 2>/dev/null
python3 - annotated.jsonl <<'PY' || fail "annotated-only export: $(cat annotated.jsonl)"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [l["id"] for l in lines] == ["b2", "c3"], lines
assert lines[0]["title"] == "Zwei" and lines[0]["label"] == [[0, 6, "claim"]], lines
assert lines[0]["text"] == "Danach 😀 schwieg\nOlaf Scholz in Berlin.", "the loaded text: no BOM, no CR"
PY
"$BIN" export --format w3c --out w3c --ids 'a/1,b2' corpus.jsonl 2>/dev/null || fail "export --ids failed"
[ -f "w3c/a%2F1.annotations.json" ] && [ -f w3c/b2.annotations.json ] && [ ! -e w3c/c3.annotations.json ] \
    || fail "w3c files not named by id: $(ls w3c)"
"$BIN" export --format w3c 'corpus.jsonl#b2' >one.json 2>/dev/null || fail "corpus.jsonl#ID export failed"
grep -q '"file://.*corpus.jsonl#b2"' one.json || fail "target.source is not the article's file: URI"
"$BIN" export --format jsonl 'corpus.jsonl#nope' >/dev/null 2>err.txt && fail "an unknown id was accepted"
grep -q "no article with id 'nope'" err.txt || fail "unclear error for an unknown id: $(cat err.txt)"

printf '%s\n' '{"id": "x", "text": "Hallo 😀 Anna Berg."}' '' '{"id": "y"}' 'kein json' >in.jsonl
"$BIN" analyze --jsonl in.jsonl --jobs 2 --line-offset 100 --offsets utf16 >out.jsonl 2>analyze.err \
    && fail "bad lines without --keep-going exited 0"
python3 - out.jsonl <<'PY' || fail "analyze --jsonl output: $(cat out.jsonl)"
import json, sys
out = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(out) == 4, out                                   # one line per input line
assert out[0]["id"] == "x" and out[0]["source"]["offsets"] == "utf16"
assert out[1] == {"line": 102, "error": "in.jsonl:102: blank line"}, out[1]
assert out[2]["line"] == 103 and out[2]["id"] == "y" and "text" in out[2]["error"], out[2]
assert out[3]["line"] == 104 and "id" not in out[3], out[3]
text = "Hallo 😀 Anna Berg."
units = text.encode("utf-16-le")
assert out[0]["sentences"][-1]["end"] == len(units) // 2, out[0]["sentences"]   # 20 units, 19 code points
for e in out[0]["entities"]:
    assert units[2 * e["start"]:2 * e["end"]].decode("utf-16-le") == e["text"], e
PY
"$BIN" analyze --jsonl in.jsonl --keep-going >/dev/null 2>&1 || fail "--keep-going exited non-zero"
pass
