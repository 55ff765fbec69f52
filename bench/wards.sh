#!/usr/bin/env bash
# Benchmark of the province platform: the same reads on one database, first with one ward holding 200 reports (the
# single-ward figures), then with 500 wards of one province holding 200 reports each (100 000 reports). Reads, each
# at `clients` (16) concurrent clients for `seconds` (15) after a warm-up: the officer inbox (/api/officer/reports) as
# an officer of xã Đông Cứu and as an officer of tỉnh Bắc Ninh, the public statistics of the ward and of the whole
# platform, the province table, and Open311 GET requests.json of the ward (jurisdiction_id) and of every ward.
# Prints p50/p95/p99 and requests/s of each, with the load average of the machine at the time.
#
# Reports are written by SQL in batches of 50 wards (10 000 rows): kinds in turn, 20 % new, 10 % verifying, 10 %
# handed over, 50 % handled, 10 % unfounded; submitted over the last 365 days, due 14 days later, closed 0–20 days
# after submission (so some late), a third of the closed ones rated satisfied, a third not, a third unrated; three
# quarters published.
#
# Needs the MariaDB on 127.0.0.1:3306 (root without password; the script creates database and user portal_wards).
# Usage: bench/wards.sh [clients] [seconds]     (port PORTAL_HTTP_PORT, default 8097, must be free)
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-16}"
seconds="${2:-15}"
port="${PORTAL_HTTP_PORT:-8097}"
wards="${BENCH_WARDS:-500}"
per_ward="${BENCH_REPORTS_PER_WARD:-200}"
work=$(mktemp -d)
log="$work/portal.log"
password="Bench-wards-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')!"
officer_password="Mat-khau-can-bo-2026"
db() { mariadb -h127.0.0.1 -uroot -N portal_wards "$@"; }

cleanup() {
    [ -n "${portal:-}" ] && kill -TERM -- "-$portal" 2>/dev/null && wait "$portal" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mariadb -h127.0.0.1 -uroot -e 'SELECT 1' >/dev/null 2>&1 || {
    echo "bench/wards.sh needs a MariaDB on 127.0.0.1:3306 with root and no password" >&2; exit 2; }
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS portal_wards;
    CREATE DATABASE portal_wards CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'portal_wards'@'127.0.0.1' IDENTIFIED BY 'portal_wards';
    CREATE USER IF NOT EXISTS 'portal_wards'@'localhost' IDENTIFIED BY 'portal_wards';
    GRANT ALL ON portal_wards.* TO 'portal_wards'@'127.0.0.1';
    GRANT ALL ON portal_wards.* TO 'portal_wards'@'localhost';"
echo "== database: MariaDB $(mariadb -h127.0.0.1 -uroot -N -e 'SELECT VERSION()') on 127.0.0.1:3306"

# the portal as the run command starts it (PortalLauncher's options), on the WAR built here: the launcher's own
# plugin is not always in the local Maven repository of a machine without network
mvn -B -q -pl portal-war -am package -DskipTests
mvn -B -q -N dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 \
    -DoutputDirectory="$work" -Dmdep.stripVersion=true
PORTAL_DATA_DIR="$work/data" PORTAL_ADMIN_PASSWORD="$password" PORTAL_LOG_FORMAT=text \
    PORTAL_DB_URL="jdbc:mysql://127.0.0.1:3306/portal_wards?sslMode=DISABLED" PORTAL_DB_USER=portal_wards \
    PORTAL_DB_PASSWORD=portal_wards PORTAL_RATE_LIMIT_BURST=0 PORTAL_PUBLIC_URL="http://localhost:$port" \
    PORTAL_STATISTICS_CACHE_SECONDS=30 \
    setsid java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$work/payara-micro.jar" \
    --deploy portal-war/target/portal.war --contextroot / --port "$port" --nocluster --nohazelcast \
    --disablephonehome --maxhttpthreads 4 --minhttpthreads 4 \
    --prebootcommandfile launcher/src/main/resources/vn/tdc/launcher/payara-preboot.asadmin >"$log" 2>&1 &
portal=$!
for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)" = 200 ] && break
    kill -0 "$portal" 2>/dev/null || { echo "the portal did not start, see its log:"; tail -20 "$log"; exit 1; }
    sleep 1
