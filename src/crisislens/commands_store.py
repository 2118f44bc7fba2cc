"""Commands over the event store: ingest, stories, query, export, serve."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

DB_HELP = "DuckDB database file (default: $CRISISLENS_DB or ./crisislens.duckdb)."


def _db(value: str | None) -> Path:
    return Path(value or os.environ.get("CRISISLENS_DB") or "crisislens.duckdb")


def _open(db: str | None, read_only: bool):
    from crisislens.errors import CrisislensError
    from crisislens.store import Store

    try:
        return Store.open(_db(db), read_only=read_only)
    except CrisislensError as err:
        raise click.ClickException(str(err)) from err


def filter_options(fn):
    """The event filters shared by query and export."""
    options = [
        click.option(
            "--type",
            "event_types",
            multiple=True,
            metavar="PLOVER",
            help="PLOVER event type; repeatable.",
        ),
        click.option("--country", metavar="ISO3", help="Actor, recipient or place country."),
        click.option("--actor", help="Text in the actor's or recipient's name."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="From this day."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="To this day."),
        click.option("--bbox", metavar="W,S,E,N", help="min_lon,min_lat,max_lon,max_lat."),
        click.option(
            "--modality",
            multiple=True,
            type=click.Choice(
                ["asserted", "negated", "possible", "planned", "hypothetical", "demanded"]
            ),
            help="Repeatable.",
        ),
        click.option("--text", help="Text in the evidence sentence."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _filter(event_types, country, actor, since, until, bbox, modality, text):
    from crisislens.store.query import EventFilter

    box = None
    if bbox:
        try:
            box = tuple(float(x) for x in bbox.split(","))
            assert len(box) == 4
        except (ValueError, AssertionError) as err:
            raise click.BadParameter(
                "use min_lon,min_lat,max_lon,max_lat", param_hint="--bbox"
            ) from err
    return EventFilter(
        event_types=[t.upper() for t in event_types],
        country=country.upper() if country else None,
        actor=actor,
        date_from=since.date() if since else None,
        date_to=until.date() if until else None,
        bbox=box,
        modality=list(modality),
        text=text,
    )


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option("--published", metavar="YYYY-MM-DD", help="Date for inputs that carry none.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option(
    "--actors",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor file (YAML or CSV); repeatable.",
)
@click.option(
    "--columns",
    metavar="FIELD=COLUMN,...",
    help="For CSV/Parquet corpora, e.g. text=body,id=uuid (see extract --help).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: processes on this machine; ray: Ray Data (crisislens[ray]).",
)
@click.option("--ray-address", help="Join this Ray cluster instead of starting a local Ray.")
def ingest(inputs, db, published, workers, actors, columns, engine, ray_address) -> None:
    """Code INPUTS and store the results (then rebuild the story events).

    Idempotent by article_id: articles already stored are skipped, so an interrupted run can be
    re-run with nothing lost and nothing doubled. Each batch is one transaction.

    \b
    Example:
      crisislens ingest samples/ --db events.duckdb
      crisislens stories --db events.duckdb
    """
    from crisislens.engines.local import RunSummary, run_local
    from crisislens.ingest import read_inputs
    from crisislens.schemas import Article, Failure
    from crisislens.settings import Settings
    from crisislens.store.stories import rebuild_stories

    store = _open(db, read_only=False)
    settings = Settings.from_env(actor_files=tuple(Path(a) for a in actors) or None)
    summary = RunSummary()
    started = time.perf_counter()
    pending: dict[str, Article] = {}
    stored = 0
    write_seconds = 0.0

    def remember(items):
        for item in items:
            if isinstance(item, Article):
                if item.article_id in pending or store.known([item.article_id]):
                    summary.failures.append(
                        Failure(
                            origin=item.origin or item.article_id,
                            reason="already stored",
                            status="skipped",
                        )
                    )
                    continue
                pending[item.article_id] = item
            yield item

    batch = []
    from crisislens.cli import parse_columns

    mapping = parse_columns(columns)
    items = remember(read_inputs(inputs, published=published, columns=mapping))
    if engine == "ray":
        from crisislens.engines.ray_engine import run_ray

        # partitions beside the database: an interrupted run resumes where it stopped
        coded = run_ray(
            items,
            settings,
            Path(str(_db(db)) + ".parts"),
            workers=max(workers, 2),
            address=ray_address,
        )
    else:
        coded = ((None, item) for item in run_local(items, settings, workers=workers))
    for _, item in coded:
        summary.add(item)
        if hasattr(item, "events"):
            batch.append((pending.pop(item.article_id), item))
        if len(batch) >= settings.batch_size:
            t = time.perf_counter()
            stored += store.write(batch)
            write_seconds += time.perf_counter() - t
            batch = []
    if batch:
        t = time.perf_counter()
        stored += store.write(batch)
        write_seconds += time.perf_counter() - t
    n_stories = rebuild_stories(store.conn)
    counts = store.counts()
    click.echo(
        f"{stored} new articles stored ({summary.events} events) in "
        f"{time.perf_counter() - started:.1f} s (writes {write_seconds:.2f} s); "
        f"database now holds {counts['articles']} articles, {counts['events']} events, "
        f"{n_stories} stories: {_db(db)}",
        err=True,
    )
    for failure in summary.failures:
        click.echo(f"  {failure.status}: {failure.origin}: {failure.reason}", err=True)
    if summary.articles == 0 and not summary.skipped:
        sys.exit(1)


@click.command()
@click.option("--db", help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story per line.")
@click.option("--min-sources", type=click.IntRange(1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
def stories(db, as_json, min_sources, limit) -> None:
    """List story events: each real-world event once, with every source that reported it."""
    from crisislens.store.stories import list_stories

    store = _open(db, read_only=True)
    rows = list_stories(store.conn, limit=limit, min_sources=min_sources)
    for s in rows:
        if as_json:
            click.echo(json.dumps(s, default=str))
            continue
        figures = "; ".join(
            f"{q['kind']} {q['value']:,.0f} ({len(q['article_ids'])} src)" for q in s["quantities"]
        )
        click.echo(
            f"{s['story_id']}  {s['event_type']:<9} {s['first_day'] or '?':<10} "
            f"{s['source_count']} sources ({s['corroboration']})  "
            f"{s['actor_name'] or '-'} -> {s['recipient_name'] or '-'} @ "
            f"{s['place_name'] or '-'}" + (f"  [{figures}]" if figures else "")
        )


@click.command("query")
@filter_options
@click.option("--db", help=DB_HELP)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
def query_command(
    event_types, country, actor, since, until, bbox, modality, text, db, limit, as_json
) -> None:
    """Find stored events by type, country, actor, dates, bounding box, modality and text.

    \b
    Example:
      crisislens query --type PROTEST --country KAZ --since 2022-01-01 --db events.duckdb
    """
    from crisislens.store.query import count_events, find_events

    store = _open(db, read_only=True)
    flt = _filter(event_types, country, actor, since, until, bbox, modality, text)
    rows = find_events(
        store.conn,
        flt,
        limit=limit,
        columns="event_id, date, event_type, actor_name, actor_country, "
        "recipient_name, recipient_country, place_name, modality, "
        "evidence_text",
    )
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, default=str))
        return
    click.echo(f"{count_events(store.conn, flt)} events match; showing {len(rows)}")
    for r in rows:
        click.echo(
            f"{r['date'] or '?':<10} {r['event_type']:<9} "
            f"{r['actor_name'] or '-'} -> {r['recipient_name'] or '-'} @ "
            f"{r['place_name'] or '-'} [{r['modality']}]  {r['evidence_text'][:80]}"
        )


@click.command("export")
@filter_options
@click.option("--db", help=DB_HELP)
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["plover-json", "acled-csv", "gdelt-csv", "geojson", "parquet", "csv"]),
)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
def export_command(
    event_types, country, actor, since, until, bbox, modality, text, db, fmt, output
) -> None:
    """Export stored events as PLOVER JSON, ACLED or GDELT CSV, GeoJSON, Parquet or CSV.

    \b
    Example:
      crisislens export --format geojson -o events.geojson --db events.duckdb
      crisislens export --format parquet -o events.parquet --type ASSAULT
    """
    from crisislens.store.export import export

    store = _open(db, read_only=True)
    flt = _filter(event_types, country, actor, since, until, bbox, modality, text)
    n = export(store.conn, fmt, output, flt)
    click.echo(f"{n} events written to {output} ({fmt})", err=True)


@click.command()
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--token",
    envvar="CRISISLENS_TOKEN",
    help="Enable POST /ingest for requests with this bearer token "
    "(or set CRISISLENS_TOKEN). Without it the API is read-only.",
)
@click.option("--cors-origin", multiple=True, help="Allow this origin (CORS is off by default).")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Do not answer repeated identical queries from memory (for benchmarks).",
)
def serve(db, host, port, token, cors_origin, no_cache) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) and the dashboard (at /)."""
    import uvicorn

    from crisislens.api.app import create_app
    from crisislens.pipeline import Pipeline

    loaded = {}

    def pipeline():
        if "p" not in loaded:
            loaded["p"] = Pipeline.load()
        return loaded["p"]

    app = create_app(
        _db(db),
        token=token,
        cors_origins=list(cors_origin) or None,
        pipeline_factory=pipeline,
        cache_responses=not no_cache,
    )
    click.echo(f"crisislens dashboard: http://{host}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _duration(value: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        return float(value[:-1]) * units[value[-1]] if value[-1] in units else float(value)
    except (ValueError, IndexError) as err:
        raise click.BadParameter("use e.g. 90s, 15m or 1h", param_hint="--every") from err


@click.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option("--every", default="15m", show_default=True, help="Polling interval: 90s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Run one cycle and exit.")
@click.option("--max-cycles", type=click.IntRange(1), help="Stop after this many cycles.")
@click.option(
    "--timeout", type=float, default=10.0, show_default=True, help="Seconds to wait for a server."
)
@click.option(
    "--max-bytes",
    type=int,
    default=5 * 1024 * 1024,
    show_default=True,
    help="Refuse pages larger than this.",
)
def watch(feeds, db, every, once, max_cycles, timeout, max_bytes) -> None:
    """Poll RSS/Atom FEEDS (URLs or files), fetch each new linked page, code and store it.

    Polite: it identifies itself, obeys robots.txt, waits at most --timeout for a server and
    refuses pages over --max-bytes. Each link is fetched once (the database remembers every link
    and why it was skipped); the same article under two links is stored once.

    \b
    Example:
      crisislens watch https://example.org/world/rss.xml --every 15m --db news.duckdb
    """
    from crisislens.engines.watch import watch_once
    from crisislens.ingest.fetch import Fetcher
    from crisislens.pipeline import Pipeline

    interval = _duration(every)
    store = _open(db, read_only=False)
    pipeline = Pipeline.load()
    fetcher = Fetcher(timeout=timeout, max_bytes=max_bytes)
    cycles = 0
    try:
        while True:
            summary = watch_once(list(feeds), store, pipeline, fetcher)
            cycles += 1
            click.echo(
                f"{time.strftime('%Y-%m-%d %H:%M:%S')}: {summary.feeds} feeds, "
                f"{summary.new_links} new links, {summary.stored} articles stored "
                f"({summary.events} events)",
                err=True,
            )
            for failure in summary.failures:
                click.echo(f"  {failure.status}: {failure.origin}: {failure.reason}", err=True)
            if once or (max_cycles and cycles >= max_cycles):
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        fetcher.close()
        store.close()


COMMANDS = [ingest, stories, query_command, export_command, serve, watch]
