#!/usr/bin/env python3
"""Load client of bench/cluster.sh (Python 3 standard library only).

  throughput BASE CLIENTS SECONDS [--json FILE] [--warmup S]
      after S seconds (default 10) of uncounted reads, CLIENTS threads for SECONDS against BASE with a residents' mix: 20 % reports filed (POST /api/reports, each with
      its own Idempotency-Key), 30 % a ward's home (/xa-dong-cuu), 25 % a search (/api/search?q=…), 25 % a ward's
      news page (/xa-dong-cuu/tin-tuc). Prints requests/s, p50/p95/p99 and errors, overall and per kind.
  compare FILE1 FILE3
      the two throughput runs side by side.
  failover BASE CLIENTS SECONDS RUN ACKS
      CLIENTS threads filing reports for SECONDS, each report with a unique Idempotency-Key; a failed attempt
      (no connection, timeout, 5xx) is sent again with the SAME key, at most twice, as a real client would. Every
      acknowledged report (201, or 200 = the first one replayed) is written to ACKS: key, tracking code.
      Failed attempts are counted per second of the run.
  verify ACKS DB [--killed-at S --restarted-at S --ready-after S]
      compares the acknowledged reports with the run's rows in the database (DB: tracking code TAB key per line):
      lost (acknowledged, not stored) and duplicates (a key or code stored twice) must be 0.
"""
import argparse
import json
import os
import random
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict

SEARCHES = ["cân", "cân đối chứng", "hàng giả", "đo lường", "tiêu chuẩn", "chỉ thị 38", "xăng dầu", "an toàn thực phẩm"]


def report_body(run, client, n):
    return json.dumps({
        "kind": "can-thieu",
        "placeName": f"{run} sạp {client}-{n}",
        "address": "Chợ Đông Cứu",
        "description": "Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.",
        "attributes": {"khoi-luong-ghi": "2", "khoi-luong-can-lai": "1,8"},
        "anonymous": True,
        "unit": "xa-dong-cuu",
    }, ensure_ascii=False).encode("utf-8")


