"""Is ingest bounded by extraction, not by story linking, on a large store?

    .venv/bin/python bench/stories.py --shared ../shared --stored 100000 --new 100 300 1000 --runs 3
    .venv/bin/python bench/stories.py --stored 100000 --per-week 4 --new 300 1000   # denser

1. **Extraction.** Codes real news articles (GeoWebNews and GeoVirus, read in place from
   ../shared) with the pipeline, as ``ingest`` does, timing each batch of 25 after a warm-up
   batch: the median seconds per article. These coded articles are the templates.
2. **A large store.** Fills a store with about --stored events: copies of the coded templates
   under new ids (their events' dates within a month of the template's publication move with
   the copy, older dates stay), dated week by week back from the newest week, --per-week copies
   a week (the store's density: what the new events meet). The templates' stories are linked
   once and each copy's events are given their template's stories (under new story ids), so
   the store holds about as many stories as a linked one without the time of a full relink
   (``--full-relink`` times that too).
3. **Linking new articles.** For each --new count: a copy of that store, and that many new
   template copies dated in the store's newest week, so that they meet stored stories of their
   types and places; their coded records are written and their events linked into the stored
   stories as ``ingest`` does (``rebuild_stories``), --runs times on fresh copies of the store.

Reports, per --new count, the median seconds of writing and of linking, the extraction those
articles cost (seconds per article times the count, measured in this process), and the ratio of
linking to extraction. Extraction is linear in the articles (each is coded alone); linking is
measured on the real number of new articles. The machine's 1-minute load average is recorded
beside the extraction and each linking run (the machine may be shared: compare the two only
under like loads).

The filled store is left as linking would have left it: every linked event's view and its
article's terms kept (``keep_views``, timed as ``views_seconds``), so that a run pays only for
what an ingest into a store linked by this version pays.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
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
from crisislens.store.stories import keep_views, rebuild_stories, story_of_events

END = date(2024, 12, 31)
BATCH = 25
NEAR_DAYS = 31  # event dates this close to a template's publication move with its copies


def _shift(value: str | None, days: int, published: date) -> str | None:
    """A day near the report's own date moves with the copy ('on Tuesday'); a day the text
    gives long before ('in June 2018') stays, as it would in another report of it."""
    if not value or len(value) != 10:
        return value
    day = date.fromisoformat(value)
    if abs((day - published).days) > NEAR_DAYS:
        return value
    return (day + timedelta(days=days)).isoformat()


def new_id(tag: str, old: str) -> str:
    """The id of a copy's article, event or story: unique per copy (``tag``) and original."""
    return hashlib.sha1(f"{tag}:{old}".encode()).hexdigest()[:16]


