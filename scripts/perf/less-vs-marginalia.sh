#!/usr/bin/env bash
# Time from launch to first screen: `less` against `marginalia`, on the same generated article
# (default 20 MiB of repeated sample text), in a tmux pane of fixed size on a private server.
# Both are measured the same way: the pane's command is respawned, and the script polls
# `tmux capture-pane` in a tight loop until a known line of the first screen appears.
# Prints each run, the medians, the ratio, and marginalia's own `--timing` figure.
#
#   scripts/perf/less-vs-marginalia.sh [SIZE]        (SIZE: 20m by default; RUNS=7; MARGINALIA_BIN)
#
# Everything (article, annotations, HOME, XDG folders) lives in a temporary folder removed at exit.
set -u

SIZE="${1:-20m}"
RUNS="${RUNS:-7}"
WIDTH="${WIDTH:-100}"
HEIGHT="${HEIGHT:-30}"
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${MARGINALIA_BIN:-$REPO_DIR/.build/release/marginalia}"
[ -x "$BIN" ] || { echo "less-vs-marginalia: no binary at $BIN (run: swift build -c release)" >&2; exit 2; }
# The program that writes the article (`bench text`): marginalia itself unless another program
# is measured in its place (scripts/perf/swift-floor.sh).
GENERATOR="${GENERATOR:-$BIN}"
command -v tmux >/dev/null || { echo "less-vs-marginalia: tmux is not installed" >&2; exit 2; }
command -v less >/dev/null || { echo "less-vs-marginalia: less is not installed" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-perf.XXXXXX")"
SOCKET="perf-$$"
tm() { tmux -L "$SOCKET" "$@"; }
cleanup() { tm kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/home" "$WORK/config" "$WORK/data" "$WORK/state" "$WORK/cache"

ARTICLE="$WORK/article.txt"
"$GENERATOR" bench text "$SIZE" >"$ARTICLE" || exit 2
# The known line: the start of the article's first non-empty line (both programs show it on
# their first screen; 24 characters fit on one row even with marginalia's margins).
MARKER="$(grep -m1 -v '^[[:space:]]*$' "$ARTICLE" | cut -c1-24 | sed 's/[[:space:]]*$//')"
echo "article: $(wc -c <"$ARTICLE") bytes, $(wc -l <"$ARTICLE") lines; first-screen marker: \"$MARKER\""

TERM_NAME=tmux-256color
infocmp "$TERM_NAME" >/dev/null 2>&1 || TERM_NAME=screen-256color
cat >"$WORK/tmux.conf" <<CONF
set -g status off
set -g default-terminal $TERM_NAME
set -g remain-on-exit on
set -g history-limit 0
CONF
ENVIRONMENT="env -i PATH=/usr/bin:/bin TERM=$TERM_NAME LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=$WORK/home \
XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_STATE_HOME=$WORK/state XDG_CACHE_HOME=$WORK/cache \
LESS= LESSHISTFILE=- LESSOPEN= LESSCLOSE="
tm -f "$WORK/tmux.conf" new-session -d -s perf -x "$WIDTH" -y "$HEIGHT" "exec sleep 100000" || exit 2
PANE="perf:0.0"

now_ns() { date +%s%N; }
screen_has_marker() { tm capture-pane -p -t "$PANE" | grep -qF -- "$MARKER"; }
pane_dead() { [ "$(tm display -p -t "$PANE" '#{pane_dead}')" = 1 ]; }

# measure COMMAND: prints milliseconds from respawn to the marker on screen, then quits it.
measure() {
    local command="$1" start end deadline
    tm respawn-pane -k -t "$PANE" "exec sleep 100000"
    tm clear-history -t "$PANE"
    while screen_has_marker; do sleep 0.01; done
    deadline=$(( $(now_ns) + 60000000000 ))
    start=$(now_ns)
    tm respawn-pane -k -t "$PANE" "exec $ENVIRONMENT $command"
    until screen_has_marker; do
        [ "$(now_ns)" -lt "$deadline" ] || { echo "timeout" ; return 1; }
    done
    end=$(now_ns)
    # Quit normally (marginalia saves and releases its lock), then wait for the exit.
    tm send-keys -t "$PANE" q
    deadline=$(( $(now_ns) + 30000000000 ))
    until pane_dead; do [ "$(now_ns)" -lt "$deadline" ] || break; sleep 0.01; done
    echo $(( (end - start) / 1000 ))
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
us_to_ms() { awk '{ printf "%.1f", $1 / 1000 }'; }

LESS_TIMES=()
MARGINALIA_TIMES=()
TIMINGS=()
for run in $(seq 1 "$RUNS"); do
    l=$(measure "less -- '$ARTICLE'") || { echo "less: $l"; exit 1; }
    m=$(measure "'$BIN' --timing '$ARTICLE' 2>'$WORK/timing-$run.txt'") || { echo "marginalia: $m"; tm capture-pane -p -t "$PANE"; exit 1; }
    t=$(grep -o 'first frame [0-9]* ms' "$WORK/timing-$run.txt" | grep -o '[0-9]*' || true)
    [ "$run" = 1 ] && echo "marginalia --timing (run 1): $(cat "$WORK/timing-$run.txt")"
    LESS_TIMES+=("$l"); MARGINALIA_TIMES+=("$m"); TIMINGS+=("${t:-?}")
    printf 'run %d: less %s ms, marginalia %s ms (its --timing: first frame %s ms after process start)\n' \
        "$run" "$(echo "$l" | us_to_ms)" "$(echo "$m" | us_to_ms)" "${t:-?}"
done

LESS_MEDIAN=$(printf '%s\n' "${LESS_TIMES[@]}" | median)
MARGINALIA_MEDIAN=$(printf '%s\n' "${MARGINALIA_TIMES[@]}" | median)
TIMING_MEDIAN=$(printf '%s\n' "${TIMINGS[@]}" | grep -v '?' | median)
echo "median of $RUNS runs, launch to first screen ($SIZE, ${WIDTH}x${HEIGHT}):"
echo "  less        $(echo "$LESS_MEDIAN" | us_to_ms) ms"
echo "  marginalia  $(echo "$MARGINALIA_MEDIAN" | us_to_ms) ms   (its own --timing: ${TIMING_MEDIAN:-?} ms)"
awk -v m="$MARGINALIA_MEDIAN" -v l="$LESS_MEDIAN" 'BEGIN { printf "  ratio marginalia/less: %.2f (goal: at most 1.5)\n", m / l }'
