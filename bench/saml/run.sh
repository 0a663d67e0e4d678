#!/bin/sh
# ACS verifications per second, side by side in one run: Gatehouse (core::saml::sso::verifyResponse, the engine's
# ACS check) and python3-onelogin-saml2 (OneLogin_Saml2_Response.is_valid, strict), on the same typical response:
# a signed Assertion inside a signed Response, 10 attributes, RSA-2048 / SHA-256. Both sides check both signatures,
# run single-threaded, with the clock frozen at the response's instant + 5 s.
#
#   bench/saml/run.sh [BUILD_DIR] [SECONDS]
#
# BUILD_DIR (default build/release) holds bench/bench_saml_acs, e.g.
#   cmake --preset release -DGATEHOUSE_BUILD_DESKTOP=OFF && cmake --build build/release --target bench_saml_acs
# Prints both rates and the ratio (wall clock, and per CPU-second, which stays steady on a busy machine). GATEHOUSE_BENCH_THREADS=N adds a multi-threaded Gatehouse figure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
seconds=${2:-5}
binary=$build/bench/bench_saml_acs
python=${PYTHON:-/usr/bin/python3}
if [ ! -x "$binary" ]; then
    echo "bench/saml/run.sh: $binary not found (build the bench_saml_acs target)" >&2
    exit 1
fi
fixture=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-saml-bench.XXXXXX")
trap 'rm -rf "$fixture"' EXIT
"$binary" --write-fixture "$fixture" --seconds 0 >/dev/null

gatehouse=$("$binary" --seconds "$seconds")
onelogin=$("$python" "$here/onelogin_acs.py" "$fixture" "$seconds")
echo "$gatehouse"
echo "$onelogin"
g=$(echo "$gatehouse" | sed -n 's/.*gatehouse_acs_per_sec=\([0-9.]*\).*/\1/p')
o=$(echo "$onelogin" | sed -n 's/.*onelogin_acs_per_sec=\([0-9.]*\).*/\1/p')
gc=$(echo "$gatehouse" | sed -n 's/.*per_cpu_sec=\([0-9.]*\).*/\1/p')
oc=$(echo "$onelogin" | sed -n 's/.*per_cpu_sec=\([0-9.]*\).*/\1/p')
awk -v g="$g" -v o="$o" -v gc="$gc" -v oc="$oc" 'BEGIN {
    printf "ratio gatehouse/onelogin = %.1fx wall clock, %.1fx per CPU-second (target >= 5x)\n", g / o, gc / oc }'
if [ -n "${GATEHOUSE_BENCH_THREADS:-}" ]; then
    "$binary" --seconds "$seconds" --threads "$GATEHOUSE_BENCH_THREADS"
fi
