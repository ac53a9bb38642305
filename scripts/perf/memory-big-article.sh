#!/usr/bin/env bash
# Memory of a big article, the way a reader meets it: for each size, a German article made by
# repeating the bundled German samples (`marginalia bench text --source ...`) is opened in the
# real reader in a detached tmux session (private socket, 100x30, temporary HOME/XDG), the
# first screen is awaited, then the end of the background analysis (the status line stops
# saying "analysing…"), then `G` and the article's last line on screen. The reader's resident
# memory is read from /proc/PID/status at each step (VmRSS; VmHWM is the peak so far). The same
# file then goes through `marginalia analyze` (headless) under /usr/bin/time.
#
#   scripts/perf/memory-big-article.sh [SIZES]      # default: 1m 4m 20m
#   MARGINALIA_BIN=.build/debug/marginalia scripts/perf/memory-big-article.sh 1m
#
# "first screen" is the process's peak (VmHWM) when the first lines of the article are drawn;
# "exit@first" is the peak of a run that exits right after its first frame
# (MARGINALIA_EXIT_AFTER_FIRST_FRAME=1), which no background work can inflate.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${MARGINALIA_BIN:-.build/release/marginalia}"
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
[ -x "$BIN" ] || { echo "memory-big-article: build first: swift build -c release"; exit 1; }
TIMEOUT="${TIMEOUT:-900}"
export LC_ALL=C.UTF-8 LANG=C.UTF-8
WORK="$(mktemp -d /tmp/marginalia-memory.XXXXXX)"
SOCKET="memory-$$"
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/home" "$WORK/config" "$WORK/data" "$WORK/state" "$WORK/cache"
SOURCES=()
for f in Sources/MarginaliaSamples/Articles/*.de.*; do SOURCES+=(--source "$f"); done

screen() { tmux -L "$SOCKET" capture-pane -p -t mem:0.0; }
kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$2/status"; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
# wait_for TEST DESCRIPTION: polls the screen (no fixed sleeps) until TEST (a shell function)
# succeeds, or fails after TIMEOUT seconds.
wait_for() {
    local deadline=$((SECONDS + TIMEOUT))
    until "$1"; do
        [ "$SECONDS" -lt "$deadline" ] || { echo "memory-big-article: timed out waiting for $2"; screen; exit 1; }
        sleep 0.05
    done
}

printf '%-5s %9s %13s %11s %12s %12s %11s %12s %9s\n' size "file MB" "first screen" "exit@first" \
    "analysed" "end (G)" "peak/file" "analyze peak" "analyze s"
for size in ${1:-1m 4m 20m}; do
    file="$WORK/article-$size.txt"
    "$BIN" bench text "$size" "${SOURCES[@]}" > "$file"
    bytes=$(stat -c %s "$file")
    first_line=$(head -c 200 "$file" | head -n 1 | cut -c1-40)
    last_line=$(tail -n 1 "$file" | cut -c1-30)
    [ -n "$last_line" ] || last_line=$(grep -v '^$' "$file" | tail -n 1 | cut -c1-30)
    env_vars=(env -i PATH="$PATH" HOME="$WORK/home" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color
        XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state"
        XDG_CACHE_HOME="$WORK/cache")

    # The peak of a start that ends with its first frame.
    tmux -L "$SOCKET" -f /dev/null new-session -d -s mem -x 100 -y 30 \
        "${env_vars[@]}" MARGINALIA_EXIT_AFTER_FIRST_FRAME=1 /usr/bin/time -f %M -o "$WORK/first.kb" "$BIN" "$file"
    until [ -s "$WORK/first.kb" ]; do sleep 0.05; done
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    exit_first=$(tail -n 1 "$WORK/first.kb")

    tmux -L "$SOCKET" -f /dev/null new-session -d -s mem -x 100 -y 30 "${env_vars[@]}" "$BIN" "$file"
    tmux -L "$SOCKET" set -g remain-on-exit on >/dev/null
    pid=$(tmux -L "$SOCKET" display -p -t mem:0.0 '#{pane_pid}')
    shows_first() { screen | grep -qF -- "$first_line"; }
    wait_for shows_first "the first screen"
    first=$(kb VmHWM "$pid")
    analysed() { ! screen | grep -q 'analysing'; }
    wait_for analysed "the end of the analysis"
    at_analysed=$(kb VmHWM "$pid")
    tmux -L "$SOCKET" send-keys -t mem:0.0 G
    shows_end() { screen | grep -qF -- "$last_line"; }
    wait_for shows_end "the article's last line"
    peak=$(kb VmHWM "$pid")
    tmux -L "$SOCKET" send-keys -t mem:0.0 q
    tmux -L "$SOCKET" kill-server 2>/dev/null || true

    /usr/bin/time -f "%M %e" -o "$WORK/analyze.time" "$BIN" analyze "$file" > /dev/null
    read -r analyze_kb analyze_s < "$WORK/analyze.time"
    awk -v s="$size" -v b="$bytes" -v f="$first" -v x="$exit_first" -v a="$at_analysed" -v p="$peak" \
        -v ak="$analyze_kb" -v as="$analyze_s" 'BEGIN {
        printf "%-5s %9.1f %10.1f MB %8.1f MB %9.1f MB %9.1f MB %10.1fx %9.1f MB %9.1f\n",
            s, b / 1048576, f / 1024, x / 1024, a / 1024, p / 1024, p * 1024 / b, ak / 1024, as }'
done
