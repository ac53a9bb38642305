#!/usr/bin/env python3
"""Writes a GermEval 2014 TSV file as an inline gold file ([PER ...], one sentence an article)
so that `marginalia eval ner --gold FILE --language de` scores the FULL German recognizer
(tagger plus document evidence and the name patterns in Recognition/), which `--germeval`
(tagger alone, gold tokens) does not see. Outer tags; OTH -> MISC; *part and *deriv -> O.
Literal brackets in tokens become parentheses (brackets are markup). Output to stdout:

  python3 scripts/quality/germeval-to-gold.py NER-de-dev.tsv > /tmp/dev-gold.txt
  marginalia eval ner --gold /tmp/dev-gold.txt --language de [--model m.model]
"""
import sys

def sentences(path):
    tokens = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                yield tokens
            tokens = []
            continue
        fields = line.split("\t")
        tokens.append((fields[1].replace("[", "(").replace("]", ")"), fields[2]))
    if tokens:
        yield tokens

def label(tag):
    if tag == "O" or tag.endswith("part") or tag.endswith("deriv"):
        return "O", None
    bio, kind = tag.split("-", 1)
    return bio, "MISC" if kind == "OTH" else kind

out = []
for tokens in sentences(sys.argv[1]):
    words, open_type = [], None
    for word, tag in tokens:
        bio, kind = label(tag)
        if open_type and (bio != "I" or kind != open_type):
            words[-1] += "]"
            open_type = None
        if bio == "B" or (bio == "I" and open_type is None and kind):
            word = f"[{kind} {word}"
            open_type = kind
        words.append(word)
    if open_type:
        words[-1] += "]"
    out.append(" ".join(words))
print("\n---\n".join(out))
