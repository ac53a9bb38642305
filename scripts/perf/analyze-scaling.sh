#!/usr/bin/env bash
# Is whole-document analysis linear? For each size, the same generated text is analysed once as
# one document (`marginalia analyze FILE`) and once as a JSON-lines corpus of articles of about
# 6,000 characters (`analyze --jsonl --jobs 1`), and the words per second of CPU time of each are
# printed with their ratio (issue goal: the document at no less than 80% of the corpus rate).
#
#   scripts/perf/analyze-scaling.sh [SIZES]        # default: 1m 4m 20m
#
# CPU (user + system) time, not wall time: the figure stays meaningful on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${MARGINALIA_BIN:-.build/release/marginalia}"
[ -x "$BIN" ] || { echo "analyze-scaling: build first: swift build -c release"; exit 1; }
WORK="$(mktemp -d /tmp/marginalia-scaling.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

cpu() { # cpu OUTFILE COMMAND...: runs the command, prints its CPU seconds and peak KB
    /usr/bin/time -f "%U %S %M" -o "$WORK/time" "$@" > /dev/null
    awk '{ printf "%.2f %d", $1 + $2, $3 }' "$WORK/time"
}

printf '%-6s %10s %16s %16s %7s %12s\n' size words "document w/s" "corpus w/s" ratio "doc peak MB"
for size in ${1:-1m 4m 20m}; do
    "$BIN" bench text "$size" > "$WORK/doc.txt"
    python3 - "$WORK/doc.txt" "$WORK/corpus.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
out = open(sys.argv[2], "w", encoding="utf-8")
buf, size, n = [], 0, 0
for para in text.split("\n\n"):
    buf.append(para); size += len(para)
    if size > 6000:
        out.write(json.dumps({"id": str(n), "text": "\n\n".join(buf)}, ensure_ascii=False) + "\n")
        buf, size, n = [], 0, n + 1
if buf:
    out.write(json.dumps({"id": str(n), "text": "\n\n".join(buf)}, ensure_ascii=False) + "\n")
PY
    words=$(wc -w < "$WORK/doc.txt")
    read -r doc_cpu doc_kb <<< "$(cpu "$BIN" analyze "$WORK/doc.txt")"
    read -r cor_cpu _ <<< "$(cpu "$BIN" analyze --jsonl "$WORK/corpus.jsonl" --jobs 1)"
    awk -v s="$size" -v w="$words" -v d="$doc_cpu" -v c="$cor_cpu" -v k="$doc_kb" 'BEGIN {
        printf "%-6s %10d %16.0f %16.0f %7.2f %12.0f\n", s, w, w / d, w / c, c / d, k / 1024 }'
done
