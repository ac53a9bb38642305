#!/usr/bin/env python3
"""Recomputes `analyze --jsonl --offsets UNIT` output against its corpus in Python: every
sentence, entity, quote and speaker span sliced in UNIT from the loaded text must give the text
the output names (entities, quotes of one span, speakers) or lie within it (sentences).
Usage: recompute_offsets.py CORPUS.jsonl OUTPUT.jsonl codepoint|utf16|utf8"""
import json
import sys

def loaded(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")

def main(corpus, output, unit):
    texts = {}
    with open(corpus, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                obj = json.loads(line)
                texts[str(obj.get("id", n))] = loaded(obj["text"])
    checked = mismatches = articles = 0
    with open(output, encoding="utf-8") as f:
        for line in f:
            result = json.loads(line)
            if "error" in result:
                continue
            articles += 1
            text = texts[str(result["id"])]
            if unit == "codepoint":
                cut, size = (lambda s, e: text[s:e]), len(text)
            else:
                codec = "utf-16-le" if unit == "utf16" else "utf-8"
                width = 2 if unit == "utf16" else 1
                data = text.encode(codec)
                cut, size = (lambda s, e: data[width * s:width * e].decode(codec)), len(data) // width
            for s in result["sentences"]:
                checked += 1
                mismatches += not (0 <= s["start"] <= s["end"] <= size)
            for e in result["entities"]:
                checked += 1
                mismatches += cut(e["start"], e["end"]) != e["text"]
            for q in result["quotes"]:
                if "spans" not in q:
                    checked += 1
                    mismatches += cut(q["start"], q["end"]) != q["text"]
                if q.get("speaker"):
                    checked += 1
                    mismatches += cut(q["speaker"]["start"], q["speaker"]["end"]) != q["speaker"]["text"]
    print(f"{unit}: {articles} articles, {checked} spans checked, {mismatches} mismatches")
    return 1 if mismatches else 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
