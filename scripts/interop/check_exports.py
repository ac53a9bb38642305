#!/usr/bin/env python3
"""Checks Marginalia's exports the way the receiving tools read them (scripts/interop/README.md).
Usage: check_exports.py FOLDER   (the folder check.sh filled). Prints one line per check and
exits 1 if any failed. Standard library only, so it runs offline in CI; seqeval is used as well
when it is installed."""
import json
import os
import re
import sys
import unicodedata

FAILURES = []
CHECKS = 0

def check(ok, what):
    global CHECKS
    CHECKS += 1
    if not ok:
        FAILURES.append(what)
        print(f"FAIL {what}")

def slicer(text, unit):
    """Python slicing in the unit a tool counts: code points, UTF-16 units, UTF-8 bytes."""
    if unit == "codepoint":
        return lambda s, e: text[s:e]
    if unit == "utf16":
        b = text.encode("utf-16-le")
        return lambda s, e: b[2 * s:2 * e].decode("utf-16-le")
    b = text.encode("utf-8")
    return lambda s, e: b[s:e].decode("utf-8")

def length(text, unit):
    return {"codepoint": len(text), "utf16": len(text.encode("utf-16-le")) // 2, "utf8": len(text.encode("utf-8"))}[unit]

# ---------------------------------------------------------------- W3C Web Annotation
# The MUSTs of the W3C Web Annotation Data Model, as the test suite's annotationMusts.test lists
# them (web-platform-tests/annotation-model), written here from the spec rather than copied.
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# Terms of the W3C context that Marginalia's files use; everything else needs the project context.
W3C_TERMS = {"@context", "id", "type", "motivation", "created", "modified", "body", "target", "source", "selector",
             "purpose", "value", "exact", "prefix", "suffix", "start", "end", "generator", "name", "homepage", "items"}

def undefined_keys(value):
    """Keys, at any depth outside @context, that neither context defines (JSON-LD drops them)."""
    if isinstance(value, list):
        return [k for v in value for k in undefined_keys(v)]
    if not isinstance(value, dict):
        return []
    return [k for k, v in value.items() if k not in W3C_TERMS and k not in PROJECT_TERMS] + \
        [k for k, v in value.items() if k != "@context" for k in undefined_keys(v)]
PROJECT_TERMS = {"tagSet", "path", "sha256", "length", "contentId"}

def check_context(ctx, where):
    # 3.1-annotationContextValidated: one or more values, the W3C context among them; a single one as a string.
    ok = ctx == W3C_CONTEXT or (isinstance(ctx, list) and len(ctx) > 1 and W3C_CONTEXT in ctx)
    check(ok, f"{where}: @context holds {W3C_CONTEXT}")
    return ctx if isinstance(ctx, list) else [ctx]

def check_annotation(a, where, text, uri, content_id):
    check(isinstance(a.get("id"), str) and URI.match(a["id"]) is not None, f"{where}: id is one IRI (3.1-annotationIdValidated)")
    t = a.get("type")
    check(t == "Annotation" or (isinstance(t, list) and "Annotation" in t), f"{where}: type Annotation (3.1-annotationTypeValidated)")
    check("target" in a, f"{where}: has a target (3.1-targetKeyFound)")
    check(not ("body" in a and "bodyValue" in a), f"{where}: not both body and bodyValue (3.2.5-notBodyBodyValue)")
    for key in ("created", "modified", "generated"):
        if key in a:
            check(isinstance(a[key], str) and DATETIME.match(a[key]) is not None, f"{where}: {key} is xsd:dateTime with a zone (3.3.1-annotation{key.title()}Validated)")
    for key in ("rights", "canonical", "via"):
        if key in a:
            check(isinstance(a[key], str) and URI.match(a[key]) is not None, f"{where}: {key} is an IRI (3.3.6/3.3.7)")
    bodies = a.get("body", [])
    for n, body in enumerate(bodies if isinstance(bodies, list) else [bodies]):
        bw = f"{where} body {n + 1}"
        if isinstance(body, str):
            check(URI.match(body) is not None, f"{bw}: a string body is an IRI (3.2-bodyObjectsRecognized)")
            continue
        if body.get("type") == "TextualBody":
            check(isinstance(body.get("value"), str), f"{bw}: TextualBody has a string value")
            check("selector" not in body, f"{bw}: no selector on a TextualBody (outside the model)")
        elif body.get("type") == "SpecificResource":
            check(isinstance(body.get("source"), str) and URI.match(body["source"]) is not None, f"{bw}: SpecificResource source is an IRI")
            check_selectors(body.get("selector"), bw, text, quote_required=False)
        else:
            check("id" in body, f"{bw}: an external resource has an id (3.2-bodyObjectsRecognized)")
    target = a.get("target", {})
    check(isinstance(target, dict) and isinstance(target.get("source"), str) and URI.match(target["source"]) is not None,
          f"{where}: target.source is an IRI (3.2-targetObjectsRecognized)")
    check(target.get("source") == uri, f"{where}: target.source {target.get('source')} is the article's file: URI {uri}")
    check(target.get("contentId") == content_id, f"{where}: target.contentId is urn:sha256 of the loaded text")
    check_selectors(target.get("selector"), where, text, quote_required=True)
    for key in a:
        check(key in W3C_TERMS, f"{where}: key {key} is a W3C term")

def check_selectors(selectors, where, text, quote_required):
    selectors = selectors if isinstance(selectors, list) else [selectors]
    by_type = {s.get("type"): s for s in selectors if isinstance(s, dict)}
    pos = by_type.get("TextPositionSelector")
    check(pos is not None and isinstance(pos.get("start"), int) and isinstance(pos.get("end"), int)
          and 0 <= pos["start"] <= pos["end"] <= len(text), f"{where}: TextPositionSelector within the text (code points)")
    quote = by_type.get("TextQuoteSelector")
    if quote is None:
        check(not quote_required, f"{where}: TextQuoteSelector present")
        return
    if pos is None:
        return
    s, e = pos["start"], pos["end"]
    check(text[s:e] == quote.get("exact"), f"{where}: exact == text[{s}:{e}]")
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    check(text[:s].endswith(prefix) and text[e:].startswith(suffix), f"{where}: prefix/suffix surround the span")
    # dom-anchor-text-quote (hypothes.is) throws "Pattern too long" beyond 32 UTF-16 units.
    for name, part in (("prefix", prefix), ("suffix", suffix)):
        check(len(part) <= 32 and len(part.encode("utf-16-le")) // 2 <= 32, f"{where}: {name} within 32 code points and 32 UTF-16 units")

def check_w3c(folder, loaded, corpus_path):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".annotations.json"))
    check(len(names) == len(loaded), f"w3c: one file per article ({len(names)} of {len(loaded)}), named by id")
    for name in names:
        article_id = name[:-len(".annotations.json")]
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            doc = json.load(f)
        text = loaded[article_id]
        where = f"w3c/{name}"
        contexts = check_context(doc.get("@context"), where)
        project = next((c for c in contexts if isinstance(c, dict)), {})
        for term in PROJECT_TERMS:
            check(term in project, f"{where}: project context defines {term} (kept on JSON-LD expansion)")
        check(isinstance(doc.get("id"), str) and doc["id"].startswith("urn:uuid:"), f"{where}: collection id is urn:uuid")
        check(doc.get("type") == "AnnotationCollection", f"{where}: type AnnotationCollection")
        gen = doc.get("generator")
        check(isinstance(gen, dict) and URI.match(gen.get("id", "")) and gen.get("name") and URI.match(gen.get("homepage", "")),
              f"{where}: generator is an agent with id, name, homepage")
        import hashlib
        content_id = "urn:sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
        uri = "file://" + corpus_path + "#" + article_id
        check(doc.get("source", {}).get("id") == uri, f"{where}: source.id is {uri}")
        check(doc.get("source", {}).get("contentId") == content_id, f"{where}: source.contentId is the text's urn:sha256")
        missing = undefined_keys(doc)
        check(not missing, f"{where}: every key at every depth is defined by a context (undefined: {sorted(set(missing))})")
        speakers = [b for item in doc.get("items", []) if item.get("motivation") == "classifying"
                    for b in item.get("body", []) if b.get("type") == "SpecificResource"]
        if article_id == "combining-2":
            check(len(speakers) == 1 and text[speakers[0]["selector"]["start"]:speakers[0]["selector"]["end"]] == "Jan Mu\u0308ller",
                  f"{where}: the speaker's place is a SpecificResource body selecting the name")
        for n, item in enumerate(doc.get("items", [])):
            check_annotation(item, f"{where} item {n + 1}", text, uri, content_id)

