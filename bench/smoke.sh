#!/bin/sh
# CI smoke test of the benchmarks: builds nothing, runs bench_metadata_validator briefly (every case once or a
# few times) and fails when it cannot run. The figures are not judged here (see bench/README.md).
#
#   bench/smoke.sh [BUILD_DIR]      BUILD_DIR is the folder configured with GATEHOUSE_BUILD_BENCH=ON
#
# Binary: BUILD_DIR/bench/bench_metadata_validator. Without GATEHOUSE_BENCH_AGGREGATE it generates a small signed
# aggregate (GATEHOUSE_BENCH_ENTITIES, default 200 here) with python3, openssl and xmlsec1.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
binary=$build/bench/bench_metadata_validator
if [ ! -x "$binary" ]; then
    echo "bench smoke: $binary not found (configure with -DGATEHOUSE_BUILD_BENCH=ON and build it)" >&2
    exit 1
fi
GATEHOUSE_BENCH_ENTITIES=${GATEHOUSE_BENCH_ENTITIES:-200} "$binary" --benchmark_min_time=0.01
# SCIM provisioning benchmark (bench/scim/run.py), tiny: it must run, the figures are not judged.
engine=$build/app/engine/gatehouse-engine
if [ -x "$engine" ]; then
    python3 "$here/scim/run.py" "$engine" --users 20 --lookup-users 200 --members 20 --lookups 20
fi
