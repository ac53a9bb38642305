#!/usr/bin/env python3
"""Writes the interop test corpus: texts with emoji (outside the BMP, with skin tones and flags),
combining marks, CJK, CRLF line ends and a byte order mark, and doccano labels for them (tags
that overlap each other), computed here in Python on the loaded text, independently of
Marginalia. Usage: make_corpus.py FOLDER"""
import json
import sys

ARTICLES = [
    {"id": "emoji-1", "title": "Emoji", "text":
        "\ufeffKyjiw 👍🏽 Die Ministerin Anna Berg sprach in Kherson 🇺🇦.\r\n"
        "„Wir bleiben“, sagte Berg. Danach 😀😀 schwieg Olaf Scholz in Berlin."},
    {"id": "combining-2", "title": "Combining", "text":
        "Cafe\u0301 Zu\u0308rich: Der Bu\u0308rgermeister Jan Mu\u0308ller besuchte Wien.\r\n\r\n"
        "Er sagte: „Das ist gut.“ Dann fuhr er nach Graz."},
    {"id": "cjk-3", "title": "CJK", "text":
        "北京 und 東京: Die Delegation um Li Wei traf in Berlin ein. 中文 Text.\n"
        "Angela Merkel empfing sie im Kanzleramt."},
    {"id": 4, "title": "Numeric id", "text": "Keine Besonderheiten. Peter Schmidt wohnt in Hamburg."},
]

def loaded(text):
    """The loaded text (docs/LOADED-TEXT.md): BOM dropped, CRLF and CR to LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")

def labels(text):
    """Overlapping tags on a few words (code points of the loaded text)."""
    out = []
    for word, tag in (("Berg", "claim"), ("Berlin", "fact"), ("Wien", "fact"), ("Hamburg", "my tag")):
        at = text.find(word)
        if at >= 0:
            out.append([max(0, at - 4), at + len(word), tag])
            # (brat cannot hold a line break at the end of a span: stop before one)
            end = min(len(text), at + len(word) + 3)
            newline = text.find("\n", at, end)
            out.append([at, end if newline < 0 else newline, "opinion"])
    return out

def main(folder):
    with open(f"{folder}/corpus.jsonl", "w", encoding="utf-8") as f:
        for article in ARTICLES:
            f.write(json.dumps(article, ensure_ascii=False) + "\n")
    with open(f"{folder}/labels.jsonl", "w", encoding="utf-8") as f:
        for article in ARTICLES:
            text = loaded(article["text"])
            f.write(json.dumps({"id": str(article["id"]), "text": text, "label": labels(text)}, ensure_ascii=False) + "\n")
    # A quote correction with its speaker, in the previous file format (the speaker's place as a
    # selector on the name's TextualBody, a relative target source): import must read it, and
    # the export must write the place as a SpecificResource body.
    text = loaded(ARTICLES[1]["text"])
    quote, speaker = text.index("„Das ist gut.“"), text.index("Jan Mu\u0308ller")
    old = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "generator": "marginalia 0.1.0",
           "source": {"path": "corpus.jsonl#combining-2", "sha256": ""},
           "items": [{"id": "urn:uuid:6f1c0c55-4a57-4c8e-9a51-0d7f4f0e7a01", "type": "Annotation", "motivation": "classifying",
                      "created": "2026-11-25T10:00:00Z", "modified": "2026-11-25T10:00:00Z",
                      "body": [{"type": "TextualBody", "purpose": "classifying", "value": "quote"},
                               {"type": "TextualBody", "purpose": "identifying", "value": "Jan Müller",
                                "selector": {"type": "TextPositionSelector", "start": speaker, "end": speaker + 11}}],
                      "target": {"source": "corpus.jsonl#combining-2", "selector": [
                          {"type": "TextPositionSelector", "start": quote, "end": quote + 14},
                          {"type": "TextQuoteSelector", "exact": text[quote:quote + 14]}]}}]}
    with open(f"{folder}/old-speaker.json", "w", encoding="utf-8") as f:
        json.dump(old, f, ensure_ascii=False)
    with open(f"{folder}/loaded.json", "w", encoding="utf-8") as f:
        json.dump({str(a["id"]): loaded(a["text"]) for a in ARTICLES}, f, ensure_ascii=False)

if __name__ == "__main__":
    main(sys.argv[1])
