"""Store write throughput: records per second into DuckDB, against the pipeline's own rate.

    .venv/bin/python bench/store_writes.py --copies 400

Codes the bundled samples once, then writes --copies renamed copies of each record (distinct
article ids) in batches of 32, as `crisislens ingest` does, and reports articles and events
written per second (median of --runs, after a warm-up), to show the store is not the bottleneck.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from crisislens.ingest import read_inputs
from crisislens.pipeline import Pipeline
from crisislens.store import Store

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pipeline = Pipeline.load()
    articles = [a for a in read_inputs([str(ROOT / "samples")]) if hasattr(a, "text")]
    records = list(pipeline.process(articles))
    pairs = []
    for copy in range(args.copies):
        for article, record in zip(articles, records):
            aid = f"{copy:08x}{article.article_id[8:]}"
            events = [
                e.model_copy(update={"event_id": f"{copy:06x}{e.event_id[6:]}"})
                for e in record.events
            ]
            pairs.append(
                (
                    article.model_copy(update={"article_id": aid}),
                    record.model_copy(update={"article_id": aid, "events": events}),
                )
            )
    n_events = sum(len(r.events) for _, r in pairs)

    def run() -> float:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "w.duckdb")
            started = time.perf_counter()
            for i in range(0, len(pairs), 32):
                store.write(pairs[i : i + 32])
            elapsed = time.perf_counter() - started
            store.close()
        return elapsed

    run()
    times = [run() for _ in range(args.runs)]
    median = statistics.median(times)
    print(
        json.dumps(
            {
                "articles": len(pairs),
                "events": n_events,
                "batch": 32,
                "seconds_median": round(median, 2),
                "articles_per_s": round(len(pairs) / median),
                "events_per_s": round(n_events / median),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
