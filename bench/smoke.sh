#!/bin/sh
# CI smoke test of the benchmarks: builds nothing, runs bench_metadata_validator briefly (every case once or a
# few times) and bench_saml_acs for 50 ms, and fails when they cannot run. The figures are not judged here (see
# bench/README.md).
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
# SAML ACS verifications (bench/saml/run.sh is the side-by-side run with python3-onelogin-saml2).
saml=$build/bench/bench_saml_acs
if [ ! -x "$saml" ]; then
    echo "bench smoke: $saml not found (build the bench_saml_acs target)" >&2
    exit 1
fi
"$saml" --seconds 0.05
# SCIM provisioning benchmark (bench/scim/run.py), tiny: it must run, the figures are not judged.
engine=$build/app/engine/gatehouse-engine
if [ -x "$engine" ]; then
    python3 "$here/scim/run.py" "$engine" --users 20 --groups 4 --batch 5 --lookup-users 200 --members 20 --lookups 20
    # The side-by-side sequence, our side only (Polis is compared by hand).
    python3 "$here/scim/side_by_side.py" "$engine" --targets gatehouse --users 20 --lookups 5 --members 10
fi
