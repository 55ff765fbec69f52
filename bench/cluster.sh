#!/usr/bin/env bash
# A portal cluster on this machine: HAProxy on :8080 → 3 Payara Micro nodes (:8081-8083, each through the launcher
# in cluster mode, one Hazelcast data grid) → one MariaDB; one shared storage directory, one data directory (search
# index) per node. See docs/cluster.md.
#
#   bench/cluster.sh start [nodes]        build if needed, create the database, start N nodes (default 3) and HAProxy
#   bench/cluster.sh status               each node's /health/ready, HAProxy's view of them
#   bench/cluster.sh stop                 stop HAProxy and every node (TERM, then KILL after 30 s)
#   bench/cluster.sh bench [clients] [s]  throughput through HAProxy with 1 node, then with 3 (default 32 clients, 30 s)
#   bench/cluster.sh failover [clients] [s]  reports through HAProxy for 60 s; node2 is killed (-9) at 20 s and
#                                         started again at 40 s; the acknowledged reports are checked in the database
#
# Needs: Java 17+, Maven (offline is fine once built), the MariaDB on 127.0.0.1:3306 with root over the socket
# (`mariadb -uroot`), python3 (stdlib only: bench/cluster_client.py); installs Debian's haproxy when missing.
# PORTAL_DB_URL/PORTAL_DB_USER/PORTAL_DB_PASSWORD name another database instead of creating portal_cluster.
# Everything else lives in target/cluster/ (CLUSTER_DIR): logs, pids, node data, storage, haproxy.cfg.
# The bench nodes run with the rate limits OFF (PORTAL_RATE_LIMIT_BURST=0, PORTAL_REPORTS_RATE_LIMIT_BURST=0,
# PORTAL_REPORTS_LOOKUP_RATE_LIMIT_BURST=0): behind HAProxy every client has the proxy's address, and a load test
# from one machine is one client.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir="${CLUSTER_DIR:-$root/target/cluster}"
front_port="${CLUSTER_FRONT_PORT:-8080}"
http_base="${CLUSTER_HTTP_BASE:-8080}"     # node i listens on http_base + i
hz_base="${CLUSTER_HZ_BASE:-6920}"         # node i's Hazelcast port is hz_base + i
max_nodes=3
micro_jar="$root/portal-war/target/payara-micro.jar"
war="$root/portal-war/target/portal.war"
mkdir -p "$dir"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

ensure_haproxy() {
    if ! command -v haproxy >/dev/null; then
        log "installing haproxy (Debian)"
        apt-get install -y haproxy >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y haproxy >/dev/null; }
    fi
}

ensure_build() {
    if [ ! -f "$war" ] || [ ! -f "$micro_jar" ] || [ ! -f "$root/launcher/target/cluster.cp" ] \
        || [ -n "$(find "$root/portal-war/src" "$root/launcher/src" -newer "$war" -type f -print -quit)" ]; then
        log "building (mvn package, offline when possible)"
        mvn -B -q -o -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cluster.cp \
            || mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cluster.cp
    fi
}

ensure_database() {
    if [ -n "${PORTAL_DB_URL:-}" ]; then
        db_url="$PORTAL_DB_URL"; db_user="${PORTAL_DB_USER:-portal}"; db_password="${PORTAL_DB_PASSWORD:-portal}"
        db_name=$(sed -E 's#^jdbc:[a-z]+://[^/]+/([^?]+).*#\1#' <<<"$db_url")
        return
    fi
    db_name=portal_cluster; db_user=portal_cluster; db_password=portal_cluster
    db_url="jdbc:mysql://127.0.0.1:3306/$db_name?sslMode=DISABLED"
    if [ ! -f "$dir/database-created" ]; then
        log "creating database $db_name (MariaDB on 127.0.0.1:3306)"
        mariadb -uroot -e "CREATE DATABASE IF NOT EXISTS $db_name CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER IF NOT EXISTS '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_password';
            CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_password';
            GRANT ALL ON $db_name.* TO '$db_user'@'127.0.0.1';
            GRANT ALL ON $db_name.* TO '$db_user'@'localhost';"
        touch "$dir/database-created"
    fi
}

members() {
    local list="" i
    for i in $(seq 1 $max_nodes); do list="$list${list:+,}127.0.0.1:$((hz_base + i))"; done
    echo "$list"
}

