#!/usr/bin/env python3
"""Checks an annotation file against docs/CONTRACTS.md and the article it belongs to.

usage: check_annotations.py ANNOTATIONS.json ARTICLE.txt TAG_NUMBER... [--count N]

Each TAG_NUMBER (1-based index into the file's own tagSet) must be carried by a tagging
annotation; every item's TextPositionSelector must cut exactly its TextQuoteSelector's text out of
the article (offsets in code points = Python str indices); the source hash must match. Prints the
tag names found, one per line, on success; a reason and exit status 1 otherwise.
"""
import hashlib
import json
import sys


def fail(message):
    print(f"check_annotations: {message}", file=sys.stderr)
    sys.exit(1)


def main(argv):
    count = None
    if "--count" in argv:
        i = argv.index("--count")
        count = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    path, article_path, *tag_numbers = argv
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as error:
        fail(f"{path}: {error}")
    with open(article_path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    context = doc.get("@context")
    if not isinstance(context, list) or context[0] != "http://www.w3.org/ns/anno.jsonld":
        fail("@context does not start with the W3C annotation context")
    if not str(doc.get("id", "")).startswith("urn:uuid:"):
        fail("the collection has no urn:uuid: id")
    if doc.get("type") != "AnnotationCollection":
        fail("type is not AnnotationCollection")
    source = doc.get("source", {})
    if source.get("sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
        fail("source.sha256 does not match the article")
    if source.get("length") != len(text):
        fail(f"source.length {source.get('length')} != {len(text)} code points")
    tag_set = doc.get("tagSet")
    if not isinstance(tag_set, list) or not tag_set:
        fail("no tagSet")
    items = doc.get("items")
    if not isinstance(items, list):
        fail("no items")
    if count is not None and len(items) != count:
        fail(f"{len(items)} items, expected {count}")

    found = []
    for item in items:
        if item.get("type") != "Annotation" or not str(item.get("id", "")).startswith("urn:uuid:"):
            fail(f"malformed item {item}")
        if not str(item.get("target", {}).get("source", "")).startswith("file:///"):
            fail(f"item {item['id']}: target.source is not an absolute file: URI")
        selectors = {s.get("type"): s for s in item.get("target", {}).get("selector", [])}
        position = selectors.get("TextPositionSelector")
        quote = selectors.get("TextQuoteSelector")
        if not position or not quote:
            fail(f"item {item['id']} lacks a position or quote selector")
        start, end = position["start"], position["end"]
        if not (0 <= start < end <= len(text)):
            fail(f"item {item['id']} has bad offsets {start}..{end}")
        if text[start:end] != quote.get("exact"):
            fail(f"item {item['id']}: text[{start}:{end}] = {text[start:end]!r} != exact {quote.get('exact')!r}")
        if quote.get("prefix") is not None and not text[:start].endswith(quote["prefix"]):
            fail(f"item {item['id']}: prefix does not precede the span")
        if quote.get("suffix") is not None and not text[end:].startswith(quote["suffix"]):
            fail(f"item {item['id']}: suffix does not follow the span")
        if item.get("motivation") == "tagging":
            for body in item.get("body", []):
                if body.get("purpose") == "tagging":
                    found.append(body.get("value"))

    for number in tag_numbers:
        name = tag_set[int(number) - 1]
        if name not in found:
            fail(f"tag {number} ({name}) not found; tags present: {found}")
    print("\n".join(found))


if __name__ == "__main__":
    main(sys.argv[1:])
