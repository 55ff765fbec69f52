#!/usr/bin/env bash
# Runs a real Open311 client against a portal started here: codeforamerica's Node client, the npm package `open311`
# 0.0.12 (codeforamerica/node-open311), through bench/open311-node-client.js. Prints each call with its result and
# duration; exits 1 when a call does not conform.
#
# The client comes from the npm registry unmodified, with the versions of `request` and `lodash` it asks for. Its two
# other dependencies serve only its XML format and cannot be installed here: `sparkxml` is a git URL (not on npm) and
# `xml2json@0.2.4` needs `node-expat@1.4`, a native module that no longer builds on current Node. They are replaced by
# stand-ins that throw when called, so the client runs in JSON (its default); the XML side of the clients
# (FixMyStreet's Open311.pm, the Ruby gem, SeeClickFix's validator) is replayed by Open311IT from their sources.
#
# Usage: bench/open311-clients.sh        (needs node and npm; port PORTAL_HTTP_PORT, default 8080, must be free)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORTAL_HTTP_PORT:-8080}"
work=$(mktemp -d)
data="$work/data"
log="$work/portal.log"
password="Bench-311-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')!"

cleanup() {
    [ -n "${portal:-}" ] && kill -TERM -- "-$portal" 2>/dev/null && wait "$portal" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# the client, as published on npm, and the dependencies it can use
mkdir -p "$work/client/node_modules"
(cd "$work/client" && npm install --silent --no-audit --no-fund --no-save request@2.11.0 lodash@0.6.1 >/dev/null \
    && npm pack --silent open311@0.0.12 >/dev/null && mkdir -p node_modules/open311 \
    && tar xzf open311-0.0.12.tgz -C node_modules/open311 --strip-components=1)
for stand_in in sparkxml xml2json; do
    mkdir -p "$work/client/node_modules/$stand_in"
    echo "const no = () => { throw new Error('$stand_in is not installable here: XML is not driven by this bench'); };
module.exports = {parseXml: no, toJson: no};" >"$work/client/node_modules/$stand_in/index.js"
done

# the portal: embedded database in a temporary data directory
PORTAL_HTTP_PORT="$port" PORTAL_DATA_DIR="$data" PORTAL_ADMIN_PASSWORD="$password" PORTAL_LOG_FORMAT=text \
    PORTAL_PUBLIC_URL="http://localhost:$port" \
    setsid mvn -B -o -q -pl launcher -am -Prun -DskipTests package >"$log" 2>&1 &
portal=$!
for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)" = 200 ] && break
    kill -0 "$portal" 2>/dev/null || { echo "the portal did not start, see its log:"; tail -20 "$log"; exit 1; }
    sleep 1
done

PORTAL="http://localhost:$port" ADMIN_PASSWORD="$password" NODE_PATH="$work/client/node_modules" \
    node bench/open311-node-client.js