def copy(article: Article, record: ArticleRecord, tag: str, published: date):
    """A copy of a coded article under new ids, moved to ``published``."""
    original = date.fromisoformat(record.published or published.isoformat())
    days = (published - original).days
    aid = new_id(tag, article.article_id)
    events = [
        e.model_copy(
            update={"event_id": new_id(tag, e.event_id), "date": _shift(e.date, days, original)}
        )
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


def templates(shared: Path, pipeline: Pipeline, limit: int | None):
    """The coded templates and the median extraction seconds per article."""
    articles = [
        make_article(doc.text, origin=name, published="2024-06-01")
        for name in ("GWN.xml", "GeoVirus.xml")
        for doc in load_gold(shared / "data" / "geoparsing" / name)
    ]
    articles = list({a.article_id: a for a in articles}.values())[:limit]  # one of each text
    records: list[ArticleRecord] = []
    per_article = []
    for start in range(0, len(articles), BATCH):
        batch = articles[start : start + BATCH]
        t0 = time.perf_counter()
        records.extend(pipeline.process(batch))
        if start:  # the first batch is the warm-up
            per_article.append((time.perf_counter() - t0) / len(batch))
    return list(zip(articles, records)), statistics.median(per_article or [0.0])


def fill(path: Path, base, stored: int, full_relink: bool, per_week: int = 1) -> dict:
    """A store of about ``stored`` events, ``per_week`` template copies a week back from END."""
    per_copy = sum(len(r.events) for _, r in base)
    copies = max(1, stored // max(per_copy, 1))
    stories: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:  # the templates' own stories, linked once
        one = Store.open(Path(tmp) / "one.duckdb")
        one.write(base)
        rebuild_stories(one.conn)
        stories = story_of_events(one.conn)
        one.close()
    store = Store.open(path)
    for k in range(copies):
        week = [
            copy(a, r, f"{k:05x}", END - timedelta(days=7 * (k // per_week) + n % 5))
            for n, (a, r) in enumerate(base)
        ]
        store.write(week)
        if not full_relink:
            _copy_links(store, base, stories, f"{k:05x}")
    newest = store.conn.scalar(
        "SELECT count(*) FROM events e JOIN articles a USING (article_id) WHERE a.published > ?",
        [END - timedelta(days=7)],
    )
    report = {"stored_events": store.counts()["events"], "stored_events_newest_week": newest}
    if not full_relink:  # the linker's view of each linked event, as linking would have kept it
        started = time.perf_counter()
        keep_views(store.conn)
        report["views_seconds"] = round(time.perf_counter() - started, 1)
    if full_relink:
        started = time.perf_counter()
        report["stories"] = rebuild_stories(store.conn)
        report["full_relink_seconds"] = round(time.perf_counter() - started, 1)
    store.close()
    return report


def _copy_links(store: Store, base, stories: dict[str, str], tag: str) -> None:
    """Give a copy's events their templates' stories (under the copy's own story ids), as if
    linked: the tables as ``rebuild_stories`` leaves them, without its time."""
    linked = list(
        {
            e.event_id: (
                new_id(tag, stories[e.event_id]),
                new_id(tag, e.event_id),
                new_id(tag, a.article_id),
            )
            for a, r in base
            for e in r.events
            if e.event_id in stories
        }.values()
    )
    with store.conn.transaction():
        store.conn.executemany(
            "INSERT INTO link_state (event_id, background) VALUES (?, false)",
            [(event_id,) for _, event_id, _ in linked],
        )
        store.conn.executemany("INSERT INTO story_events VALUES (?, ?, ?)", linked)


def link_new(path: Path, base, n: int, run: int) -> dict:
    """Write ``n`` new template copies into ``path`` and link them; seconds of each step."""
    cycle = (base * (n // len(base) + 1))[:n]
    new = [
        copy(a, r, f"n{run}{k:04x}", END - timedelta(days=k % 5)) for k, (a, r) in enumerate(cycle)
    ]
    store = Store.open(path)
    t0 = time.perf_counter()
    store.write(new)
    t1 = time.perf_counter()
    load = os.getloadavg()[0]
    rebuild_stories(store.conn)
    t2 = time.perf_counter()
    store.close()
    return {
        "write": t1 - t0,
        "link": t2 - t1,
        "events": sum(len(r.events) for _, r in new),
        "load": (load + os.getloadavg()[0]) / 2,  # the machine's 1-minute load, before and after
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--new", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--runs", type=int, default=1, help="runs per count (median)")
    parser.add_argument("--templates", type=int, help="code only the first N articles")
    parser.add_argument("--full-relink", action="store_true", help="also time a full relink")
    parser.add_argument(
        "--per-week",
        type=int,
        default=1,
        help="template copies a week in the store (its density: 1 spreads 100,000 events over "
        "about ten months of news, 4 over about ten weeks)",
    )
    parser.add_argument("--output", type=Path, help="also write the report here")
    args = parser.parse_args()
    pipeline = Pipeline.load()
    load = os.getloadavg()[0]
    base, extract_per_article = templates(args.shared, pipeline, args.templates)
    report: dict = {
        "templates": len(base),
        "template_events": sum(len(r.events) for _, r in base),
        "extract_seconds_per_article": round(extract_per_article, 3),
        "extract_load_average": round((load + os.getloadavg()[0]) / 2, 2),
    }
    with tempfile.TemporaryDirectory() as tmp:
        filled = Path(tmp) / "filled.duckdb"
        started = time.perf_counter()
        report["per_week"] = args.per_week
        report.update(fill(filled, base, args.stored, args.full_relink, args.per_week))
        report["fill_seconds"] = round(time.perf_counter() - started, 1)
        rows = []
        for n in args.new:
            runs = []
            for run in range(args.runs):
                work = Path(tmp) / f"run{n}-{run}.duckdb"
                shutil.copy(filled, work)
                runs.append(link_new(work, base, n, run))
                work.unlink()
            link = statistics.median(r["link"] for r in runs)
            extract = extract_per_article * n
            rows.append(
                {
                    "new_articles": n,
                    "new_events": runs[0]["events"],
                    "write_seconds": round(statistics.median(r["write"] for r in runs), 2),
                    "link_seconds": round(link, 2),
                    "link_seconds_each": [round(r["link"], 2) for r in runs],
                    "load_average_each": [round(r["load"], 2) for r in runs],
                    "extract_seconds": round(extract, 1),
                    "link_over_extract": round(link / extract, 3) if extract else None,
                }
            )
            print(rows[-1], flush=True)
            report.update({"runs": args.runs, "new": rows})
            if args.output:  # what is measured so far, should a larger count not finish
                args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    emit(report, args.output)


if __name__ == "__main__":
    main()
