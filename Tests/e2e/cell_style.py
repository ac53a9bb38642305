#!/usr/bin/env python3
"""Reads a `tmux capture-pane -e` screen on stdin and prints, for each NEEDLE argument, the style
in effect at the needle's first character (the first line that contains it), one line each,
as a sorted list such as `bg=174 fg=16 underline`; `absent` if no line contains the needle."""
import re
import sys

def parse_line(line):
    cells, state, pos = [], {}, 0
    for match in re.finditer(r"\x1b\[([0-9;:]*)m|(.)", line):
        if match.group(2) is not None:
            cells.append((match.group(2), dict(state)))
            continue
        params = [int(p) if p.isdigit() else 0 for p in re.split(r"[;:]", match.group(1))] or [0]
        i = 0
        while i < len(params):
            p = params[i]
            if p == 0:
                state = {}
            elif p in (1, 2, 3, 4, 7, 9):
                state[{1: "bold", 2: "dim", 3: "italic", 4: "underline", 7: "reverse", 9: "strike"}[p]] = True
            elif p == 22:
                state.pop("bold", None); state.pop("dim", None)
            elif p in (23, 24, 27, 29):
                state.pop({23: "italic", 24: "underline", 27: "reverse", 29: "strike"}[p], None)
            elif p in (38, 48) and i + 2 < len(params) and params[i + 1] == 5:
                state["fg" if p == 38 else "bg"] = params[i + 2]; i += 2
            elif 30 <= p <= 37 or 90 <= p <= 97:
                state["fg"] = p
            elif 40 <= p <= 47 or 100 <= p <= 107:
                state["bg"] = p
            elif p == 39:
                state.pop("fg", None)
            elif p == 49:
                state.pop("bg", None)
            i += 1
    return cells

lines = [parse_line(l) for l in sys.stdin.read().split("\n")]
for needle in sys.argv[1:]:
    found = "absent"
    for cells in lines:
        text = "".join(c for c, _ in cells)
        at = text.find(needle)
        if at >= 0:
            style = cells[at][1]
            found = " ".join(sorted(k if v is True else f"{k}={v}" for k, v in style.items())) or "plain"
            break
    print(found)