# ---------------------------------------------------------------- brat
# brat's own rules (server/src/annotation.py, verify_annotations.py): text-bound lines
# "T<n>\t<TYPE> <start> <end>[;<start> <end>]*\t<text>", the text equal to the .txt at those
# offsets (fragments joined by a space), types declared in annotation.conf, and overlapping
# spans rejected unless an <OVERLAP> rule in [relations] allows them.
TEXTBOUND = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
NOTE = re.compile(r"^#\d+\tAnnotatorNotes (T\d+)\t(.*)$")

def read_conf(path):
    sections, current = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = re.match(r"^\[(\w+)\]$", line)
            if m:
                current = m.group(1)
                sections[current] = []
            elif current:
                sections[current].append(line)
    return sections

def check_brat(folder, loaded, unit, expect_overlap_rule):
    where = f"brat({os.path.basename(folder)})"
    conf = read_conf(os.path.join(folder, "annotation.conf"))
    for section in ("entities", "relations", "events", "attributes"):
        check(section in conf, f"{where}: annotation.conf has [{section}]")
    types = {line.strip() for line in conf.get("entities", [])}
    overlap = any(l.startswith("<OVERLAP>") for l in conf.get("relations", []))
    check(overlap == expect_overlap_rule, f"{where}: <OVERLAP> rule {'present' if expect_overlap_rule else 'absent'}")
    check(os.path.exists(os.path.join(folder, "visual.conf")), f"{where}: visual.conf written")
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".ann")):
        article_id = name[:-4]
        with open(os.path.join(folder, article_id + ".txt"), encoding="utf-8", newline="") as f:
            txt = f.read()
        check(txt == loaded[article_id], f"{where}/{name}: .txt is the loaded text")
        cut = slicer(txt, unit)
        spans = []
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        for n, line in enumerate(l for l in lines if l):
            lw = f"{where}/{name}:{n + 1}"
            check(not any(unicodedata.category(c) == "Cc" and c != "\t" for c in line), f"{lw}: no control characters")
            m = TEXTBOUND.match(line)
            if m is None:
                check(NOTE.match(line) is not None, f"{lw}: a text-bound annotation or a note")
                continue
            check(m.group(2) in types, f"{lw}: type {m.group(2)} declared in annotation.conf")
            fragments = [tuple(map(int, p.split(" "))) for p in m.group(3).split(";")]
            ok = all(0 <= s <= e <= length(txt, unit) for s, e in fragments)
            check(ok, f"{lw}: offsets within the text")
            if ok:
                check(" ".join(cut(s, e) for s, e in fragments) == m.group(4), f"{lw}: text column equals the .txt at its offsets ({unit})")
                spans.append((fragments[0][0], fragments[-1][1]))
        if not expect_overlap_rule:
            spans.sort()
            check(all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), f"{where}/{name}: no overlapping spans without <OVERLAP>")

