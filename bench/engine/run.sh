#!/bin/sh
# Load test of gatehouse-engine with wrk (issue 3 §9): GET /api/v1/organizations?page_size=100 over N
# organizations, and POST /oauth/token. Usage:
#   bench/engine/run.sh [build-dir] [duration] [organizations]
# Default: build/release 10s 10000. Set GATEHOUSE_BENCH_PG_URL=postgresql://… to run on PostgreSQL
# (the database should be empty: it gets a fresh schema named gh_bench_<pid>). Build the release preset
# first; numbers from a sanitizer build are meaningless. WRK_CONNECTIONS (default 10) sets wrk -c; a list
# ("1 4 10") runs each case once per count on the same seeded engine. Prints wrk's latency distribution per case.
set -eu
BUILD=${1:-build/release}
DURATION=${2:-10s}
CONNECTIONS=${WRK_CONNECTIONS:-10}
ORGS=${3:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
ENGINE="$BUILD/app/engine/gatehouse-engine"
[ -x "$ENGINE" ] || { echo "no $ENGINE; build it first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk not installed" >&2; exit 1; }
DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
DB=""
if [ -n "${GATEHOUSE_BENCH_PG_URL:-}" ]; then
    SCHEMA="gh_bench_$$"
    psql "$GATEHOUSE_BENCH_PG_URL" -qc "CREATE SCHEMA $SCHEMA"
    DB="$GATEHOUSE_BENCH_PG_URL?schema=$SCHEMA"
fi
export GATEHOUSE_DB="$DB" QT_LOGGING_RULES="gatehouse.engine.access.info=false"
COMMON="--data-dir $DATA --listen 127.0.0.1:$PORT --rate-limit 0/60 --token-rate-limit 0/60 --max-connections 4096"
cleanup() {
    [ -n "${PID:-}" ] && kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    [ -n "${SCHEMA:-}" ] && psql "$GATEHOUSE_BENCH_PG_URL" -qc "DROP SCHEMA $SCHEMA CASCADE" || true
    rm -rf "$DATA"
}
trap cleanup EXIT
CREDS=$("$ENGINE" bootstrap $COMMON --print-credentials 2>/dev/null)
CLIENT_ID=$(echo "$CREDS" | python3 -c 'import json,sys; print(json.load(sys.stdin)["client_id"])')
CLIENT_SECRET=$(echo "$CREDS" | python3 -c 'import json,sys; print(json.load(sys.stdin)["client_secret"])')
export CLIENT_ID CLIENT_SECRET
"$ENGINE" $COMMON 2>"$DATA/engine.log" &
PID=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do curl -sf "$URL/health" >/dev/null && break; sleep 0.5; done
TOKEN=$(curl -sf -d grant_type=client_credentials --data-urlencode "client_id=$CLIENT_ID" \
        --data-urlencode "client_secret=$CLIENT_SECRET" "$URL/oauth/token" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
python3 "$HERE/seed.py" "$URL" "$TOKEN" "$ORGS"
BACKEND=SQLite; [ -n "$DB" ] && BACKEND=PostgreSQL
for C in $CONNECTIONS; do
    echo "== GET /api/v1/organizations?page_size=100 ($ORGS organizations, $BACKEND, $C connections)"
    wrk -t1 -c"$C" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$URL/api/v1/organizations?page_size=100"
    echo "== POST /oauth/token ($BACKEND, $C connections)"
    wrk -t1 -c"$C" -d"$DURATION" --latency -s "$HERE/token.lua" "$URL/oauth/token"
done
echo "== reference: openssl speed rsa2048 (sign/s, one core)"
openssl speed -seconds 2 rsa2048 2>/dev/null | tail -1
