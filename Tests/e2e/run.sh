#!/usr/bin/env bash
# Runs every end-to-end test (Tests/e2e/test_*.sh) against an already built binary:
#   MARGINALIA_BIN=path/to/marginalia bash Tests/e2e/run.sh [NAME_FILTER]
# (default binary: .build/debug/marginalia). Builds nothing. Prints one line per test and a final
# line "N passed, M failed"; exits non-zero when a test failed.
set -u
cd "$(dirname "$0")/../.."
export MARGINALIA_BIN="${MARGINALIA_BIN:-.build/debug/marginalia}"
case "$MARGINALIA_BIN" in /*) ;; *) MARGINALIA_BIN="$PWD/$MARGINALIA_BIN" ;; esac

if ! command -v tmux >/dev/null 2>&1; then
    echo "e2e: tmux is not installed"; echo "0 passed, 1 failed"; exit 1
fi
if [ ! -x "$MARGINALIA_BIN" ]; then
    echo "e2e: no binary at $MARGINALIA_BIN (build it first: swift build --product marginalia)"
    echo "0 passed, 1 failed"; exit 1
fi

passed=0 failed=0 failures=()
start=$SECONDS
for test in Tests/e2e/test_*.sh; do
    name="$(basename "$test" .sh)"
    case "$name" in *"${1:-}"*) ;; *) continue ;; esac
    t0=$SECONDS
    if bash "$test"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1)); failures+=("$name")
    fi
    echo "  ($name: $((SECONDS - t0)) s)"
done
[ ${#failures[@]} -gt 0 ] && echo "failed: ${failures[*]}"
echo "e2e took $((SECONDS - start)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
