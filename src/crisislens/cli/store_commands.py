"""Commands over the event store: ingest, watch, stories, query, export."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from crisislens.cli.options import (
    DB_HELP,
    TIMEZONE_HELP,
    db_path,
    duration,
    engine_options,
    event_filter,
    filter_options,
    load_settings,
    open_store,
    parse_columns,
    published_date,
    time_zone,
)
from crisislens.cli.output import (
    json_line,
    print_failures,
    print_rows,
    progress,
    writable_path,
)
from crisislens.store.exports import names as export_names


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    callback=published_date,
    help="Date for inputs that carry none.",
)
@click.option("--timezone", metavar="ZONE", callback=time_zone, help=TIMEZONE_HELP)
@click.option(
    "--actors",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor file (YAML or CSV); repeatable.",
)
@click.option(
    "--columns",
    metavar="FIELD=COLUMN,...",
    callback=lambda c, p, v: parse_columns(v),
    help="For CSV/Parquet corpora, e.g. text=body,id=uuid (see extract --help).",
)
@engine_options
def ingest(inputs, db, published, timezone, actors, columns, workers, engine, ray_address) -> None:
    """Code INPUTS and store the results (then rebuild the story events).

    Idempotent by article_id: articles already stored are skipped, so an interrupted run can be
    re-run with nothing lost and nothing doubled. Each batch is one transaction.

    \b
    Examples:
      crisislens ingest samples/ --db events.duckdb
      crisislens ingest feed.jsonl --published 2022-01-07 --workers 2 --db events.duckdb
      crisislens ingest wire.jsonl --timezone Asia/Almaty --db events.duckdb
      crisislens stories --db events.duckdb
    """
    from crisislens.engines.runner import code_and_store
    from crisislens.ingest import read_inputs
    from crisislens.store.stories import rebuild_stories

    missing = [i for i in inputs if i != "-" and not Path(i).exists()]
    if len(missing) == len(inputs):  # nothing to read: create no database
        raise click.ClickException(
            f"no such file or folder: {', '.join(missing)}; nothing was stored"
        )
    store = open_store(db, read_only=False)
    settings = load_settings(actors)
    started = time.perf_counter()
    items = read_inputs(inputs, published=published, columns=columns, timezone=timezone)
    # Ray's partitions go beside the database: an interrupted run resumes where it stopped
    parts = Path(str(db_path(db)) + ".parts") if engine == "ray" else None
    with progress(desc="ingest") as bar:
        result = code_and_store(
            items,
            store,
            settings,
            engine=engine,
            workers=workers,
            address=ray_address,
            parts=parts,
            on_item=lambda _: bar.update(1),
        )
    summary = result.run
    n_stories = rebuild_stories(store.conn)
    counts = store.counts()
    click.echo(
        f"{result.stored} new articles stored ({summary.events} events) in "
        f"{time.perf_counter() - started:.1f} s (writes {result.write_seconds:.2f} s); "
        f"database now holds {counts['articles']} articles, {counts['events']} events, "
        f"{n_stories} stories: {db_path(db)}",
        err=True,
    )
    print_failures(summary.failures)
    if summary.articles == 0 and not summary.skipped:
        sys.exit(1)


@click.command()
@filter_options
@click.option("--db", help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story per line.")
@click.option(
    "--min-sources",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Only stories with at least this many sources.",
)
@click.option(
    "--limit", type=click.IntRange(1, 100_000), default=50, show_default=True, help="Stories."
)
@click.option(
    "--relink",
    is_flag=True,
    help="Link every stored event again from scratch first (story ids may change); ingest "
    "links only new events.",
)
def stories(
    event_types,
    country,
    actor,
    since,
    until,
    bbox,
    modality,
    text,
    db,
    as_json,
    min_sources,
    limit,
    relink,
) -> None:
    """List story events: each real-world event once, with every source that reported it, its
    figures side by side with how many sources give each ("dead: 164 (2 sources), 225 (1
    source)"), and its earliest and latest report (docs/STORE.md, "How stories form").

    Takes the filters of `query`: a story is listed when one of its events matches.

    \b
    Examples:
      crisislens stories --db events.duckdb
      crisislens stories --min-sources 2 --type ASSAULT --country UKR --db events.duckdb
      crisislens stories --json --db events.duckdb | head -1
    """
    from crisislens.store.stories import list_stories, rebuild_stories

    if relink:
        open_store(db, read_only=True).close()  # no database: say so, never create one
        writable = open_store(db, read_only=False)
        click.echo(f"relinked: {rebuild_stories(writable.conn, full=True)} stories", err=True)
        writable.close()
    store = open_store(db, read_only=True)
    flt = event_filter(event_types, country, actor, since, until, bbox, modality, text)
    rows = list_stories(store.conn, limit=limit, min_sources=min_sources, flt=flt)
    if as_json:
        for s in rows:
            json_line(s)
        return
    click.echo(
        f"{len(rows)} stories" + (" (the first; raise --limit)" if len(rows) == limit else "")
    )
    table = []
    for s in rows:
        figures = s.get("figures")
        table.append(
            (
                s["story_id"],
                s["event_type"] or "-",
                s["first_day"] or "?",
                f"{s['source_count']} ({s['corroboration']})",
                f"{s['actor_name'] or '-'} -> {s['recipient_name'] or '-'}",
                s["place_name"] or "-",
                figures or "-",
            )
        )
    header = ("story_id", "type", "first day", "sources", "actor -> recipient", "place", "figures")
    print_rows(header, table, (16, 10, 10, 32, 50, 24, 80))


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
    Examples:
      crisislens query --type PROTEST --country KAZ --since 2022-01-01 --db events.duckdb
      crisislens query --actor police --modality asserted --limit 100 --json --db events.duckdb
      crisislens query --bbox 29,44,41,53 --text shelling --db events.duckdb
    """
    from crisislens.store.query import count_events, find_events

    store = open_store(db, read_only=True)
    flt = event_filter(event_types, country, actor, since, until, bbox, modality, text)
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
            json_line(row)
        return
    click.echo(f"{count_events(store.conn, flt)} events match; showing {len(rows)}")
    table = [
        (
            r["event_id"],
            r["date"] or "?",
            r["event_type"],
            f"{r['actor_name'] or '-'} -> {r['recipient_name'] or '-'}",
            r["place_name"] or "-",
            r["modality"],
            (r["evidence_text"] or "").replace("\n", " ")[:100],
        )
        for r in rows
    ]
    header = ("event_id", "date", "type", "actor -> recipient", "place", "modality", "evidence")
    print_rows(header, table, (16, 10, 10, 50, 24, 12, 100))