done
base="http://localhost:$port"

# two officers: one of the ward, one of the province (created through the administrators' API, as in production),
# each signed in once on the login page: the officers' reads then carry the session cookie, as the officers' pages do
# (HTTP Basic checks the password hash on every call, which would be all that is measured)
login() {
    local jar="$work/$1.cookies" state
    state=$(curl -s -c "$jar" "$base/dang-nhap" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
        | sed 's/.*value="//; s/"$//' | head -1)
    curl -s -o /dev/null -b "$jar" -c "$jar" -H "Origin: $base" -H "Referer: $base/dang-nhap" "$base/dang-nhap" \
        --data-urlencode login=login --data-urlencode "username=$1" --data-urlencode "password=$officer_password" \
        --data-urlencode next= --data-urlencode submit= --data-urlencode "jakarta.faces.ViewState=$state"
    echo "Cookie: JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)"
}
for account in "canbo.dongcuu:xa-dong-cuu" "canbo.bacninh:bac-ninh"; do
    curl -s -o /dev/null -w "account ${account%%:*}: %{http_code}\n" -u "admin:$password" \
        -H 'Content-Type: application/json' -X POST "$base/api/admin/users" --data \
        "{\"username\":\"${account%%:*}\",\"fullName\":\"Cán bộ ${account##*:}\",\"password\":\"$officer_password\",\"roles\":[\"OFFICER\"],\"unitCode\":\"${account##*:}\"}"
done
ward_session=$(login canbo.dongcuu)
province_session=$(login canbo.bacninh)
for session in "$ward_session" "$province_session"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$session" "$base/api/officer/reports")" = 200 ] \
        || { echo "an officer could not sign in on /dang-nhap" >&2; exit 1; }
done

# $1: a condition on admin_unit u choosing the wards to fill with $per_ward reports each
fill() {
    db -e "INSERT INTO report (unit_id, unit_path, tracking_code, kind_code, status, department_code, channel, place_name,
            description, attribute_values, published, published_at, submitted_at, due_date, closed_at, closed_on_time,
            satisfied, closing_reason, updated_at)
        SELECT c.unit_id, c.unit_path, c.code, k.code, c.status, k.department_code, 'WEB', CONCAT('Sạp số ', c.seq, ', chợ ', c.unit_name),
            'Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.', '{}', c.published,
            IF(c.published, LEAST(c.submitted_at + INTERVAL 1 DAY, UTC_TIMESTAMP()), NULL), c.submitted_at, c.due_date,
            c.closed_at, IF(c.closed_at IS NULL, NULL, c.closed_at < TIMESTAMP(c.due_date, '17:00:00')),
            IF(c.closed_at IS NULL, NULL, ELT(MOD(c.seq, 3) + 1, 1, 0, NULL)),
            IF(c.status = 'khong-du-can-cu', 'Cân đúng khi kiểm tra lại', ''), COALESCE(c.closed_at, c.submitted_at)
        FROM (SELECT g.*, DATE(g.submitted_at + INTERVAL 7 HOUR) + INTERVAL 14 DAY AS due_date,
                IF(g.status IN ('da-xu-ly', 'khong-du-can-cu'),
                   LEAST(g.submitted_at + INTERVAL MOD(g.seq * 7, 21) DAY, UTC_TIMESTAMP()), NULL) AS closed_at
              FROM (SELECT u.id AS unit_id, u.path AS unit_path, u.name AS unit_name, s.seq,
                      CONCAT('PA-2026-', $(for k in 0 1 2 3 4 5 6 7; do printf "SUBSTRING('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + MOD(FLOOR((u.id * 1000 + s.seq) / POW(31, %d)), 31), 1)%s" $k "$([ $k -lt 7 ] && echo ,)"; done)) AS code,
                      ELT(MOD(s.seq, 10) + 1, 'moi', 'moi', 'dang-xac-minh', 'da-chuyen', 'da-xu-ly', 'da-xu-ly', 'da-xu-ly',
                          'da-xu-ly', 'da-xu-ly', 'khong-du-can-cu') AS status,
                      MOD(s.seq, 4) <> 0 AS published,
                      UTC_TIMESTAMP() - INTERVAL MOD(s.seq * 2621 + u.id * 37, 525600) MINUTE AS submitted_at
                    FROM admin_unit u JOIN seq_1_to_${per_ward} s WHERE $1) g) c
        JOIN (SELECT code, department_code, ROW_NUMBER() OVER (ORDER BY code) - 1 AS i FROM report_kind) k
          ON k.i = MOD(c.seq, (SELECT COUNT(*) FROM report_kind))"
}

