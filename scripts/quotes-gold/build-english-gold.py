"""Builds Tests/MarginaliaQuotesTests/Fixtures/english-news-quotes.jsonl from the hand-written
articles in english-articles.txt (original texts written for the Marginalia project).

Markup (removed from the text; offsets are code points of the plain text, as Python counts):
  === ID | TITLE | DATE          starts an article; the lines up to the next === are its text
  {a:Linda Hart}                 a speaker mention with label a
  [a:“We finished early,”]       a direct quote (marks included) attributed to mention a
  [a+:“and under budget.”]       one more part of the previous quote of a (interrupted quote)
  [-:“...”]                      a direct quote with no speaker in the text
A quote's speaker is the mention with its label nearest to the quote, so a label can be reused.
Articles of the existing file whose ids are not in the markup file are kept as they are.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).with_name("english-articles.txt")
TARGET = ROOT / "Tests/MarginaliaQuotesTests/Fixtures/english-news-quotes.jsonl"
TOKEN = re.compile(r"\{(\w+):([^{}]*)\}|\[(\w+\+?|-):([^\[\]]*)\]")


def parse(block):
    header, body = block.split("\n", 1)
    ident, title, date = [x.strip() for x in header.split("|")]
    text, quotes, speakers = "", [], {}
    labels = []
    pos = 0
    body = body.strip("\n") + "\n"
    for m in TOKEN.finditer(body):
        text += body[pos:m.start()]
        pos = m.end()
        if m.group(1):
            start = len(text)
            text += m.group(2)
            speakers.setdefault(m.group(1), []).append([start, len(text)])
        else:
            label, inner = m.group(3), m.group(4)
            start = len(text)
            text += inner
            span = [start, len(text)]
            if label.endswith("+"):
                quotes[-1]["quote"].append(span)
                continue
            labels.append(label)
            quotes.append({"type": "Direct", "quote": [span], "speaker": [], "cue": None,
                           "addressee": None, "medium": None, "nested": False})
    text += body[pos:]
    for label, q in zip(labels, quotes):
        if label != "-":
            s, e = q["quote"][0][0], q["quote"][-1][1]
            near = min(speakers[label], key=lambda m: min(abs(m[0] - e), abs(s - m[1])))
            q["speaker"] = [near]
    if "{" in text or "[" in text and "]" in text:
        sys.exit(f"{ident}: unparsed markup left in the text")
    return {"id": ident, "title": title, "date": date, "source": "original text written for the Marginalia project",
            "text": text, "quotations": quotes}


def main():
    blocks = [b for b in SOURCE.read_text(encoding="utf-8").split("=== ")[1:]]
    new = [parse(b) for b in blocks]
    ids = {a["id"] for a in new}
    kept = [json.loads(l) for l in TARGET.read_text(encoding="utf-8").splitlines() if l.strip()]
    kept = [a for a in kept if a["id"] not in ids]
    articles = kept + new
    TARGET.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    print(f"{len(articles)} articles, {sum(len(a['quotations']) for a in articles)} quotes -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
