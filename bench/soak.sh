#!/usr/bin/env bash
# Soak test: starts the portal (embedded database in a temporary data directory, rate limits off) and runs chat,
# search, report intake (POST /api/reports) and page reads together for [minutes] with [clients] concurrent users,
# printing the Payara Micro JVM's RSS every 30 s, the requests by kind and status, and the errors (exit code 1 if any).
# Usage: bench/soak.sh [minutes] [clients]   (default 10 minutes, 8 clients; port SOAK_PORT, default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
clients="${2:-8}"
port="${SOAK_PORT:-8080}"

mvn -B -q -pl portal-war -am -DskipTests package

data=$(mktemp -d)
log=$(mktemp)
PORTAL_HTTP_PORT="$port" PORTAL_DATA_DIR="$data" PORTAL_LOG_FORMAT=text \
    PORTAL_RATE_LIMIT_BURST="${PORTAL_RATE_LIMIT_BURST:-0}" \
    PORTAL_REPORTS_RATE_LIMIT_BURST="${PORTAL_REPORTS_RATE_LIMIT_BURST:-0}" \
    mvn -B -o -q -pl launcher -am -Prun -DskipTests package >"$log" 2>&1 &
portal=$!
trap 'kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)" = 200 ] && break
    sleep 1
done
echo "portal log: $log"
java -cp portal-war/target/test-classes vn.tdc.portal.bench.SoakBenchmark "http://localhost:$port" \
    "$minutes" "$clients" chatbot-module/src/test/resources/own-qa.jsonl "$port"
