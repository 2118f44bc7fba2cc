"""A bounded load test of the API on 127.0.0.1: 50 concurrent clients for 30 seconds.

    .venv/bin/python bench/make_scale_db.py --events 100000 --db /tmp/load.duckdb
    .venv/bin/python bench/load_test.py --db /tmp/load.duckdb --clients 50 --seconds 30

Starts `crisislens serve` in its own process (read-only; with --no-cache every request runs its
queries, otherwise repeated identical queries are answered from memory), runs the clients (threads, each with its own HTTP
connection) against /events with varied filters and /stats until the time is up, then stops the
server. Reports requests per second, p50/p99 latency and errors. Loopback only; it stops by
itself (the clients stop at the deadline, the server is terminated).
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from _common import emit

REQUESTS = [
    ("/events", {}),
    ("/events", {"event_type": "PROTEST"}),
    ("/events", {"event_type": "ASSAULT", "country": "SYR"}),
    ("/events", {"date_from": "2024-03-01", "date_to": "2024-04-01"}),
    ("/events", {"bbox": "29,49,32,52"}),
    ("/events", {"actor": "kyiv"}),
    ("/stats", {}),
    ("/stats", {"event_type": "COERCE"}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--output", type=Path)
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="serve with --no-cache: every request runs its queries",
    )
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "crisislens.cli", "serve", "--db", str(args.db), "--port", str(port)]
        + (["--no-cache"] if args.no_cache else []),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        deadline = time.monotonic() + args.seconds

        def client(seed: int) -> None:
            rng = random.Random(seed)
            with httpx.Client(base_url=base, timeout=30) as http:
                while time.monotonic() < deadline:
                    path, params = rng.choice(REQUESTS)
                    started = time.perf_counter()
                    try:
                        response = http.get(path, params=params)
                        ok = response.status_code == 200
                        detail = f"{response.status_code} {path}"
                    except httpx.HTTPError as err:
                        ok, detail = False, f"{type(err).__name__} {path}"
                    elapsed = (time.perf_counter() - started) * 1000
                    with lock:
                        latencies.append(elapsed)
                        if not ok:
                            errors.append(detail)

        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=args.seconds + 60)
        duration = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    ordered = sorted(latencies)
    report = {
        "cache": not args.no_cache,
        "clients": args.clients,
        "seconds": round(duration, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / duration, 1),
        "p50_ms": round(statistics.median(ordered), 1) if ordered else None,
        "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1) if ordered else None,
        "errors": len(errors),
        "error_examples": errors[:5],
    }
    emit(report, args.output)


if __name__ == "__main__":
    main()
