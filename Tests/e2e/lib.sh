# Shared helpers for the end-to-end tests: a real terminal (tmux) driving the real binary.
# Sourced by each test_*.sh. Every test gets its own tmux server (private socket), its own
# temporary HOME and XDG folders, and a shell in a pane of fixed size; the program is started
# from that shell, so the shell can be inspected afterwards (stty -a, exit status).
#
# Synchronisation is by polling the screen for expected text with a timeout, never by fixed
# sleeps: a slow machine makes a test slower, not flaky.

set -u
# The tests' own grep/sed must read the screen as UTF-8 whatever the caller's locale (CI has none).
export LC_ALL=C.UTF-8 LANG=C.UTF-8

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$E2E_DIR/../.." && pwd)"
BIN="${MARGINALIA_BIN:-$REPO_DIR/.build/debug/marginalia}"
case "$BIN" in /*) ;; *) BIN="$REPO_DIR/$BIN" ;; esac
# Seconds to wait for an expected screen; generous, since a debug build on a busy machine is slow.
TIMEOUT="${E2E_TIMEOUT:-20}"

TEST_NAME="$(basename "$0" .sh)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-e2e.XXXXXX")"
SOCKET="e2e-$$"
PANE="e2e:0.0"
RUN_COUNTER=0

mkdir -p "$WORK/home" "$WORK/config" "$WORK/data" "$WORK/state" "$WORK/cache" "$WORK/articles"

cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null
    if [ -n "${E2E_KEEP:-}" ]; then echo "  (kept $WORK)"; return; fi
    # A reader killed with the server may still be saving into $WORK for a moment.
    local try
    for try in 1 2 3 4 5 6 7 8 9 10; do
        rm -rf "$WORK" 2>/dev/null && return
        sleep 0.3
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

# Prints a failure with the current screen and exits the test with status 1.
fail() {
    echo "  FAIL ($TEST_NAME): $*"
    if tmux -L "$SOCKET" has-session -t e2e 2>/dev/null; then
        echo "  --- screen ---"
        tmux -L "$SOCKET" capture-pane -p -t "$PANE" | sed 's/^/  | /'
        echo "  --------------"
    fi
    exit 1
}

tm() { tmux -L "$SOCKET" "$@"; }

# start_terminal [WIDTH HEIGHT]: a tmux server with one window of exactly this size (no status
# line) running a plain bash with an isolated environment and a UTF-8 locale.
start_terminal() {
    local width="${1:-100}" height="${2:-30}"
    local term="${E2E_TERM:-tmux-256color}"
    infocmp "$term" >/dev/null 2>&1 || term=screen-256color
    cat >"$WORK/tmux.conf" <<EOF
set -g status off
set -g default-terminal $term
set -g history-limit 2000
set -g escape-time 0
set -g remain-on-exit on
EOF
    SHELL_COMMAND=(env -i PATH="$PATH" HOME="$WORK/home" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="$term"
        XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state"
        XDG_CACHE_HOME="$WORK/cache" PS1='e2e$ ' ${E2E_EXTRA_ENV:-}
        bash --norc --noprofile -i)
    tm -f "$WORK/tmux.conf" new-session -d -s e2e -x "$width" -y "$height" "${SHELL_COMMAND[@]}" \
        || fail "cannot start tmux"
    wait_for '^e2e\$' "the shell prompt"
    type_line "cd '$WORK/articles'"
}

# open_window N: a further window with the same shell, made the target of later commands
# (PANE=e2e:0.0 switches back).
open_window() {
    tm new-window -t "e2e:$1" "${SHELL_COMMAND[@]}" || fail "cannot open window $1"
    PANE="e2e:$1.0"
    wait_for '^e2e\$' "the shell prompt in window $1"
    type_line "cd '$WORK/articles'"
}

# Waits until the analysis has arrived (the side panes show counts, nothing is "analysing"):
# the selection and entity commands work on it.
wait_analysed() {
    wait_for "Entities \([0-9]+\)" "the entity count"
    wait_gone "analysing" "the analysis to finish"
}

# The screen as text (wrapped lines joined).
screen() { tm capture-pane -p -J -t "$PANE"; }
# The screen with colour and attribute escape sequences.
screen_with_styles() { tm capture-pane -p -e -t "$PANE"; }

# Types a line into the pane (literally) and presses Enter.
type_line() {
    tm send-keys -t "$PANE" -l -- "$1"
    tm send-keys -t "$PANE" Enter
}

# Sends tmux key names (j, Space, Enter, Escape, C-c, PageDown, ...).
keys() { tm send-keys -t "$PANE" "$@"; }
# Sends text literally, character by character.
text() { tm send-keys -t "$PANE" -l -- "$1"; }

# wait_for REGEX [WHAT]: polls the screen until an extended regex matches.
wait_for() {
    local regex="$1" what="${2:-$1}" deadline=$((SECONDS + TIMEOUT))
    while [ $SECONDS -le $deadline ]; do
        screen | grep -Eq -- "$regex" && return 0
        sleep 0.1
    done
    fail "timed out after ${TIMEOUT}s waiting for $what"
}

# wait_gone REGEX [WHAT]: polls until the regex no longer matches.
wait_gone() {
    local regex="$1" what="${2:-$1}" deadline=$((SECONDS + TIMEOUT))
    while [ $SECONDS -le $deadline ]; do
        screen | grep -Eq -- "$regex" || return 0
        sleep 0.1
    done
    fail "timed out after ${TIMEOUT}s waiting for $what to disappear"
}

# wait_until COMMAND... : polls until a command succeeds.
wait_until() {
    local deadline=$((SECONDS + TIMEOUT))
    while [ $SECONDS -le $deadline ]; do
        "$@" && return 0
        sleep 0.1
    done
    fail "timed out after ${TIMEOUT}s waiting for: $*"
}

# launch ARGS...: starts marginalia from the pane's shell through a small sh wrapper that, right
# after the program ends, prints its exit status and the terminal modes it left. (Checking later
# from the interactive shell would hide failures: bash restores the terminal itself after a job
# dies of a signal.) Set LAUNCH_STDERR=FILE to send the program's stderr to FILE.
launch() {
    RUN_COUNTER=$((RUN_COUNTER + 1))
    if [ ! -x "$WORK/run-app.sh" ]; then
        cat >"$WORK/run-app.sh" <<'SH'
#!/bin/sh
marker="$1"; stderr="$2"; shift 2
# Ctrl-C reaches this shell too; catch it (children still get the default action) so the report
# below is printed even when the program dies of SIGINT.
trap ':' INT
if [ -n "$stderr" ]; then "$@" 2>"$stderr"; else "$@"; fi
status=$?
modes=$(stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo|isig|icrnl|opost)' | tr '\n' ' ')
echo "EXIT-$marker:$status MODES: $modes"
SH
        chmod +x "$WORK/run-app.sh"
    fi
    local args="" arg
    # LAUNCH_ENV="NAME=value ..." runs the program with these variables set.
    for arg in ${LAUNCH_ENV:+env $LAUNCH_ENV} "$BIN" "$@"; do args+=" $(printf '%q' "$arg")"; done
    type_line "clear; /bin/sh '$WORK/run-app.sh' $RUN_COUNTER '${LAUNCH_STDERR:-}'$args"
}

# wait_exit: waits for the last launched run to end; sets EXIT_STATUS and EXIT_MODES.
wait_exit() {
    # Not anchored: a program that leaves the terminal raw makes the line start mid-row.
    wait_for "EXIT-$RUN_COUNTER:[0-9]+" "marginalia to exit"
    local line
    line="$(screen | grep -Eo "EXIT-$RUN_COUNTER:[0-9]+.*" | tail -1)"
    EXIT_STATUS="$(echo "$line" | sed -n "s/^EXIT-$RUN_COUNTER:\([0-9]*\).*/\1/p")"
    EXIT_MODES="$(echo "$line" | sed -n 's/.*MODES: //p')"
}

