#!/usr/bin/env bash
# End-to-end check of saving onto a full disk: the article sits on a 1 MiB tmpfs, the disk is
# filled with dd, a passage is tagged, and the reader must (1) say in the status line that the
# annotations are NOT SAVED, (2) refuse to quit while they cannot be saved, (3) keep them and
# write them by itself once space is freed (the autosave retries), then quit cleanly.
# Needs root (mount); prints "skipped" and exits 77 where mounting is not allowed.
#
#   scripts/perf/save-on-full-disk.sh            (MARGINALIA_BIN: default .build/release/marginalia)
set -u

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${MARGINALIA_BIN:-$REPO_DIR/.build/release/marginalia}"
[ -x "$BIN" ] || { echo "save-on-full-disk: no binary at $BIN" >&2; exit 2; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-fulldisk.XXXXXX")"
DISK="$WORK/disk"
SOCKET="fulldisk-$$"
tm() { tmux -L "$SOCKET" "$@"; }
cleanup() { tm kill-server 2>/dev/null; sleep 0.2; umount "$DISK" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$DISK" "$WORK/home" "$WORK/config" "$WORK/data"
if ! mount -t tmpfs -o size=1m tmpfs "$DISK" 2>/dev/null; then
    echo "save-on-full-disk: skipped (cannot mount a tmpfs here; needs root)"; exit 77
fi

ARTICLE="$DISK/a.txt"
ANNOTATIONS="$ARTICLE.annotations.json"
printf 'Der Bürgermeister eröffnete am Montag die neue Brücke. Die Opposition kritisierte die Kosten.\n' >"$ARTICLE"

fail() { echo "FAIL: $*"; echo "--- screen ---"; tm capture-pane -p -t fd:0.0; exit 1; }
screen() { tm capture-pane -p -t fd:0.0; }
wait_for() {  # wait_for TEXT SECONDS
    local deadline=$(( $(date +%s) + $2 ))
    until screen | grep -qF -- "$1"; do [ "$(date +%s)" -lt "$deadline" ] || return 1; sleep 0.1; done
}

tm -f /dev/null new-session -d -s fd -x 100 -y 20 \
    "exec env -i PATH=/usr/bin:/bin TERM=screen-256color LANG=C.UTF-8 HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data '$BIN' '$ARTICLE'"
tm set -t fd remain-on-exit on
wait_for "Bürgermeister" 30 || fail "the article did not appear"

dd if=/dev/zero of="$DISK/filler" bs=4k 2>/dev/null
echo "disk filled: $(df -k "$DISK" | awk 'NR == 2 { print $4 }') KiB free"

tm send-keys -t fd:0.0 1
wait_for "NOT SAVED" 15 || fail "no NOT SAVED in the status line after tagging on a full disk"
echo "1. reported:   $(screen | grep -F 'NOT SAVED' | sed 's/  */ /g')"
[ -s "$ANNOTATIONS" ] && fail "an annotation file was written on a full disk?"

tm send-keys -t fd:0.0 q
wait_for "not quitting" 5 || fail "q on a full disk did not say it is not quitting"
[ "$(tm display -p -t fd:0.0 '#{pane_dead}')" = 1 ] && fail "the reader quit with unsaved annotations"
echo "2. q refused:  $(screen | grep -F 'not quitting' | sed 's/  */ /g')"

rm -f "$DISK/filler"
deadline=$(( $(date +%s) + 20 ))
until [ -s "$ANNOTATIONS" ] && grep -q '"claim"' "$ANNOTATIONS"; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "the annotations were not saved after space was freed"
    tm send-keys -t fd:0.0 j  # any key: the reader's loop retries the save as it runs
    sleep 0.5
done
echo "3. saved after space was freed: $(grep -c '"TextPositionSelector"' "$ANNOTATIONS") annotation(s) in $(basename "$ANNOTATIONS")"
wait_for "saved" 5 && echo "   status line: $(screen | tail -1 | sed 's/  */ /g')"

tm send-keys -t fd:0.0 q
deadline=$(( $(date +%s) + 10 ))
until [ "$(tm display -p -t fd:0.0 '#{pane_dead}')" = 1 ]; do [ "$(date +%s)" -lt "$deadline" ] || fail "q did not quit after the save"; sleep 0.1; done
echo "4. quit cleanly (status $(tm display -p -t fd:0.0 '#{pane_dead_status}'))"
echo "PASS"
