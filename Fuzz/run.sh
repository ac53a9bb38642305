#!/bin/sh
# Runs one fuzz target for a number of seconds: Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
#   TARGET: FuzzLoaders FuzzSegmentation FuzzQuotes FuzzTOML FuzzAnnotations FuzzRender FuzzStartupFiles
# Builds the targets (release, libFuzzer + AddressSanitizer) unless NO_BUILD=1, keeps the growing
# corpus in Fuzz/Corpus/TARGET (not committed; seeded from Fuzz/Seeds/TARGET) and crash, hang and
# out-of-memory inputs in Fuzz/Findings/TARGET (a hang: slower than the per-input time budget
# below). Prints libFuzzer's final statistics.
set -eu
TARGET=${1:?usage: run.sh TARGET SECONDS}
SECONDS_TO_RUN=${2:?usage: run.sh TARGET SECONDS}
shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
if [ "${NO_BUILD:-0}" != 1 ]; then
    # SwiftPM does not notice source files added to the main package (a path dependency) unless
    # this manifest changes: touching it makes the build see them.
    touch "$HERE/Package.swift"
    # The main package compiles its release modules for a static Swift runtime (its Package.swift),
    # so the fuzz executables must link it statically too.
    swift build -c release --package-path "$HERE" --static-swift-stdlib -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
fi
BIN=$(swift build -c release --package-path "$HERE" --show-bin-path)/$TARGET
[ -x "$BIN" ] || { echo "run.sh: no fuzz target $TARGET at $BIN" >&2; exit 2; }
case $TARGET in
    FuzzRender) MAX_LEN=4096 ;;      # each input opens the reader: keep them short
    FuzzQuotes) MAX_LEN=8192 ;;
    # The parsers get inputs long enough for quadratic work to show: at 64 KB an O(n^2) pass
    # takes seconds even without AddressSanitizer, a linear one milliseconds.
    FuzzLoaders|FuzzSegmentation) MAX_LEN=65536; LEN_CONTROL=0 ;;
    *) MAX_LEN=16384 ;;
esac
# -len_control=0: long inputs from the start (libFuzzer otherwise grows the length slowly and
# would spend a 10-minute run below a few hundred bytes, where nothing quadratic shows).
# A time budget per input (libFuzzer -timeout, seconds): an input slower than this is reported
# as a hang (timeout-* in Findings/), so the fuzzer guards against slow inputs, not only crashes.
# Typical inputs take milliseconds under AddressSanitizer; FUZZ_TIMEOUT overrides.
case $TARGET in
    FuzzRender|FuzzQuotes) PER_INPUT=${FUZZ_TIMEOUT:-5} ;;
    *) PER_INPUT=${FUZZ_TIMEOUT:-2} ;;
esac
mkdir -p "$HERE/Corpus/$TARGET" "$HERE/Findings/$TARGET"
cd "$REPO"
# The Swift backtracer would fight AddressSanitizer for the crash; let ASan report it.
export SWIFT_BACKTRACE=enable=no
exec "$BIN" "$HERE/Corpus/$TARGET" "$HERE/Seeds/$TARGET" \
    -max_total_time="$SECONDS_TO_RUN" -max_len="$MAX_LEN" -timeout="$PER_INPUT" -rss_limit_mb=4096 \
    -artifact_prefix="$HERE/Findings/$TARGET/" -print_final_stats=1 -detect_leaks=1 ${LEN_CONTROL:+-len_control=$LEN_CONTROL} "$@"
