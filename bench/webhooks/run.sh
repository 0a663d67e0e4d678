#!/bin/sh
# The full-size webhook durability run of issue 8: 10,000 Entra-style users provisioned while the engine is
# killed with SIGKILL (KILLS times, default 5) and restarted, every committed event checked at the receiver.
# CI runs the same script with 1,000 users (ctest engine.webhooks.crash). Usage:
#   bench/webhooks/run.sh [BUILD_DIR] [--postgres]    (BUILD_DIR defaults to build/dev)
# --postgres needs GATEHOUSE_TEST_PG_URL. Prints the figures (events, attempts, kills, seconds).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/dev}
[ $# -gt 0 ] && shift
USERS=${USERS:-10000} KILLS=${KILLS:-5} exec python3 "$here/../../tests/interop/crash/run-webhook-crash.py" \
    "$build/app/engine/gatehouse-engine" "$@"
