#!/usr/bin/env bash
# Benchmark of the assistant: index build time and p50/p95/p99 of the raw retriever and of answer() in-process,
# then of POST /api/chat over HTTP at concurrency 1 and 16 on a portal started here (rate limit off).
# Usage: bench/chat.sh [calls-per-run]   (needs a free port 8080; uses ./data like the run command)
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${1:-2000}"

mvn -B -q install -DskipTests
mvn -B -q -pl chatbot-module test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
mvn -B -q -pl portal-war test-compile

echo "== in-process (chatbot-module)"
(cd chatbot-module && java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
    vn.tdc.knowledge.assistant.AssistantBenchmark)

echo "== HTTP (portal on Payara Micro, offline provider)"
log=$(mktemp)
PORTAL_RATE_LIMIT_BURST=0 PORTAL_LOG_FORMAT=text mvn -B -o -q -pl launcher -Prun -DskipTests package >"$log" 2>&1 &
portal=$!
trap 'kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/health/ready || true)" = 200 ] && break
    sleep 1
done
java -cp portal-war/target/test-classes vn.tdc.portal.bench.ChatApiBenchmark http://localhost:8080 \
    chatbot-module/src/test/resources/own-qa.jsonl "$calls"
