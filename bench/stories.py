"""Is ingest bounded by extraction, not by story linking, on a large store?

    .venv/bin/python bench/stories.py --shared ../shared --stored 100000 --new 1000

1. Codes a corpus of real news articles once (GeoWebNews and GeoVirus, read in place from
   ../shared): the templates.
2. Fills a store with about --stored events: copies of the coded templates under new ids, their
   dates (and the dates in their records) shifted week by week over the two years before the
   new articles, and links them all (timed once: the cost of a full relink).
3. Times, for --new new articles (template copies dated in the store's last week, so that they
   meet stored stories of their types and places): extraction (the pipeline coding them, as
   ingest does), writing them, and linking their events into the stored stories. Extraction
   runs on the real text of each article; linking compares each new event with the stored
   events of its block.

Reports the seconds of each step (median of --runs after a warm-up; the pipeline and the linker
run in this one process, so the ratio does not depend on the machine's load) and the ratio of
linking to extraction.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _common import emit

from crisislens.evaluation.geoparse import load_gold
from crisislens.ingest import make_article
from crisislens.pipeline import Pipeline
from crisislens.schemas import Article, ArticleRecord
from crisislens.store import Store
from crisislens.store.stories import rebuild_stories

END = date(2024, 12, 31)


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) != 10:
        return value
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def copy(article: Article, record: ArticleRecord, tag: str, published: date):
    """A copy of a coded article under new ids, moved to ``published``."""
    days = (published - date.fromisoformat(record.published or published.isoformat())).days
    aid = f"{tag}{article.article_id}"[:16]
    events = [
        e.model_copy(update={"event_id": f"{tag}{e.event_id}"[:16], "date": _shift(e.date, days)})
        for e in record.events
    ]
    new_article = article.model_copy(
        update={
            "article_id": aid,
            "published": published.isoformat(),
            "url": f"https://o{tag}.example/{aid}",
        }
    )
    return new_article, record.model_copy(
        update={"article_id": aid, "published": published.isoformat(), "events": events}
    )


def templates(shared: Path, pipeline: Pipeline) -> list[tuple[Article, ArticleRecord]]:
    articles = [
        make_article(doc.text, origin=name, published="2024-06-01")
        for name in ("GWN.xml", "GeoVirus.xml")
        for doc in load_gold(shared / "data" / "geoparsing" / name)
    ]
    return list(zip(articles, pipeline.process(articles)))


def fill(store: Store, base, stored: int) -> int:
    per_copy = sum(len(r.events) for _, r in base)
    copies = max(1, stored // max(per_copy, 1))
    batch = []
    for k in range(copies):
        published = END - timedelta(days=7 + 7 * (k % 100)) - timedelta(days=k // 100)
        for n, (article, record) in enumerate(base):
            batch.append(copy(article, record, f"{k:05x}", published - timedelta(days=n % 5)))
        if len(batch) >= 2000:
            store.write(batch)
            batch = []
    store.write(batch)
    return store.counts()["events"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--output", type=Path, help="also write the report here")
    args = parser.parse_args()
    pipeline = Pipeline.load()
    base = templates(args.shared, pipeline)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.duckdb")
        events = fill(store, base, args.stored)
        started = time.perf_counter()
        stories = rebuild_stories(store.conn)
        full_link = time.perf_counter() - started
        new_articles = [
            copy(a, r, f"n{run}{k:04x}", END - timedelta(days=k % 5))[0]
            for run in range(args.runs + 1)
            for k, (a, r) in enumerate((base * (args.new // len(base) + 1))[: args.new])
        ]
        runs = []
        for run in range(args.runs + 1):  # the first, on 20 articles, is the warm-up
            articles = new_articles[run * args.new : (run + 1) * args.new]
            if run == 0:
                articles = articles[:20]
            t0 = time.perf_counter()
            records = list(pipeline.process(articles))
            t1 = time.perf_counter()
            store.write(zip(articles, records))
            t2 = time.perf_counter()
            rebuild_stories(store.conn)
            t3 = time.perf_counter()
            if run:
                runs.append({"extract": t1 - t0, "write": t2 - t1, "link": t3 - t2})
        store.close()
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    emit(
        {
            "stored_events": events,
            "stories_after_full_link": stories,
            "full_link_seconds": round(full_link, 1),
            "new_articles": args.new,
            "new_events_per_run": sum(len(r.events) for r in records),
            "runs": args.runs,
            "seconds_median": {k: round(v, 1) for k, v in median.items()},
            "link_over_extract": round(median["link"] / median["extract"], 3),
        },
        args.output,
    )


if __name__ == "__main__":
    main()
