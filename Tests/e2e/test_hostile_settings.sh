#!/usr/bin/env bash
# Config, theme and library state that are not small regular files (a FIFO, a link to /dev/zero,
# a 2 MB file) never hang the start or grow memory: the reader shows the article and says which
# file it ignored. Each run is bounded by the usual TIMEOUT; memory by `ulimit -v`.
source "$(dirname "$0")/lib.sh"
start_terminal 160 30
write_article "$WORK/articles/radweg.txt" 5
HEADING="Stadtrat beschließt neuen Radweg"
CONFIG="$WORK/config/marginalia"
mkdir -p "$CONFIG/themes" "$WORK/data/marginalia"
type_line "ulimit -v 4000000"   # 4 GB of address space: /dev/zero read whole would exceed it

run_and_expect() {   # MESSAGE_REGEX WHAT [ARGS...]
    local regex="$1" what="$2"; shift 2
    launch "${@:-radweg.txt}"
    wait_for "$HEADING" "the article ($what)"
    wait_for "$regex" "the message about $what"
    keys q
    expect_exit 0
    expect_terminal_restored
}

# config.toml as a FIFO: without care, opening it waits for a writer for ever.
mkfifo "$CONFIG/config.toml"
run_and_expect "config.toml: .*not a regular file" "the FIFO config"
rm "$CONFIG/config.toml"

# config.toml as a link to /dev/zero.
ln -s /dev/zero "$CONFIG/config.toml"
run_and_expect "config.toml: .*not a regular file" "the /dev/zero config"
rm "$CONFIG/config.toml"

# A config of 2 MB.
{ echo 'theme = "dark"'; head -c 2100000 /dev/zero | tr '\0' '#'; echo; } >"$CONFIG/config.toml"
run_and_expect "config.toml: .*larger than 1024 KB" "the 2 MB config"

# A theme that is a link to /dev/zero.
echo 'theme = "zero"' >"$CONFIG/config.toml"
ln -s /dev/zero "$CONFIG/themes/zero.toml"
run_and_expect "zero.toml is not a regular file" "the /dev/zero theme"
rm "$CONFIG/config.toml"

# The library state as a link to /dev/zero (opening a folder reads it).
mkdir -p "$WORK/articles/news"
write_article "$WORK/articles/news/a.txt" 3
write_article "$WORK/articles/news/b.txt" 3
rm -f "$WORK/data/marginalia/library-state.json"; ln -s /dev/zero "$WORK/data/marginalia/library-state.json"
run_and_expect "library state .*not a regular file" "the /dev/zero library state" news
[ -e /dev/zero ] || fail "/dev/zero is gone"
pass
