#!/usr/bin/env bash
# Benchmark of the article page: GET /tin-tuc/{slug} of a seed article at concurrency 16 for 20 s on a portal
# started here (embedded database in a temporary data directory), then the same for /tin-tuc and /feed.xml.
# Usage: bench/articles.sh [clients] [seconds]   (needs a free port 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-16}"
seconds="${2:-20}"

mvn -B -q install -DskipTests
mvn -B -q -pl portal-war test-compile

data=$(mktemp -d)
log=$(mktemp)
PORTAL_DATA_DIR="$data" PORTAL_LOG_FORMAT=text mvn -B -o -q -pl launcher -Prun -DskipTests package >"$log" 2>&1 &
portal=$!
trap 'kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/health/ready || true)" = 200 ] && break
    sleep 1
done
for path in /tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho /tin-tuc /feed.xml; do
    java -cp portal-war/target/test-classes vn.tdc.portal.bench.PageBenchmark "http://localhost:8080$path" \
        "$clients" "$seconds"
done