def _format_help() -> str:
    from crisislens.store import exports

    return "The file format: " + "; ".join(f"{f.name} ({f.description})" for f in exports.formats())


@click.command("export")
@filter_options
@click.option("--db", help=DB_HELP)
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(export_names()),
    help=_format_help(),
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="The file to write; - writes to standard output.",
)
def export_command(
    event_types, country, actor, since, until, bbox, modality, text, db, fmt, output
) -> None:
    """Export stored events in a standard format, with the same filters as `query`.

    GeoJSON holds located events only: the summary line says how many it left out.

    \b
    Examples:
      crisislens export --format geojson -o events.geojson --db events.duckdb
      crisislens export --format parquet -o events.parquet --type ASSAULT
      crisislens export --format acled-csv -o - --country KAZ | head
    """
    from crisislens.store import exports

    store = open_store(db, read_only=True)
    flt = event_filter(event_types, country, actor, since, until, bbox, modality, text)
    fmt_spec = exports.get(fmt)
    total = exports.count_events(store.conn, flt)
    with (
        writable_path(output, fmt_spec.extension) as target,
        progress(total=total, desc=f"export {fmt}", unit="ev") as bar,
        exports.reporting(bar.update),
    ):
        result = fmt_spec.write(store.conn, target, flt)
    where = "standard output" if str(output) == "-" else str(output)
    click.echo(result.describe(f"{where} ({fmt})"), err=True)


@click.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option(
    "--every",
    default="15m",
    show_default=True,
    callback=lambda c, p, v: duration(v),
    help="Polling interval: 90s, 15m, 1h (at least 10s).",
)
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
    refuses pages over --max-bytes. A link fetched or skipped is never fetched again; a link
    that failed (timeout, server error) is tried again in the next cycles, three tries in all.
    The database remembers every link and why; the same article under two links is stored once.

    \b
    Examples:
      crisislens watch https://example.org/world/rss.xml --every 15m --db news.duckdb
      crisislens watch feeds/*.xml --once --db news.duckdb        # one cycle, e.g. from cron
    """
    from crisislens.engines.watch import watch_once
    from crisislens.ingest.fetch import Fetcher
    from crisislens.pipeline import Pipeline

    interval = every  # seconds (the option's callback checked it)
    store = open_store(db, read_only=False)
    pipeline = Pipeline.load()
    fetcher = Fetcher(timeout=timeout, max_bytes=max_bytes)
    cycles = 0
    try:
        while True:
            with progress(desc=f"watch cycle {cycles + 1}", unit="link") as bar:
                summary = watch_once(
                    list(feeds), store, pipeline, fetcher, on_link=lambda _: bar.update(1)
                )
            cycles += 1
            click.echo(
                f"{time.strftime('%Y-%m-%d %H:%M:%S')}: {summary.feeds} feeds, "
                f"{summary.new_links} new links, {summary.retried} retried, "
                f"{summary.stored} articles stored "
                f"({summary.events} events)",
                err=True,
            )
            print_failures(summary.failures)
            if once or (max_cycles and cycles >= max_cycles):
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        fetcher.close()
        store.close()


COMMANDS = [ingest, watch, stories, query_command, export_command]
