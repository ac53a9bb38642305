#!/usr/bin/env python3
"""Dumps German word frequencies from the PyPI package wordfreq (data CC BY-SA 4.0) as
`word<TAB>zipf` lines, the most frequent first, for `marginalia train nouns --frequencies`.
wordfreq keeps its data in a binary format only Python reads; this is the one step outside the
project's own command. Run it in a throw-away venv:

  python3 -m venv /tmp/nouns-venv && /tmp/nouns-venv/bin/pip install german-nouns wordfreq
  /tmp/nouns-venv/bin/python scripts/lexicon/wordfreq-de.py > /tmp/wordfreq-de.tsv
"""
import sys
import wordfreq

for word in wordfreq.top_n_list("de", 200000):
    print(f"{word}\t{wordfreq.zipf_frequency(word, 'de'):.2f}")
