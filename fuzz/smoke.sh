#!/bin/sh
# CI smoke test of the libFuzzer targets: builds nothing, runs each fuzz binary for a few seconds on the seed
# corpus and exits non-zero when one of them crashes (or is missing).
#
#   fuzz/smoke.sh [BUILD_DIR]        BUILD_DIR defaults to build/fuzz (cmake --preset fuzz)
#   FUZZ_SECONDS=5                   seconds per target
#
# The binaries are BUILD_DIR/fuzz/FuzzMetadataValidator and BUILD_DIR/fuzz/FuzzXmlDocument. New inputs go to a
# temporary folder; fuzz/corpus/ is only read.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/fuzz}
seconds=${FUZZ_SECONDS:-5}
work=$(mktemp -d)
# See fuzz/lsan.supp: one known process-lifetime cache is reported by LeakSanitizer at exit.
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$here/lsan.supp"
trap 'rm -rf "$work"' EXIT

status=0
for target in FuzzMetadataValidator FuzzXmlDocument; do
    binary=$build/fuzz/$target
    if [ ! -x "$binary" ]; then
        echo "fuzz smoke: $binary not found (build it with: cmake --preset fuzz && cmake --build --preset fuzz)" >&2
        status=1
        continue
    fi
    mkdir -p "$work/$target"
    echo "fuzz smoke: $target for ${seconds}s"
    if ! "$binary" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=25 -dict="$here/metadata.dict" \
        -artifact_prefix="$work/$target-" "$work/$target" "$here/corpus/metadata" >"$work/$target.log" 2>&1; then
        echo "fuzz smoke: $target FAILED; last lines of its output:" >&2
        tail -n 60 "$work/$target.log" >&2
        for artifact in "$work/$target"-*; do
            [ -e "$artifact" ] && echo "reproducer (base64): $(base64 -w0 "$artifact")" >&2
        done
        status=1
    else
        grep -E '^#[0-9]+[[:space:]]+DONE' "$work/$target.log" || tail -n 1 "$work/$target.log"
    fi
done
exit $status
