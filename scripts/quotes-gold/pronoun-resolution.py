"""How often a pronoun speaker ("he said") of the English quote gold is resolved to the right
person. The gold file marks the pronoun as the speaker (the cue mention); the person it stands
for is known where english-articles.txt gives the pronoun and a name the same label.

Usage: python3 scripts/quotes-gold/pronoun-resolution.py [MARGINALIA_BIN]
(default: the release build). Runs `marginalia analyze --jsonl` on the gold articles.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).with_name("english-articles.txt")
GOLD = ROOT / "Tests/MarginaliaQuotesTests/Fixtures/english-news-quotes.jsonl"
PRONOUNS = ("he", "she")


def expected_names():
    """(article id, first 40 characters inside the marks) -> the name the pronoun stands for."""
    expected = {}
    for block in SOURCE.read_text(encoding="utf-8").split("=== ")[1:]:
        ident = block.split("|")[0].strip()
        labels = {}
        for m in re.finditer(r"\{(\w+):([^{}]*)\}", block):
            labels.setdefault(m.group(1), []).append(m.group(2))
        for m in re.finditer(r"\[(\w+)\+?:([^\[\]]*)\]", block):
            mentions = labels.get(m.group(1), [])
            names = [n for n in mentions if n.lower() not in PRONOUNS]
            if names and any(n.lower() in PRONOUNS for n in mentions):
                expected[(ident, m.group(2)[1:41])] = names[-1]
    return expected


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/release/marginalia")
    corpus = "".join(json.dumps({"id": a["id"], "title": a["title"], "text": a["text"]}) + "\n"
                     for a in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()))
    out = subprocess.run([binary, "analyze", "--jsonl", "-", "--jobs", "1"], input=corpus,
                         capture_output=True, text=True, check=True).stdout
    expected = expected_names()
    right = total = 0
    for line in out.splitlines():
        article = json.loads(line)
        for q in article["quotes"]:
            speaker = q.get("speaker")
            key = (article["id"], q["text"][:40])
            if not speaker or speaker["text"].lower() not in PRONOUNS or key not in expected:
                continue
            total += 1
            ok = expected[key].split()[-1] in speaker["canonical"].split()
            right += ok
            if not ok:
                print(f"  miss {article['id']}: {speaker['text']} -> {speaker['canonical']} (want {expected[key]})")
    print(f"pronoun speakers resolved to the right person: {right} of {total}")


if __name__ == "__main__":
    main()