# ---------------------------------------------------------------- doccano
# doccano 1.8's import for sequence labelling, reimplemented (doccano is a Django server, too
# heavy for CI) from its sources: data_import/pipeline/labels.py (SpanLabel: `[start, end, label]`
# or an object), labels/models.py (Span's constraints: start >= 0, end >= 0, start < end), and
# labels/managers.py (SpanManager.can_annotate: in a project without "Allow overlapping entity",
# a label overlapping one already saved is dropped, by Span.is_overlapping).
def is_overlapping(a, b):
    (s1, e1), (s2, e2) = a, b
    return (s2 <= s1 < e2) or (s2 < e1 <= e2) or (s1 < s2 and e2 < e1)

def doccano_import(path, allow_overlapping):
    examples = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            assert isinstance(obj.get("text"), str)
            kept, dropped = [], 0
            for start, end, label in obj.get("label", []):
                if not (isinstance(start, int) and isinstance(end, int) and start >= 0 and end >= 0 and start < end):
                    raise ValueError(f"bad label {start, end, label}")
                if not allow_overlapping and any(is_overlapping((start, end), (s, e)) for s, e, _ in kept):
                    dropped += 1
                    continue
                kept.append((start, end, label))
            examples.append((obj, kept, dropped))
    return examples

def check_doccano(path, loaded, expected, unit, no_overlap):
    where = f"doccano({os.path.basename(path)})"
    examples = doccano_import(path, allow_overlapping=not no_overlap)
    check(len(examples) == len(loaded), f"{where}: one line per article")
    for obj, kept, dropped in examples:
        article_id = str(obj.get("id"))
        text = obj["text"]
        check(text == loaded.get(article_id), f"{where} {article_id}: text is the loaded text, with id and title")
        check("title" in obj, f"{where} {article_id}: title")
        check(type(obj["id"]) is (int if article_id == "4" else str), f"{where} {article_id}: id of the corpus's JSON type")
        check(all(e <= length(text, unit) for _, e, _ in kept), f"{where} {article_id}: offsets within the text ({unit})")
        cut = slicer(text, unit)
        got = sorted((cut(s, e), label) for s, e, label in kept)
        if no_overlap:
            check(dropped == 0, f"{where} {article_id}: nothing dropped by a project without overlaps")
            check(all(a[1] <= b[0] for a, b in zip(sorted(kept), sorted(kept)[1:])), f"{where} {article_id}: no overlaps left")
        else:
            want = sorted((text[s:e], label) for s, e, label in expected[article_id])
            check(got == want, f"{where} {article_id}: labels cut at {unit} offsets are the imported ones")

