#!/usr/bin/env python3
"""Reads a `tmux capture-pane -e` screen on stdin and prints which kinds of styling it uses, one
per line: fg8 bg8 (the 8 basic colours), fg16 bg16 (their bright forms), fg256 bg256 (indexed
beyond 16), rgb, bold, dim, italic, underline, reverse."""
import re
import sys

ATTRIBUTES = {1: "bold", 2: "dim", 3: "italic", 4: "underline", 7: "reverse"}
kinds = set()
for match in re.finditer(r"\x1b\[([0-9;:]*)m", sys.stdin.read()):
    params = [int(p) if p.isdigit() else 0 for p in re.split(r"[;:]", match.group(1)) if p != ""]
    i = 0
    while i < len(params):
        p = params[i]
        if p in (38, 48):
            side = "fg" if p == 38 else "bg"
            if i + 2 < len(params) and params[i + 1] == 5:
                n = params[i + 2]
                kinds.add(side + ("8" if n < 8 else "16" if n < 16 else "256"))
                i += 3
                continue
            if i + 4 < len(params) and params[i + 1] == 2:
                kinds.add("rgb")
                i += 5
                continue
        elif 30 <= p <= 37:
            kinds.add("fg8")
        elif 40 <= p <= 47:
            kinds.add("bg8")
        elif 90 <= p <= 97:
            kinds.add("fg16")
        elif 100 <= p <= 107:
            kinds.add("bg16")
        elif p in ATTRIBUTES:
            kinds.add(ATTRIBUTES[p])
        i += 1
print("\n".join(sorted(kinds)))
