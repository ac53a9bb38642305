#!/usr/bin/env bash
# Size series for the inputs that were quadratic (issue 20, item 5; "quotes, no people": issue 19,
# item 2): each pathological input at sizes s, 2s, 4s, timed through the real binary. Linear work
# doubles with the size (ratio ~2); quadratic work quadruples (ratio ~4).
#   scripts/perf/quadratic-series.sh [BINARY]     (default: .build/release/marginalia)
#   SCALE=2 scripts/perf/quadratic-series.sh      (all sizes times 2)
# Prints one line per run: input, size, seconds, ratio to the previous size.
set -eu
cd "$(dirname "$0")/../.."
BIN="${1:-${MARGINALIA_BIN:-.build/release/marginalia}}"
[ -x "$BIN" ] || { echo "no binary at $BIN (swift build -c release)"; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
export MARGINALIA_MAX_SIZE=1g

python3 - "$BIN" "$WORK" "${SCALE:-1}" <<'PY'
import json, random, subprocess, sys, time
binary, work, scale = sys.argv[1], sys.argv[2], float(sys.argv[3])

def brackets(n):            # [ x n, x, ] x n: nested link brackets
    return "[" * (n // 2) + "x" + "]" * (n // 2)

def mix(n):                 # emphasis, brackets and backticks at random, no structure
    rnd = random.Random(20)
    return "".join(rnd.choice("*[`_]x ") for _ in range(n))

def no_stop(n):             # one sentence of n bytes: words, commas, never a full stop
    words = "die Stadt Lindenau baut einen Radweg entlang der Mühlstraße sagte Anna Berger und".split()
    out, size, i = [], 0, 0
    while size < n:
        w = words[i % len(words)] + ("," if i % 17 == 16 else "")
        out.append(w); size += len(w.encode()) + 1; i += 1
    return " ".join(out) + "\n"

def json_line(n):           # one corpus line of n bytes (sentences with full stops)
    sentence = "Die Stadt Lindenau baut einen Radweg, sagte Anna Berger. "
    return json.dumps({"id": 1, "text": sentence * max(1, n // len(sentence))}) + "\n"

def few_people(n):          # quotes said by "er" among places and a company, no person named
    paragraph = "„Das ist gut und richtig so“, sagte er in Berlin. Die Siemens AG wächst in München und Hamburg, sagte er.\n\n"
    return paragraph * max(1, n // len(paragraph.encode()))

series = [
    ("markdown [[[x]]]", "md", brackets, [250_000, 500_000, 1_000_000], ["analyze"]),
    ("markdown *[`_ mix", "md", mix, [600_000, 1_200_000, 2_400_000], ["analyze"]),
    ("one sentence, no full stop", "txt", no_stop, [1_000_000, 2_000_000, 4_000_000], ["analyze"]),
    ("JSON line on stdin", "jsonl", json_line, [5_000_000, 10_000_000, 20_000_000], ["analyze", "--jsonl", "-"]),
    ("quotes, no people", "txt", few_people, [250_000, 500_000, 1_000_000], ["analyze"]),
]
print(f"binary: {binary}")
print(f"{'input':28} {'bytes':>10} {'seconds':>8} {'ratio':>6}")
for name, ext, make, sizes, args in series:
    previous = None
    for size in [int(s * scale) for s in sizes]:
        path = f"{work}/input.{ext}"
        with open(path, "w") as f: f.write(make(size))
        command = [binary] + args + ([] if args[-1] == "-" else [path])
        start = time.perf_counter()
        with open(path) as stdin:
            result = subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            print(f"{name:28} {size:>10} failed: {result.stderr.decode()[:200]}"); break
        ratio = f"{seconds / previous:6.2f}" if previous else "      "
        print(f"{name:28} {size:>10} {seconds:8.2f} {ratio}", flush=True)
        previous = seconds
PY
