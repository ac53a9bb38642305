#!/usr/bin/env bash
# The interop check (scripts/interop/README.md): a corpus with emoji, combining marks, CJK, CRLF
# and a BOM, annotated through `marginalia import`, exported in every format and offset unit,
# and read back the way brat, doccano, W3C consumers, CoNLL readers and Python count offsets,
# and the W3C exports validated with the W3C test suite's own JSON Schemas.
# Offline once jsonschema is importable or installed (see below), about 20 s; run by the e2e suite
# (Tests/e2e/test_interop.sh).
#   MARGINALIA_BIN=.build/debug/marginalia bash scripts/interop/check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${MARGINALIA_BIN:-$here/../../.build/debug/marginalia}"
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
work="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-interop.XXXXXX")"
trap '[ -n "${INTEROP_KEEP:-}" ] || rm -rf "$work"' EXIT
# Nothing of the user's own data or state is read or written.
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" \
       XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"

python3 "$here/make_corpus.py" .
"$bin" import --format doccano --into corpus.jsonl labels.jsonl 2>import.log || { cat import.log; exit 1; }
"$bin" import --format w3c --into 'corpus.jsonl#combining-2' old-speaker.json 2>>import.log || { cat import.log; exit 1; }
m() { "$bin" "$@" 2>>export.log; }
m export --format w3c --out w3c/ corpus.jsonl
m export --format brat --out brat corpus.jsonl
m export --format brat --offsets utf16 --out brat-utf16 corpus.jsonl
m export --format brat --no-overlap --out brat-flat corpus.jsonl
for unit in codepoint utf16 utf8; do
    m export --format jsonl --offsets "$unit" corpus.jsonl >"doccano-$unit.jsonl"
    "$bin" analyze --jsonl corpus.jsonl --offsets "$unit" --jobs 2 >"analyze-$unit.jsonl"
done
m export --format jsonl --no-overlap corpus.jsonl >doccano-flat.jsonl
m export --format conll corpus.jsonl >tab.conll
m export --format conll --conll-separator space corpus.jsonl >space.conll
m export --format conll --conll-docstart none corpus.jsonl >none.conll
grep -q 'Allow overlapping entity' export.log || { echo "FAIL doccano export did not warn about overlaps"; exit 1; }

# Lossless round trips through the CLI: each format imported into a fresh copy of the corpus
# exports the same doccano labels as the original.
for format in brat w3c doccano; do
    mkdir "rt-$format" && cp corpus.jsonl "rt-$format/"
    case $format in
        brat) "$bin" import --format brat --into "rt-$format/corpus.jsonl" brat 2>>import.log ;;
        w3c) "$bin" import --format w3c --into "rt-$format/corpus.jsonl" w3c 2>>import.log ;;
        doccano) "$bin" import --format doccano --into "rt-$format/corpus.jsonl" doccano-codepoint.jsonl 2>>import.log ;;
    esac
    "$bin" export --format jsonl "rt-$format/corpus.jsonl" 2>/dev/null >"rt-$format.jsonl"
    if cmp -s "rt-$format.jsonl" doccano-codepoint.jsonl; then echo "ok   $format round trip: same labels"
    else echo "FAIL $format round trip"; diff "rt-$format.jsonl" doccano-codepoint.jsonl | head -5; exit 1; fi
done

status=0
python3 "$here/check_exports.py" . || status=1

# The W3C test suite's own JSON Schemas (w3c-annotation-tests/) on every exported annotation.
# They need the jsonschema package: used when importable, else installed once into a throw-away
# virtualenv under /tmp that later runs reuse. No jsonschema means FAIL, never a silent skip.
py=python3
if ! python3 -c 'import jsonschema, referencing' 2>/dev/null; then
    venv="${TMPDIR:-/tmp}/marginalia-interop-venv"
    if ! "$venv/bin/python" -c 'import jsonschema, referencing' 2>/dev/null; then
        rm -rf "$venv.$$"
        { python3 -m venv "$venv.$$" && "$venv.$$/bin/python" -m pip install -q --disable-pip-version-check 'jsonschema>=4.18' \
            && rm -rf "$venv" && mv "$venv.$$" "$venv"; } >"$work/pip.log" 2>&1 \
            || { rm -rf "$venv.$$"; echo "FAIL cannot install jsonschema into $venv for validate_w3c_schemas.py" \
                 "(needs python3-venv and PyPI):"; tail -5 "$work/pip.log"; exit 1; }
    fi
    py="$venv/bin/python"
fi
"$py" "$here/validate_w3c_schemas.py" w3c/*.json || status=1
exit $status
