#!/usr/bin/env bash
# The reader's start-up alone, in a real terminal: runs `marginalia FILE` in a detached tmux pane
# with MARGINALIA_EXIT_AFTER_FIRST_FRAME=1 (the process exits as soon as its first frame is drawn,
# before any background work), under `perf stat -r RUNS` (CPU time, page faults, elapsed) or,
# with RECORD=1, under `perf record -g` over RUNS starts (report: perf report -i OUT).
#
#   scripts/perf/startup-profile.sh [FILE]     (default: a generated 20 MiB article; RUNS=40;
#                                               OUT=startup.data for RECORD=1; MARGINALIA_BIN)
set -u
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${MARGINALIA_BIN:-$REPO_DIR/.build/release/marginalia}"
RUNS="${RUNS:-40}"
[ -x "$BIN" ] || { echo "startup-profile: no binary at $BIN (run: swift build -c release)" >&2; exit 2; }
command -v tmux >/dev/null || { echo "startup-profile: tmux is not installed" >&2; exit 2; }
command -v perf >/dev/null || { echo "startup-profile: perf is not installed" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-startup.XXXXXX")"
SOCKET="startup-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/data" "$WORK/config" "$WORK/state"
ARTICLE="${1:-}"
if [ -z "$ARTICLE" ]; then ARTICLE="$WORK/article.txt"; "$BIN" bench text 20m >"$ARTICLE" || exit 2; fi

if [ "${RECORD:-0}" = 1 ]; then
    OUT="$(realpath -m "${OUT:-startup.data}")"
    printf '#!/bin/sh\nfor i in $(seq 1 %s); do "%s" "%s"; done\n' "$RUNS" "$BIN" "$ARTICLE" >"$WORK/loop.sh"
    COMMAND="perf record -F 25000 -g -o '$OUT' -- sh '$WORK/loop.sh'"
else
    OUT="$WORK/stat.txt"
    COMMAND="perf stat -r $RUNS -o '$OUT' -- '$BIN' '$ARTICLE'"
fi
tmux -L "$SOCKET" new-session -d -x 100 -y 30 "env -i PATH=/usr/bin:/bin TERM=tmux-256color LANG=C.UTF-8 \
HOME=$WORK/home XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config XDG_STATE_HOME=$WORK/state \
MARGINALIA_EXIT_AFTER_FIRST_FRAME=1 $COMMAND; touch '$WORK/done'"
for _ in $(seq 1 1200); do [ -f "$WORK/done" ] && break; sleep 0.1; done
[ -f "$WORK/done" ] || { echo "startup-profile: timed out" >&2; exit 1; }
if [ "${RECORD:-0}" = 1 ]; then echo "profile of $RUNS starts: $OUT"; else grep -E "task-clock|page-faults|elapsed" "$OUT"; fi
