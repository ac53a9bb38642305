#!/usr/bin/env python3
"""Build a large JSON-lines corpus for measuring the library by repeating a smaller one.

Usage: make-big-corpus.py OUT.jsonl COUNT INPUT.jsonl [INPUT.jsonl ...]
Ids get a repeat suffix ("11059-r3") so every article stays a distinct article. Write it to
/tmp, never into the repository (the WikiNews data is CC BY-NC-SA and must not be copied).
"""
import json
import sys

def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out_path, count, inputs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    lines = []
    for path in inputs:
        with open(path, encoding="utf-8") as f:
            lines.extend(json.loads(l) for l in f if l.strip())
    with open(out_path, "w", encoding="utf-8") as out:
        for n in range(count):
            article = dict(lines[n % len(lines)])
            article["id"] = f"{article.get('id', n)}-r{n // len(lines)}"
            out.write(json.dumps(article, ensure_ascii=False) + "\n")

main()
