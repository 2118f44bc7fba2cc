"""Gazetteer build time and size, and the speed of a name lookup and of resolving a mention.

    .venv/bin/python bench/gazetteer.py --runs 3 -o bench/results/gazetteer.json

Builds the gazetteer --runs times into a temporary folder (median seconds, with the CPU time of
the process, which other work on the machine disturbs less), then times, over a fixed sample of
--names names drawn from the gazetteer: a lookup on a fresh gazetteer (SQLite read), a repeated
lookup (the in-process cache), and the bare SQL query the lookup runs (the baseline, in the same
process), each the median of --runs passes after a warm-up; and resolving one mention in a short
text (candidates, country context, scoring).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from _common import emit

from crisislens.geo.build import build_gazetteer
from crisislens.geo.gazetteer import Gazetteer
from crisislens.geo.resolver import PlaceResolver


def _build(runs: int, folder: Path) -> dict:
    walls, cpus, stats = [], [], {}
    for run in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        stats = build_gazetteer(folder / f"gazetteer-{run}.sqlite")
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {
        "runs": runs,
        "median_seconds": round(statistics.median(walls), 1),
        "median_cpu_seconds": round(statistics.median(cpus), 1),
        "places": stats["places"],
        "names": stats["names"],
        "megabytes": round(stats["bytes"] / 1e6, 1),
    }


def _per_call(func, items: list, runs: int) -> float:
    """Median microseconds per call of ``func`` over ``items``, after one warm-up pass."""
    for item in items[:100]:
        func(item)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for item in items:
            func(item)
        times.append((time.perf_counter() - started) / len(items) * 1e6)
    return round(statistics.median(times), 2)


def _lookups(path: Path, sample: int, runs: int) -> dict:
    gazetteer = Gazetteer(path)
    conn = gazetteer._conn
    names = [n for (n,) in conn.execute("SELECT DISTINCT name FROM names")]
    names = random.Random(7).sample(names, min(sample, len(names)))
    query = "SELECT p.* FROM names n JOIN places p USING (place_id) WHERE n.name = ?"
    bare = _per_call(lambda name: conn.execute(query, (name,)).fetchall(), names, runs)
    cold = []
    for _ in range(runs):
        fresh = Gazetteer(path)
        cold.append(_per_call(fresh.lookup, names, 1))
    warm = _per_call(gazetteer.lookup, names, runs)
    resolver = PlaceResolver(gazetteer)
    text = "Gunmen attacked Solhan in Burkina Faso's Yagha province on Friday night."
    spans = [(16, 22), (26, 38), (41, 46)]
    resolve = _per_call(lambda _: resolver.resolve_spans(text, spans), list(range(200)), runs)
    return {
        "names_sampled": len(names),
        "sql_query_us": bare,
        "lookup_first_us": round(statistics.median(cold), 2),
        "lookup_cached_us": warm,
        "lookup_first_over_sql": round(statistics.median(cold) / bare, 2),
        "resolve_three_mentions_us": resolve,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--names", type=int, default=20_000)
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        build = _build(args.runs, Path(folder))
        lookups = _lookups(Path(folder) / "gazetteer-0.sqlite", args.names, args.runs)
    emit({"build": build, "lookup": lookups, "date": time.strftime("%Y-%m-%d")}, args.output)


if __name__ == "__main__":
    main()