# ---------------------------------------------------------------- CoNLL
def bio_entities(tags):
    """IOB2 chunks as seqeval's get_entities finds them (type, first, last)."""
    try:
        from seqeval.metrics.sequence_labeling import get_entities
        return [tuple(e) for e in get_entities(tags)]
    except ImportError:
        chunks, start, kind = [], None, None
        for i, tag in enumerate(tags + ["O"]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
                chunks.append((kind, start, i - 1))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, kind = i, tag[2:]
        return chunks

def check_conll(path, loaded, separator, docstart):
    where = f"conll({os.path.basename(path)})"
    with open(path, encoding="utf-8") as f:
        content = f.read()
    if docstart:
        # spaCy's conll_ner converter splits documents on this exact line.
        docs = [d for d in content.split("-DOCSTART- -X- O O") if d.strip()]
        check(content.startswith("-DOCSTART- -X- O O\n"), f"{where}: starts with -DOCSTART- -X- O O")
        check(len(docs) == len(loaded), f"{where}: {len(docs)} documents for {len(loaded)} articles, no junk document")
    else:
        check("DOCSTART" not in content, f"{where}: no -DOCSTART-")
        docs = [content]
    texts = list(loaded.values())
    for n, doc in enumerate(docs):
        tokens, tags = [], []
        for line in doc.split("\n"):
            if not line.strip() or line.startswith("-DOCSTART-"):
                continue
            cols = line.split(separator)
            check(len(cols) == 2 and all(cols), f"{where}: two {'tab' if separator == chr(9) else 'space'}-separated columns: {line!r}")
            tokens.append(cols[0]); tags.append(cols[-1])
        check(all(t == "O" or re.match(r"^[BI]-(PER|LOC|ORG|MISC)$", t) for t in tags), f"{where} doc {n + 1}: IOB2 tags")
        check(all(not t.startswith("I-") or (i > 0 and tags[i - 1][2:] == t[2:] and tags[i - 1] != "O") for i, t in enumerate(tags)),
              f"{where} doc {n + 1}: every I- continues a chunk")
        entities = bio_entities(tags)
        check(all(k in ("PER", "LOC", "ORG", "MISC") for k, _, _ in entities), f"{where} doc {n + 1}: entity chunks")
        if docstart:
            text, at, found = texts[n], 0, True
            for token in tokens:
                i = text.find(token, at)
                if i < 0:
                    found = False
                    break
                at = i + len(token)
            check(found, f"{where} doc {n + 1}: tokens appear in order in the article")

# ---------------------------------------------------------------- analyze --offsets
def check_analyze(path, loaded, unit):
    where = f"analyze --offsets {unit}"
    with open(path, encoding="utf-8") as f:
        results = [json.loads(line) for line in f]
    check(len(results) == len(loaded), f"{where}: one line per article")
    mismatches = 0
    for result in results:
        text = loaded[str(result["id"])]
        cut = slicer(text, unit)
        for e in result["entities"]:
            mismatches += cut(e["start"], e["end"]) != e["text"]
        for s in result["sentences"]:
            mismatches += not (0 <= s["start"] <= s["end"] <= length(text, unit))
        if "text" in result["source"]:
            check(result["source"]["text"] == text, f"{where} {result['id']}: source.text is the loaded text")
    check(mismatches == 0, f"{where}: {mismatches} entity offsets that do not slice to their text")

def main(folder):
    with open(os.path.join(folder, "loaded.json"), encoding="utf-8") as f:
        loaded = json.load(f)
    with open(os.path.join(folder, "labels.jsonl"), encoding="utf-8") as f:
        expected = {o["id"]: o["label"] for o in map(json.loads, f)}
    corpus = os.path.realpath(os.path.join(folder, "corpus.jsonl"))
    check_w3c(os.path.join(folder, "w3c"), loaded, corpus)
    check_brat(os.path.join(folder, "brat"), loaded, "codepoint", True)
    check_brat(os.path.join(folder, "brat-utf16"), loaded, "utf16", True)
    check_brat(os.path.join(folder, "brat-flat"), loaded, "codepoint", False)
    for unit in ("codepoint", "utf16", "utf8"):
        check_doccano(os.path.join(folder, f"doccano-{unit}.jsonl"), loaded, expected, unit, False)
        check_analyze(os.path.join(folder, f"analyze-{unit}.jsonl"), loaded, unit)
    check_doccano(os.path.join(folder, "doccano-flat.jsonl"), loaded, expected, "codepoint", True)
    check_conll(os.path.join(folder, "tab.conll"), loaded, "\t", True)
    check_conll(os.path.join(folder, "space.conll"), loaded, " ", True)
    check_conll(os.path.join(folder, "none.conll"), loaded, "\t", False)
    print(f"{CHECKS - len(FAILURES)} of {CHECKS} checks passed")
    return 1 if FAILURES else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
