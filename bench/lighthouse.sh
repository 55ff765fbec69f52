#!/usr/bin/env bash
# Lighthouse (mobile: emulated phone, simulated slow 4G and CPU) on a RUNNING portal: each page is measured
# `runs` times and the median performance and accessibility scores are printed, with the median first contentful
# paint, largest contentful paint, total blocking time and the bytes transferred.
# Lighthouse comes from the npm registry (npx); the browser is Debian's chromium. Nothing but loopback is contacted.
# Usage: bench/lighthouse.sh [base-url] [runs]      e.g. bench/lighthouse.sh http://localhost:8080 3
set -euo pipefail
base="${1:-http://localhost:8080}"
runs="${2:-3}"
lighthouse="lighthouse@12.8.2"   # 13.x needs Node 22; Debian 12 has Node 18/20
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run \
--disable-background-networking --disable-component-update --disable-sync --lang=vi-VN"
pages=(/ /phan-anh /hoi-dap /tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho)

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores)"
printf '%-48s %5s %5s %8s %8s %7s %9s\n' page perf a11y "FCP ms" "LCP ms" "TBT ms" "KB sent"
for page in "${pages[@]}"; do
    for run in $(seq 1 "$runs"); do
        npx --yes "$lighthouse" "$base$page" --quiet --only-categories=performance,accessibility \
            --chrome-flags="$chrome_flags" --output=json --output-path="$out/$run.json" >/dev/null 2>"$out/$run.log" \
            || { echo "lighthouse failed on $page:"; tail -5 "$out/$run.log"; exit 1; }
    done
    node - "$page" "$out" "$runs" <<'EOF'
const [page, dir, runs] = process.argv.slice(2);
const fs = require('fs');
const reports = [...Array(Number(runs)).keys()].map(i => JSON.parse(fs.readFileSync(`${dir}/${i + 1}.json`, 'utf8')));
const median = values => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const score = c => median(reports.map(r => Math.round(r.categories[c].score * 100)));
const audit = a => median(reports.map(r => r.audits[a].numericValue));
console.log(`${page.padEnd(48)} ${String(score('performance')).padStart(5)} ${String(score('accessibility')).padStart(5)}`
    + ` ${audit('first-contentful-paint').toFixed(0).padStart(8)} ${audit('largest-contentful-paint').toFixed(0).padStart(8)}`
    + ` ${audit('total-blocking-time').toFixed(0).padStart(7)} ${(audit('total-byte-weight') / 1024).toFixed(0).padStart(9)}`
    + `   (performance of the runs: ${reports.map(r => Math.round(r.categories.performance.score * 100)).join(', ')})`);
EOF
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
