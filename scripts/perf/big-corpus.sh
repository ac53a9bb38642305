#!/usr/bin/env bash
# The library at scale, measured in a real terminal: `marginalia CORPUS.jsonl` in tmux (private
# socket, 120x40, temporary HOME/XDG folders), polled every 20 ms, never asserted.
#   - list: launch until the first article is shown, and until `L` shows the library list;
#   - peak memory (VmHWM of the reader's process) once the list is shown and at the end;
#   - `:find WORD`: Enter until the first hit row is in the results pane, and until it is complete;
#   - with INDEX=1: launch until the entity index's progress bar has gone (cold: no cache),
#     then the same in a second run on the same data folder (warm: the cache written by the first).
# Usage: scripts/perf/big-corpus.sh [CORPUS.jsonl]
#   BIN (default .build/release/marginalia), COUNT (100000: articles when the corpus is generated),
#   FIND (Berlin), INDEX (0), INDEX_TIMEOUT seconds (3600), DATA (the WikiNews folder the corpus
#   is generated from with scripts/library/make-big-corpus.py; written to /tmp, never the repo).
set -u
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
BIN="${BIN:-$REPO/.build/release/marginalia}"
COUNT="${COUNT:-100000}"
CORPUS="${1:-/tmp/marginalia-corpus-$COUNT.jsonl}"
FIND="${FIND:-Berlin}"
INDEX="${INDEX:-0}"
INDEX_TIMEOUT="${INDEX_TIMEOUT:-3600}"
DATA="${DATA:-/work/shared/data/quotes-de-wikinews}"
export LC_ALL=C.UTF-8 LANG=C.UTF-8

if [ ! -f "$CORPUS" ]; then
    echo "generating $CORPUS ($COUNT articles)"
    python3 "$REPO/scripts/library/make-big-corpus.py" "$CORPUS" "$COUNT" "$DATA/train.jsonl" "$DATA/dev.jsonl" "$DATA/test.jsonl" || exit 1
fi
ARTICLES=$(grep -c . "$CORPUS")
WORK="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-big.XXXXXX")"
SOCKET="big-corpus-$$"
mkdir -p "$WORK/home" "$WORK/data" "$WORK/config" "$WORK/state" "$WORK/cache"
tm() { tmux -L "$SOCKET" "$@"; }
cleanup() { tm kill-server 2>/dev/null; rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"; rm -rf "$WORK"; }
trap cleanup EXIT

now() { date +%s.%N; }
since() { echo "$(now) $1" | awk '{printf "%.2f", $1 - $2}'; }
screen() { tm capture-pane -p -J -t big:0.0; }
hwm() { awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$PID/status" 2>/dev/null; }
# wait_for REGEX SECONDS: polls the screen; false on timeout.
wait_for() {
    local deadline=$(( SECONDS + $2 ))
    while [ $SECONDS -le "$deadline" ]; do
        screen | grep -Eq -- "$1" && return 0
        sleep 0.02
    done
    echo "  timed out waiting for: $1"; screen | sed 's/^/  | /'; return 1
}
wait_gone() {
    local deadline=$(( SECONDS + $2 ))
    while [ $SECONDS -le "$deadline" ]; do
        screen | grep -Eq -- "$1" || return 0
        sleep 0.02
    done
    echo "  timed out waiting for the end of: $1"; return 1
}

run() {   # run NAME: one session on the corpus with the data folder as it is
    echo "== $1: $BIN $CORPUS ($ARTICLES articles, $(du -m "$CORPUS" | cut -f1) MB)"
    local t0
    t0=$(now)
    tm -f /dev/null new-session -d -s big -x 120 -y 40 env -i PATH="$PATH" HOME="$WORK/home" LANG=C.UTF-8 \
        LC_ALL=C.UTF-8 TERM=tmux-256color XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" \
        XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache" "$BIN" "$CORPUS"
    tm set -g status off >/dev/null
    PID=$(tm display -p -t big:0.0 '#{pane_pid}')
    wait_for "\[[0-9]+/$ARTICLES\]" 120 || return 1
    echo "first article shown: $(since "$t0") s"
    tm send-keys -t big:0.0 L
    wait_for "Library: $ARTICLES articles" 120 || return 1
    echo "library list shown: $(since "$t0") s (launch to list), peak memory $(hwm) MB"
    tm send-keys -t big:0.0 Escape
    wait_gone "Library: $ARTICLES articles" 30 || return 1
    local t1
    tm send-keys -t big:0.0 -l ":find $FIND"
    t1=$(now)
    tm send-keys -t big:0.0 Enter
    wait_for "find \"$FIND\": [1-9]" 300 || return 1
    echo ":find $FIND: first hit shown $(since "$t1") s"
    wait_gone "searching [0-9]+/|indexed so far" 600 || return 1
    echo ":find $FIND: all hits $(since "$t1") s: $(screen | grep -Eo "find \"$FIND\": [0-9+]+ places? in [0-9]+ articles?" | head -1), peak memory $(hwm) MB"
    tm send-keys -t big:0.0 Escape
    if [ "$INDEX" = 1 ]; then
        wait_gone "(indexing|entities) [▕0-9]" "$INDEX_TIMEOUT" || return 1
        echo "entity index built: $(since "$t0") s after launch, peak memory $(hwm) MB"
        ls -la "$WORK/data/marginalia/entity-index/" 2>/dev/null | awk 'NR>1 && $5 > 0 {print "cache file: " $5 " bytes"}'
    fi
    echo "peak memory: $(hwm) MB"
    tm send-keys -t big:0.0 q
    tm kill-server 2>/dev/null
}

run "first run (cold: no index cache)"
[ "$INDEX" = 1 ] && run "second run (warm: the index cache of the first)"
exit 0
