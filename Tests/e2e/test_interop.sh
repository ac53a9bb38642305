#!/usr/bin/env bash
# Exports and imports as other tools read them (issue 15): runs scripts/interop/check.sh, which
# needs no terminal; it is here so that CI runs it with the binary under test.
source "$(dirname "$0")/lib.sh"
MARGINALIA_BIN="$BIN" bash "$REPO_DIR/scripts/interop/check.sh" >"$WORK/interop.log" 2>&1 \
    || fail "scripts/interop/check.sh failed: $(grep -m5 FAIL "$WORK/interop.log" || tail -5 "$WORK/interop.log")"
grep -q "checks passed" "$WORK/interop.log" || fail "no summary: $(tail -3 "$WORK/interop.log")"
grep -q "schema assertions passed" "$WORK/interop.log" || fail "no W3C schema summary: $(tail -3 "$WORK/interop.log")"
pass
