"""Latency of the HTTP API on a large store: /events with filters, /stats, and every request the
dashboard makes (/map, /timeline, /stories, one event, article and story, the type table and
the export formats).

    .venv/bin/python bench/make_scale_db.py --events 1000000 --db /tmp/scale.duckdb
    .venv/bin/python bench/api_latency.py --db /tmp/scale.duckdb

Starts `crisislens serve` on 127.0.0.1 (a real server in its own process), sends each request
a few times to warm up, then --samples times, one at a time, and reports p50/p95/max in ms.
Only loopback traffic; the loop is bounded and stops by itself.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from _common import emit

QUERIES = {
    "/events (no filter)": ("/events", {}),
    "/events type": ("/events", {"event_type": "PROTEST"}),
    "/events type+country+dates": (
        "/events",
        {
            "event_type": "ASSAULT",
            "country": "SYR",
            "date_from": "2024-03-01",
            "date_to": "2024-06-30",
        },
    ),
    "/events bbox+modality": ("/events", {"bbox": "29,49,32,52", "modality": "asserted"}),
    "/events actor text": ("/events", {"actor": "kyiv"}),
    "/events evidence text": ("/events", {"text": "Almaty", "limit": 50}),
    "/events deep page": ("/events", {"event_type": "COERCE", "offset": 50000}),
    "/stats (all)": ("/stats", {}),
    "/stats type+country": ("/stats", {"event_type": "PROTEST", "country": "KAZ"}),
    "/map world": ("/map", {"zoom": 2}),
    "/map zoomed in view": ("/map", {"zoom": 8, "view": "29,44,41,53"}),
    "/map type": ("/map", {"zoom": 3, "event_type": "ASSAULT"}),
    "/timeline auto": ("/timeline", {}),
    "/timeline per day": ("/timeline", {"interval": "day"}),
    "/stories (first page)": ("/stories", {"limit": 15}),
    "/stories 2+ sources, type": (
        "/stories",
        {"limit": 15, "min_sources": 2, "event_type": "ASSAULT"},
    ),
    "/event-types": ("/event-types", {}),
    "/export/formats": ("/export/formats", {}),
}


def item_queries(client: httpx.Client) -> dict[str, tuple[str, dict]]:
    """One event, its article and the largest story, as the dashboard opens them."""
    found: dict[str, tuple[str, dict]] = {}
    [event] = client.get("/events", params={"limit": 1}).json()["events"] or [None]
    if event:
        found["/events/{id}"] = (f"/events/{event['event_id']}", {})
        found["/articles/{id}"] = (f"/articles/{event['article_id']}", {})
    stories = client.get("/stories", params={"limit": 1}).json()["stories"]
    if stories:
        found["/stories/{id}"] = (f"/stories/{stories[0]['story_id']}", {})
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crisislens.cli",
            "serve",
            "--db",
            str(args.db),
            "--port",
            str(port),
            "--no-cache",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    report: dict = {"db": str(args.db), "samples": args.samples, "results": {}}
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(100):
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.2)
            report["events"] = client.get("/events", params={"limit": 1}).json()["total"]
            for name, (path, params) in {**QUERIES, **item_queries(client)}.items():
                for _ in range(3):
                    client.get(path, params=params).raise_for_status()
                times = []
                for _ in range(args.samples):
                    started = time.perf_counter()
                    client.get(path, params=params).raise_for_status()
                    times.append((time.perf_counter() - started) * 1000)
                report["results"][name] = {
                    "p50_ms": round(statistics.median(times), 1),
                    "p95_ms": round(percentile(times, 0.95), 1),
                    "max_ms": round(max(times), 1),
                }
    finally:
        server.terminate()
        server.wait(timeout=10)
    emit(report, args.output)


if __name__ == "__main__":
    main()