def send(url, body=None, key=None, timeout=15):
    """One request; returns (status, body bytes); status 0 = no answer (connection refused, reset, timeout)."""
    headers = {"Accept": "application/json, text/html"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    if key is not None:
        headers["Idempotency-Key"] = key
    request = urllib.request.Request(url, data=body, headers=headers, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, OSError):
        return 0, b""


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


def summary(latencies, errors, seconds):
    values = sorted(latencies)
    return {
        "requests": len(values) + errors,
        "ok": len(values),
        "errors": errors,
        "per_second": len(values) / seconds,
        "p50": percentile(values, 50) * 1000,
        "p95": percentile(values, 95) * 1000,
        "p99": percentile(values, 99) * 1000,
    }


def warm(base, until):
    """Reads only (the JIT compiles the pages' code, the caches fill); nothing is counted."""
    while time.monotonic() < until:
        for path in ("/xa-dong-cuu", "/xa-dong-cuu/tin-tuc", "/api/search?q=c%C3%A2n"):
            send(base + path)


def throughput(args):
    base = args.base.rstrip("/")
    run = f"tp-{int(time.time())}"
    kinds = (["report"] * 20 + ["home"] * 30 + ["search"] * 25 + ["news"] * 25)
    lock = threading.Lock()
    latencies = defaultdict(list)
    errors = Counter()
    statuses = Counter()
    if args.warmup > 0:
        warm_until = time.monotonic() + args.warmup
        warmers = [threading.Thread(target=warm, args=(base, warm_until)) for _ in range(args.clients)]
        for t in warmers:
            t.start()
        for t in warmers:
            t.join()
    deadline = time.monotonic() + args.seconds

    def resident(client):
        rnd = random.Random(client)
        n = 0
        while time.monotonic() < deadline:
            kind = rnd.choice(kinds)
            n += 1
            started = time.monotonic()
            if kind == "report":
                status, _ = send(f"{base}/api/reports", report_body(run, client, n), f"{run}-{client}-{n}")
            elif kind == "home":
                status, _ = send(f"{base}/xa-dong-cuu")
            elif kind == "search":
                status, _ = send(f"{base}/api/search?q={urllib.parse.quote(rnd.choice(SEARCHES))}")
            else:
                status, _ = send(f"{base}/xa-dong-cuu/tin-tuc")
            elapsed = time.monotonic() - started
            with lock:
                statuses[f"{kind} {status}"] += 1
                if 200 <= status < 400:
                    latencies[kind].append(elapsed)
                else:
                    errors[kind] += 1

    threads = [threading.Thread(target=resident, args=(c,)) for c in range(args.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - started
    result = {"clients": args.clients, "seconds": round(seconds, 1),
              "all": summary([x for v in latencies.values() for x in v], sum(errors.values()), seconds)}
    for kind in ("report", "home", "search", "news"):
        result[kind] = summary(latencies[kind], errors[kind], seconds)
    result["statuses"] = dict(statuses)
    result["load_average"] = [round(x, 1) for x in os.getloadavg()]
    print_result(result)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


def line(name, s):
    return (f"{name:7} {s['ok']:7d} ok {s['errors']:5d} err {s['per_second']:8.1f} req/s   "
            f"p50 {s['p50']:7.1f}  p95 {s['p95']:7.1f}  p99 {s['p99']:7.1f} ms")


def print_result(result):
    print(f"{result['clients']} clients, {result['seconds']} s; machine load average after the run "
          f"{result['load_average'][0]} (1 min), {os.cpu_count()} cores")
    for kind in ("all", "report", "home", "search", "news"):
        print("  " + line(kind, result[kind]))
    bad = {k: v for k, v in result["statuses"].items() if not (200 <= int(k.split()[1]) < 400)}
    if bad:
        print(f"  error statuses: {bad}")


def compare(args):
    with open(args.one) as f:
        one = json.load(f)
    with open(args.three) as f:
        three = json.load(f)
    print(f"{'':8}{'1 node':>40}   {'3 nodes':>40}")
    for kind in ("all", "report", "home", "search", "news"):
        a, b = one[kind], three[kind]
        cell = lambda s: f"{s['per_second']:7.1f}/s p50 {s['p50']:6.1f} p95 {s['p95']:6.1f} p99 {s['p99']:6.1f} e{s['errors']}"
        print(f"{kind:8}{cell(a):>40}   {cell(b):>40}")


def failover(args):
    base = args.base.rstrip("/")
    lock = threading.Lock()
    acks = []
    failed_attempts = Counter()      # second of the run -> attempts without an acknowledgement
    failed_statuses = Counter()
    given_up = Counter()             # second -> reports abandoned after the retries
    retried_ok = Counter()
    started = time.monotonic()
    deadline = started + args.seconds

    def resident(client):
        n = 0
        while time.monotonic() < deadline:
            n += 1
            key = f"{args.run}-{client}-{n}"
            body = report_body(args.run, client, n)
            for attempt in range(3):
                status, answer = send(f"{base}/api/reports", body, key)
                if status in (200, 201):
                    code = json.loads(answer)["trackingCode"]
                    with lock:
                        acks.append((key, code, status))
                        if attempt:
                            retried_ok[attempt] += 1
                    break
                with lock:
                    failed_attempts[int(time.monotonic() - started)] += 1
                    failed_statuses[status] += 1
                if 400 <= status < 500 and status not in (408, 429):
                    break                                   # the request itself is wrong: sending it again won't help
                time.sleep(0.5 * (attempt + 1))
            else:
                with lock:
                    given_up[int(time.monotonic() - started)] += 1

    threads = [threading.Thread(target=resident, args=(c,)) for c in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - started
    with open(args.acks, "w") as f:
        for key, code, status in acks:
            f.write(f"{key}\t{code}\t{status}\n")
    print(f"failover load: {args.clients} clients, {seconds:.1f} s, {len(acks)} acknowledged "
          f"({len(acks) / seconds:.1f}/s); acknowledged after 1 retry {retried_ok[1]}, after 2 retries {retried_ok[2]}")
    print(f"  failed attempts {sum(failed_attempts.values())} by status {dict(failed_statuses)}; "
          f"per second of the run: {dict(sorted(failed_attempts.items()))}")
    print(f"  reports given up after 3 attempts: {sum(given_up.values())} {dict(sorted(given_up.items()))}")


def verify(args):
    acked = {}
    replays = 0
    with open(args.acks) as f:
        for row in f:
            key, code, status = row.rstrip("\n").split("\t")
            acked[key] = code
            replays += status == "200"
    stored_codes = Counter()
    stored_keys = Counter()
    stored = {}
    with open(args.db) as f:
        for row in f:
            code, key = row.rstrip("\n").split("\t")
            stored_codes[code] += 1
            stored_keys[key] += 1
            stored[key] = code
    lost = [k for k, code in acked.items() if stored_codes[code] == 0]
    wrong = [k for k, code in acked.items() if stored.get(k) not in (None, code)]
    duplicates = sum(n - 1 for n in stored_keys.values() if n > 1) + sum(n - 1 for n in stored_codes.values() if n > 1)
    unacknowledged = [k for k in stored_keys if k not in acked]
    print(f"acknowledged {len(acked)} (of which {replays} answered 200 = replayed), stored {sum(stored_codes.values())}, "
          f"lost {len(lost)}, duplicates {duplicates}, acknowledged code differs from stored {len(wrong)}, "
          f"stored but never acknowledged {len(unacknowledged)}")
    if args.killed_at is not None:
        print(f"node2 killed at {args.killed_at} s, restarted at {args.restarted_at} s, ready again after "
              f"{args.ready_after} s")
    ok = not lost and not duplicates and not wrong
    print("OK: every acknowledged report is stored exactly once" if ok else "FAILED")
    sys.exit(0 if ok else 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("throughput")
    p.add_argument("base"); p.add_argument("clients", type=int); p.add_argument("seconds", type=float)
    p.add_argument("--json")
    p.add_argument("--warmup", type=float, default=10, help="seconds of uncounted reads first (default 10)")
    p.set_defaults(handler=throughput)
    p = sub.add_parser("compare")
    p.add_argument("one"); p.add_argument("three")
    p.set_defaults(handler=compare)
    p = sub.add_parser("failover")
    p.add_argument("base"); p.add_argument("clients", type=int); p.add_argument("seconds", type=float)
    p.add_argument("run"); p.add_argument("acks")
    p.set_defaults(handler=failover)
    p = sub.add_parser("verify")
    p.add_argument("acks"); p.add_argument("db")
    p.add_argument("--killed-at"); p.add_argument("--restarted-at"); p.add_argument("--ready-after")
    p.set_defaults(handler=verify)
    args = parser.parse_args()
    args.handler(args)


if __name__ == "__main__":
    main()