expect_exit() {
    wait_exit
    [ "$EXIT_STATUS" = "$1" ] || fail "exit status $EXIT_STATUS, expected $1"
}

# The process id of marginalia running in the pane (a descendant of the pane's shell).
app_pid() {
    local shell_pid wrapper
    shell_pid="$(tm display -p -t "$PANE" '#{pane_pid}')"
    for wrapper in $(pgrep -P "$shell_pid"); do
        pgrep -P "$wrapper" -x marginalia
    done | head -1
}

app_running() { [ -n "$(app_pid)" ]; }

# After the last run ended: the terminal as the shell had it (cooked mode, echo, signals, CR/LF
# handling, output processing), the normal screen back, the cursor visible.
expect_terminal_restored() {
    local mode
    for mode in icanon echo isig icrnl opost; do
        echo " $EXIT_MODES " | grep -q " $mode " || fail "terminal not restored: stty shows '$EXIT_MODES' (no $mode)"
    done
    [ "$(tm display -p -t "$PANE" '#{alternate_on}')" = 0 ] || fail "still on the alternate screen"
    [ "$(tm display -p -t "$PANE" '#{cursor_flag}')" = 1 ] || fail "cursor left hidden"
}

# A news-like article written for these tests: a heading, then numbered paragraphs, so tests can
# see where the view is. Paragraph N mentions "Zeile N".
write_article() {
    local path="$1" paragraphs="${2:-40}" i
    {
        echo "Stadtrat beschließt neuen Radweg"
        echo
        echo "Der Stadtrat von Lindenau hat am Dienstag mit großer Mehrheit den Bau eines Radwegs entlang der Mühlstraße beschlossen. „Wir schaffen damit endlich eine sichere Verbindung“, sagte Bürgermeisterin Anna Berger nach der Sitzung."
        for i in $(seq 1 "$paragraphs"); do
            echo
            echo "Absatz $i. Die Arbeiten am Abschnitt $i sollen im Frühjahr beginnen, wie die Verwaltung mitteilte. Anwohner hatten zuvor mehr Sicherheit gefordert."
        done
    } >"$path"
}

