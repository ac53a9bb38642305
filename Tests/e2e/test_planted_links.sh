#!/usr/bin/env bash
# Planted symbolic links at the files the program writes: nothing is written or deleted through
# them, and the reader says where the annotations went instead. A view-only run (--dump) writes
# nothing at all.
source "$(dirname "$0")/lib.sh"
start_terminal 120 30
write_article "$WORK/articles/radweg.txt" 5
HEADING="Stadtrat beschließt neuen Radweg"

# --dump writes nothing: no theme cache, no lock, no state, no annotation file.
(cd "$WORK/articles" && env -i PATH="$PATH" HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
    XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache" "$BIN" --dump 80x24 radweg.txt >/dev/null) || fail "--dump failed"
written="$(find "$WORK/home" "$WORK/cache" "$WORK/data" "$WORK/state" "$WORK/articles" -newer "$WORK/articles/radweg.txt" ! -type d)"
[ -z "$written" ] || fail "--dump wrote: $written"

# A dangling link as the annotation file: its target is not created; the tag goes to .recovered.json.
ln -s "$WORK/elsewhere/victim.json" "$WORK/articles/radweg.txt.annotations.json"
launch radweg.txt
wait_for "$HEADING" "the article"
wait_for "is a link to" "the message about the link"
wait_analysed
keys 1
wait_for "Tags \(1\)" "the tag"
keys q
expect_exit 0
[ ! -e "$WORK/elsewhere" ] || fail "the save created the link's target folder"
[ -L "$WORK/articles/radweg.txt.annotations.json" ] || fail "the link was replaced"
python3 "$E2E_DIR/check_annotations.py" "$WORK/articles/radweg.txt.annotations.json.recovered.json" "$WORK/articles/radweg.txt" 1 --count 1 >/dev/null \
    || fail "the tag was not saved to radweg.txt.annotations.json.recovered.json"

# A link planted as the lock folder (to the articles folder): no lock file is written there.
write_article "$WORK/articles/zwei.txt" 5
mkdir -p "$WORK/data/marginalia"
rm -rf "$WORK/data/marginalia/locks"
ln -s "$WORK/articles" "$WORK/data/marginalia/locks"
before="$(ls -A "$WORK/articles")"
launch zwei.txt
wait_for "$HEADING" "the article"
wait_for "lock folder" "the message about the lock folder"
keys q
expect_exit 0
[ "$(ls -A "$WORK/articles")" = "$before" ] || fail "files appeared in the folder the lock-folder link points to: $(ls -A "$WORK/articles")"
pass
