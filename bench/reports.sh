#!/usr/bin/env bash
# Benchmark of filing reports: POST /api/reports at concurrency 32 for 30 s on a portal started here (submission
# rate limit off), then a check that the database holds exactly the acknowledged reports.
# Needs the MariaDB on 127.0.0.1:3306 (root without password; the script creates database and user portal_bench),
# as the target (>= 300 accepted/s, p99 < 250 ms, 0 lost on 2 cores) is stated for MariaDB.
# Usage: bench/reports.sh [clients] [seconds]   (needs a free port 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-32}"
seconds="${2:-30}"

mvn -B -q install -DskipTests
mvn -B -q -pl portal-war test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp

data=$(mktemp -d)
if command -v mariadb >/dev/null && mariadb -h127.0.0.1 -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS portal_bench;
        CREATE DATABASE portal_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'portal_bench'@'127.0.0.1' IDENTIFIED BY 'portal_bench';
        CREATE USER IF NOT EXISTS 'portal_bench'@'localhost' IDENTIFIED BY 'portal_bench';
        GRANT ALL ON portal_bench.* TO 'portal_bench'@'127.0.0.1';
        GRANT ALL ON portal_bench.* TO 'portal_bench'@'localhost';"
    export PORTAL_DB_URL="jdbc:mysql://127.0.0.1:3306/portal_bench?sslMode=DISABLED"
    export PORTAL_DB_USER=portal_bench PORTAL_DB_PASSWORD=portal_bench
    jdbc="$PORTAL_DB_URL"; user=portal_bench; password=portal_bench
    echo "== database: MariaDB on 127.0.0.1:3306 ($(mariadb -h127.0.0.1 -uroot -N -e 'SELECT VERSION()'))"
else
    echo "bench/reports.sh needs a MariaDB on 127.0.0.1:3306 with root and no password" >&2
    exit 2
fi

log=$(mktemp)
PORTAL_DATA_DIR="$data" PORTAL_REPORTS_RATE_LIMIT_BURST=0 PORTAL_LOG_FORMAT=text \
    mvn -B -o -q -pl launcher -Prun -DskipTests package >"$log" 2>&1 &
portal=$!
trap 'kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/health/ready || true)" = 200 ] && break
    sleep 1
done
java -cp "portal-war/target/test-classes:$(cat portal-war/target/bench.cp)" \
    vn.tdc.portal.bench.ReportSubmissionBenchmark http://localhost:8080 "$jdbc" "$user" "$password" "$clients" "$seconds"