# check_annotations ARTICLE TAG_NUMBER... [--count N]: the file beside the article is valid and
# carries these tags (see check_annotations.py); prints the tag names.
check_annotations() {
    local article="$1"; shift
    python3 "$E2E_DIR/check_annotations.py" "$WORK/articles/$article.annotations.json" "$WORK/articles/$article" "$@"
}

# The same, silent: for polling with wait_until.
annotations_ok() { check_annotations "$@" >/dev/null 2>&1; }

# The name of tag N in the saved file's tag set.
tag_name() {
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tagSet"][int(sys.argv[2]) - 1])' \
        "$WORK/articles/$1.annotations.json" "$2"
}

pass() { echo "  ok ($TEST_NAME)"; exit 0; }

# The screen, trailing blanks removed, to compare with `marginalia --dump WxH`.
screen_text() { tm capture-pane -p -t "$PANE" | sed 's/ *$//'; }

# dump_expected WIDTH HEIGHT ARGS...: what a fresh start at this size shows, from the headless
# renderer (`marginalia --dump`). Take it before launching the program interactively: a second
# instance on the same article would open read-only and say so in its status line.
dump_expected() {
    local width="$1" height="$2"; shift 2
    DUMP_SIZE="${width}x${height}"
    (cd "$WORK/articles" && env -i PATH="$PATH" HOME="$WORK/home" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
        "$BIN" --dump "$DUMP_SIZE" "$@") | sed 's/ *$//' >"$WORK/expected.txt" \
        || fail "--dump $DUMP_SIZE $* failed"
}

# expect_screen_matches_dump: the live screen shows exactly what dump_expected rendered: no
# garbage, nothing missing, nothing shifted.
expect_screen_matches_dump() {
    local deadline=$((SECONDS + TIMEOUT))
    while [ $SECONDS -le $deadline ]; do
        screen_text >"$WORK/actual.txt"
        # capture-pane drops trailing empty lines; compare up to the last non-empty one.
        if diff <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$WORK/expected.txt") \
                <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$WORK/actual.txt") >"$WORK/screen.diff"; then
            return 0
        fi
        sleep 0.2
    done
    echo "  --- expected (dump) vs actual (screen) ---"
    sed 's/^/  /' "$WORK/screen.diff" | head -40
    fail "the screen differs from the headless rendering at $DUMP_SIZE"
}

# each_term FUNCTION: runs `FUNCTION TERM` under xterm-256color, tmux-256color and screen (or
# $E2E_TERMS), each in a tmux server of its own; FUNCTION works in "$WORK/articles/$TERM".
each_term() {
    local term
    for term in ${E2E_TERMS:-xterm-256color tmux-256color screen}; do
        SOCKET="e2e-$$-$term"
        # Each run starts with no learned user model: the same scenario played three times
        # would otherwise teach the reader (e.g. a speaker replaced twice for one quote).
        rm -rf "$WORK/data/marginalia/models"
        E2E_TERM="$term" start_terminal "${E2E_WIDTH:-110}" "${E2E_HEIGHT:-30}"
        mkdir -p "$WORK/articles/$term"
        type_line "cd '$WORK/articles/$term'"
        cd "$WORK/articles/$term" || fail "no folder for $term"
        "$1" "$term"
        tm kill-server 2>/dev/null
    done
}

# A short council article with a quote (speaker Anna Berger) and a second person (Peter Müller).
write_council_article() {
    printf 'Stadtrat beschließt neuen Radweg\n\nDer Stadtrat von Lindenau hat am Dienstag den Bau eines Radwegs entlang der Mühlstraße beschlossen. „Wir schaffen damit endlich eine sichere Verbindung“, sagte Bürgermeisterin Anna Berger nach der Sitzung. Stadtrat Peter Müller stimmte dagegen.\n\nDie Arbeiten sollen im Frühjahr beginnen. Anwohner hatten zuvor mehr Sicherheit gefordert.\n' >"$1"
}

# annotations_json FILE PYTHON_EXPRESSION: evaluates the expression with `items` (the saved
# annotations of FILE, [] when there is no file) and fails the test with MESSAGE unless true.
expect_saved() {
    local file="$1" expression="$2" message="$3"
    python3 - "$file" "$expression" <<'PY' || fail "$message"
import json, os, sys
path, expression = sys.argv[1], sys.argv[2]
items = json.load(open(path, encoding="utf-8"))["items"] if os.path.exists(path) else []
bodies = lambda item: item.get("body", [])
if not eval(expression):
    print("  saved:", json.dumps(items, ensure_ascii=False)[:1500])
    sys.exit(1)
PY
}