node_port() { echo $((http_base + $1)); }
node_pid() { cat "$dir/node$1/pid" 2>/dev/null || true; }
alive() { local pid; pid=$(node_pid "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
ready() { [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$(node_port "$1")/health/ready" || true)" = 200 ]; }

# Starts node i through the launcher, in its own session (process group = its pid), so that a kill reaches both
# the launcher and its Payara Micro.
start_node() {
    local i=$1 node="$dir/node$1"
    if alive "$i"; then log "node$i already running"; return; fi
    mkdir -p "$node/data" "$dir/storage"
    env PORTAL_DB_URL="$db_url" PORTAL_DB_USER="$db_user" PORTAL_DB_PASSWORD="$db_password" \
        PORTAL_DATA_DIR="$node/data" PORTAL_STORAGE_DIR="$dir/storage" \
        PORTAL_HTTP_PORT="$(node_port "$i")" PORTAL_LOG_FORMAT=text \
        PORTAL_CLUSTER_MEMBERS="$(members)" PORTAL_CLUSTER_NAME=tdc-portal-bench \
        PORTAL_CLUSTER_PORT=$((hz_base + i)) PORTAL_NODE_NAME="node$i" \
        PORTAL_RATE_LIMIT_BURST=0 PORTAL_REPORTS_RATE_LIMIT_BURST=0 PORTAL_REPORTS_LOOKUP_RATE_LIMIT_BURST=0 \
        PORTAL_ADMIN_PASSWORD="${PORTAL_ADMIN_PASSWORD:-cluster-admin-1}" \
        PORTAL_PUBLIC_URL="http://127.0.0.1:$front_port" \
        setsid java -Dportal.launcher.micro-jar="$micro_jar" -Dportal.launcher.war="$war" \
            -cp "$root/launcher/target/classes:$(cat "$root/launcher/target/cluster.cp")" vn.tdc.launcher.PortalLauncher \
            >>"$node/log" 2>&1 </dev/null &
    echo $! >"$node/pid"
    date +%s.%N >"$node/started"
    log "node$i starting (pid $!, http $(node_port "$i"), hazelcast $((hz_base + i)), log $node/log)"
}

# Waits until node i answers /health/ready; prints the seconds since its start.
await_node() {
    local i=$1 limit=${2:-300} start
    start=$(cat "$dir/node$i/started")
    for _ in $(seq 1 $((limit * 4))); do
        if ready "$i"; then
            python3 -c "import time; print(f'{time.time() - $start:.1f}')"
            return 0
        fi
        alive "$i" || { log "node$i ended before it was ready: see $dir/node$i/log" >&2; return 1; }
        sleep 0.25
    done
    log "node$i not ready after ${limit} s" >&2
    return 1
}

stop_node() {
    local i=$1 pid
    pid=$(node_pid "$i")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL -- "-$pid" 2>/dev/null || true
        log "node$i stopped"
    fi
    rm -f "$dir/node$i/pid"
}

# Kills node i's launcher and Payara Micro at once, as a power cut would.
kill_node() {
    local pid
    pid=$(node_pid "$1")
    kill -KILL -- "-$pid"
    rm -f "$dir/node$1/pid"
}

write_haproxy_cfg() {
    local i
    {
        cat <<EOF
# Written by bench/cluster.sh. Round robin, no sticky sessions: any node serves any request (sessions and rate
# limits live in the Hazelcast grid, the data in MariaDB). A node is out after 2 failed checks 1 s apart, back after
# 2 good ones (a check may take 3 s: a busy node answers late but is not down; without it the check's timeout is
# inter, 1 s, and a loaded single node was taken out, leaving only 503s); a connection refused is retried on another
# node (retries + redispatch).
global
    maxconn 4096
    pidfile $dir/haproxy.pid
    stats socket $dir/haproxy.sock mode 600 level admin

defaults
    mode http
    option forwardfor
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 10s
    retries 2
    option redispatch

frontend portal
    bind 127.0.0.1:$front_port
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    timeout check 3s
    default-server inter 1s fall 2 rise 2
EOF
        for i in $(seq 1 $max_nodes); do
            echo "    server node$i 127.0.0.1:$(node_port "$i") check"
        done
    } >"$dir/haproxy.cfg"
}

start_haproxy() {
    ensure_haproxy
    write_haproxy_cfg
    haproxy -c -q -f "$dir/haproxy.cfg"
    if [ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
        haproxy -D -f "$dir/haproxy.cfg" -sf "$(cat "$dir/haproxy.pid")"
    else
        haproxy -D -f "$dir/haproxy.cfg"
    fi
    log "haproxy on http://127.0.0.1:$front_port/ (config $dir/haproxy.cfg)"
}

stop_haproxy() {
    if [ -f "$dir/haproxy.pid" ]; then
        kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
        rm -f "$dir/haproxy.pid"
    fi
}

haproxy_view() {
    [ -S "$dir/haproxy.sock" ] || return 0
    python3 - "$dir/haproxy.sock" <<'EOF'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"show stat\n")
data = b""
while chunk := s.recv(65536):
    data += chunk
rows = data.decode().splitlines()
head = rows[0].lstrip("# ").split(",")
for row in rows[1:]:
    f = dict(zip(head, row.split(",")))
    if f.get("pxname") == "nodes" and f.get("svname") not in ("BACKEND",):
        print(f"  haproxy: {f['svname']:6} {f['status']:5} sessions {f['stot']:>7}  check {f.get('check_status', '')}")
EOF
}

# Starts nodes 1..n: the first alone (it migrates an empty database), the others together.
start_nodes() {
    local n=$1 i
    local took
    start_node 1
    took=$(await_node 1) || exit 1
    log "node1 ready in $took s"
    for i in $(seq 2 "$n"); do start_node "$i"; done
    for i in $(seq 2 "$n"); do
        took=$(await_node "$i") || exit 1
        log "node$i ready in $took s"
    done
}

status() {
    local i
    for i in $(seq 1 $max_nodes); do
        if alive "$i"; then
            printf '  node%d :%d pid %s ready=%s\n' "$i" "$(node_port "$i")" "$(node_pid "$i")" "$(ready "$i" && echo yes || echo no)"
        else
            printf '  node%d :%d down\n' "$i" "$(node_port "$i")"
        fi
    done
    haproxy_view
}

stop_all() {
    stop_haproxy
    local i
    for i in $(seq 1 $max_nodes); do stop_node "$i"; done
}

client() { python3 "$root/bench/cluster_client.py" "$@"; }

# Rows of one failover run, for the client's check: tracking code and idempotency key, tab-separated.
dump_reports() {
    mariadb -uroot -N -B "$db_name" -e "SELECT tracking_code, idempotency_key FROM report WHERE place_name LIKE '$1 %'"
}

command="${1:-}"
shift || true
case "$command" in
    start)
        n="${1:-3}"
        ensure_build; ensure_database
        start_nodes "$n"
        start_haproxy
        sleep 3
        status
        ;;
    status)
        status
        ;;
    stop)
        stop_all
        ;;
    bench)
        clients="${1:-32}"; seconds="${2:-30}"
        ensure_build; ensure_database
        stop_all
        start_nodes 1
        start_haproxy
        sleep 3
        log "== 1 node behind HAProxy: $clients clients, $seconds s"
        client throughput "http://127.0.0.1:$front_port" "$clients" "$seconds" --json "$dir/bench-1.json"
        for i in $(seq 2 $max_nodes); do start_node "$i"; done
        for i in $(seq 2 $max_nodes); do
            took=$(await_node "$i") || exit 1
            log "node$i ready in $took s"
        done
        sleep 3
        status
        log "== 3 nodes behind HAProxy: $clients clients, $seconds s"
        client throughput "http://127.0.0.1:$front_port" "$clients" "$seconds" --json "$dir/bench-3.json"
        client compare "$dir/bench-1.json" "$dir/bench-3.json"
        ;;
    failover)
        clients="${1:-32}"; seconds="${2:-60}"
        ensure_build; ensure_database
        for i in $(seq 1 $max_nodes); do alive "$i" || start_node "$i"; done
        for i in $(seq 1 $max_nodes); do await_node "$i" >/dev/null || exit 1; done
        start_haproxy
        sleep 3
        status
        run="failover-$(date +%s)"
        client failover "http://127.0.0.1:$front_port" "$clients" "$seconds" "$run" "$dir/$run.acks" &
        load=$!
        t0=$(date +%s.%N)
        sleep $((seconds / 3))
        log "kill -9 node2 (launcher and Payara Micro)"
        kill_node 2
        killed=$(python3 -c "import time; print(f'{time.time() - $t0:.1f}')")
        sleep $((seconds / 3))
        restarted=$(python3 -c "import time; print(f'{time.time() - $t0:.1f}')")
        start_node 2
        back=$(await_node 2) || exit 1
        log "node2 ready again ${back} s after its restart"
        wait "$load"
        status
        dump_reports "$run" >"$dir/$run.db"
        client verify "$dir/$run.acks" "$dir/$run.db" --killed-at "$killed" --restarted-at "$restarted" --ready-after "$back"
        ;;
    *)
        sed -n '2,20p' "$0"
        exit 2
        ;;
esac