measure() {
    local phase="$1"
    echo "== $phase: $(db -e 'SELECT COUNT(*) FROM admin_unit WHERE level = "XA"') wards, $(db -e 'SELECT COUNT(*) FROM report') reports"
    # the public figures are kept 30 s here (PORTAL_STATISTICS_CACHE_SECONDS): the first read of each counts them
    for path in /api/reports/statistics /api/reports/statistics?unit=bac-ninh /api/units/bac-ninh/statistics; do
        printf '%-34s %s ms (one read, counted, not kept)\n' "first read $path" \
            "$(curl -s -o /dev/null -w '%{time_total}' "$base$path" | awk '{printf "%d", $1 * 1000}')"
    done
    while IFS='|' read -r label path credentials warm; do
        local out load
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        out=$(java -cp portal-war/target/test-classes vn.tdc.portal.bench.PageBenchmark "$base$path" "$clients" \
            "$seconds" "$credentials" "$warm")
        printf '%-34s %s | %s | load %s\n' "$label" "$(echo "$out" | sed -n 3p)" \
            "$(echo "$out" | sed -n 2p | sed 's/ answers = / answers, /')" "$load"
    done <<EOF
inbox, ward officer|/api/officer/reports|$ward_session|100
inbox, province officer|/api/officer/reports|$province_session|100
statistics of the ward|/api/reports/statistics?unit=xa-dong-cuu|-|100
statistics of the platform|/api/reports/statistics|-|20
province table|/api/units/bac-ninh/statistics|-|20
Open311 requests of the ward|/open311/v2/requests.json?jurisdiction_id=xa-dong-cuu|-|100
Open311 requests, every ward|/open311/v2/requests.json|-|20
Open311 every ward, page_size=50|/open311/v2/requests.json?page_size=50|-|100
EOF
}

fill "u.id = 101"
measure "one ward (xã Đông Cứu)"

start=$(date +%s)
db -e "INSERT INTO admin_unit (id, code, slug, name, level, kind, parent_id, path, name_folded, sort_order)
    SELECT 1000 + seq, CONCAT('xa-thu-', seq), CONCAT('xa-thu-', seq), CONCAT('xã Thử Nghiệm ', seq), 'XA', 'xa', 10,
           CONCAT('/bac-ninh/xa-thu-', seq, '/'), CONCAT('xa thu nghiem ', seq), 1000 + seq
    FROM seq_1_to_$((wards - 1))"
for first in $(seq 1001 50 $((1000 + wards - 1))); do
    fill "u.id BETWEEN $first AND $((first + 49)) AND u.id < $((1000 + wards))"
done
db -e "ANALYZE TABLE report" >/dev/null
echo "loaded $((wards - 1)) more wards and their reports in $(( $(date +%s) - start )) s"
sleep 31   # the portal keeps its unit directory and the public figures 30 s here: both are read again
measure "$wards wards of tỉnh Bắc Ninh"
