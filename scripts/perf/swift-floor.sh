#!/usr/bin/env bash
# Builds scripts/perf/floor/floor.swift (a minimal Swift + ncursesw program that only draws a
# file's first lines; static Swift runtime, as marginalia's release build) and measures it against
# `less` with less-vs-marginalia.sh, the same way marginalia is measured: the floor any Swift
# program with Foundation starts from.   scripts/perf/swift-floor.sh [SIZE]   (RUNS=9 by default)
set -eu
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MARGINALIA="${MARGINALIA_BIN:-$REPO_DIR/.build/release/marginalia}"
[ -x "$MARGINALIA" ] || { echo "swift-floor: no marginalia at $MARGINALIA (it writes the article; run: swift build -c release)" >&2; exit 2; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-floor.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
swiftc -O -static-stdlib -I "$REPO_DIR/Sources/CNcursesw" "$REPO_DIR/scripts/perf/floor/floor.swift" \
    -o "$WORK/floor" -lncursesw 2>&1 | grep -v "mktemp" >&2 || true
[ -x "$WORK/floor" ] || { echo "swift-floor: the floor program did not build" >&2; exit 2; }
RUNS="${RUNS:-9}" GENERATOR="$MARGINALIA" MARGINALIA_BIN="$WORK/floor" \
    "$REPO_DIR/scripts/perf/less-vs-marginalia.sh" "${1:-20m}" | sed 's/marginalia/floor/g'
