#!/usr/bin/env bash
# A real distributed run of `marginalia analyze --jsonl`: a local[2] Spark job pipes a JSON-lines
# corpus through the binary with RDD.pipe, and the result is compared line by line with a
# sequential run of the same binary.
#
#   scripts/scale/spark-pipe.sh [CORPUS.jsonl] [PARTITIONS]
#
# Default corpus: the WikiNews articles of ../shared/data repeated to 5,000 lines in /tmp (never in
# the repository: that data is CC BY-NC-SA). Installs PySpark into a throw-away virtual
# environment ($SPARK_VENV, default /tmp/marginalia-spark-venv) and a JRE from Debian's packages
# when no `java` is on PATH. Not part of CI: it downloads about 300 MB.
#
# What it checks: every input line has exactly one output line, the output of each partition is
# in the input's order (so the whole RDD, collected in partition order, is identical to the
# sequential run), and no line is an error object.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
BIN="${MARGINALIA_BIN:-$REPO/.build/release/marginalia}"
[ -x "$BIN" ] || { echo "spark-pipe: build first: swift build -c release (or set MARGINALIA_BIN)"; exit 1; }
VENV="${SPARK_VENV:-/tmp/marginalia-spark-venv}"
PARTITIONS="${2:-8}"
WORK="$(mktemp -d /tmp/marginalia-spark.XXXXXX)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

if ! command -v java >/dev/null 2>&1; then
  echo "spark-pipe: installing a JRE"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "spark-pipe: installing PySpark into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q 'pyspark>=3.5,<3.6'
fi

CORPUS="${1:-}"
if [ -z "$CORPUS" ]; then
  CORPUS="$WORK/corpus.jsonl"
  DATA="$REPO/../shared/data/quotes-de-wikinews"
  python3 scripts/library/make-big-corpus.py "$CORPUS" 5000 "$DATA/train.jsonl" "$DATA/dev.jsonl" "$DATA/test.jsonl"
fi
lines=$(wc -l < "$CORPUS")
echo "spark-pipe: $lines lines, $(du -h "$CORPUS" | cut -f1), $PARTITIONS partitions, binary $BIN"

# The sequential reference: one process, in input order, reading standard input as the pipe does
# (the output names its source, "-").
t0=$(date +%s.%N)
"$BIN" analyze --jsonl - --jobs 1 --keep-going < "$CORPUS" > "$WORK/sequential.jsonl"
t1=$(date +%s.%N)

# The Spark run: each partition's lines go through one marginalia process; glom keeps the
# partition boundaries so the order inside each partition can be checked.
cat > "$WORK/job.py" <<PY
import json, sys, time
from pyspark.sql import SparkSession
spark = (SparkSession.builder.master("local[2]").appName("marginalia-pipe")
         .config("spark.ui.enabled", "false").getOrCreate())
sc = spark.sparkContext
sc.setLogLevel("ERROR")
lines = sc.textFile("$CORPUS", minPartitions=$PARTITIONS)
inputs = lines.glom().collect()
start = time.time()
outputs = lines.pipe("$BIN analyze --jsonl - --jobs 1 --keep-going").glom().collect()
elapsed = time.time() - start
with open("$WORK/spark.jsonl", "w") as out:
    for part in outputs:
        for line in part:
            out.write(line + "\n")
report = {"partitions": len(outputs), "elapsed_s": round(elapsed, 2),
          "per_partition": [[len(i), len(o)] for i, o in zip(inputs, outputs)]}
bad = []
for n, (i, o) in enumerate(zip(inputs, outputs)):
    if len(i) != len(o):
        bad.append(f"partition {n}: {len(i)} lines in, {len(o)} out")
        continue
    for a, b in zip(i, o):
        want = json.loads(a).get("id")
        got = json.loads(b).get("id")
        if want != got:
            bad.append(f"partition {n}: id {got} where {want} was expected")
            break
report["problems"] = bad
print(json.dumps(report))
spark.stop()
sys.exit(1 if bad else 0)
PY
t2=$(date +%s.%N)
JAVA_TOOL_OPTIONS="-Xss4m" "$VENV/bin/python" "$WORK/job.py" 2> "$WORK/spark.log" | tee "$WORK/report.json" \
  || { echo "spark-pipe: FAILED"; tail -20 "$WORK/spark.log"; exit 1; }
t3=$(date +%s.%N)

errors=$(grep -c '"error"' "$WORK/spark.jsonl" || true)
if cmp -s "$WORK/sequential.jsonl" "$WORK/spark.jsonl"; then same=identical; else same=DIFFERENT; fi
printf 'sequential: %.1f s; spark local[2] job: %.1f s (pipe stage %s s)\n' \
  "$(echo "$t1 - $t0" | bc)" "$(echo "$t3 - $t2" | bc)" "$(python3 -c "import json;print(json.load(open('$WORK/report.json'))['elapsed_s'])")"
echo "output lines: $(wc -l < "$WORK/spark.jsonl") of $lines; error lines: $errors; spark output vs sequential: $same"
[ "$same" = identical ] && [ "$(wc -l < "$WORK/spark.jsonl")" -eq "$lines" ]
