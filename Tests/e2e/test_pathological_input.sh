#!/usr/bin/env bash
# Inputs that were quadratic (issue 20): 600 KB of nested Markdown brackets, and 300 KB of one
# sentence without a full stop. The first screen shows, the analysis finishes, and a tag can be
# made, all within the usual TIMEOUT (before: no first frame after 60 s for 1.2 MB of brackets,
# and a long sentence never finished analysing). Sizes and times: scripts/perf/quadratic-series.sh.
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
python3 - "$WORK/articles" <<'PY'
import sys
folder = sys.argv[1]
with open(folder + "/brackets.md", "w") as f:
    f.write("# Klammern\n\n" + "[" * 300_000 + "x" + "]" * 300_000 + "\n")
words = "die Stadt Lindenau baut einen Radweg entlang der Mühlstraße sagte Anna Berger und".split()
with open(folder + "/one-sentence.txt", "w") as f:
    f.write("Ein Satz ohne Ende\n\n" + " ".join(words[i % len(words)] for i in range(300_000 // 6)) + "\n")
PY

for article in brackets.md one-sentence.txt; do
    case $article in brackets.md) first="Klammern" ;; *) first="Ein Satz ohne Ende" ;; esac
    launch "$article"
    wait_for "$first" "the first screen of $article"
    wait_analysed
    keys j 1
    wait_for "Tags \(1\)" "a tag in $article"
    keys q
    expect_exit 0
    expect_terminal_restored
done
pass
