"""Coding articles: ``extract``, ``resolve``, ``info`` and ``build-index``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from crisislens import __version__
from crisislens.cli.options import (
    TIMEZONE_HELP,
    BadLineError,
    engine_options,
    load_settings,
    mention_line,
    parse_columns,
    published_date,
    time_zone,
    writable_file,
)
from crisislens.cli.output import output_stream, print_summary, print_table, progress
from crisislens.errors import CrisislensError

EPILOG_EXTRACT = """\b
Examples:
  crisislens extract article.txt                       # JSON Lines to stdout
  crisislens extract feed.jsonl -o events.jsonl --workers 2
  crisislens extract page.html --published 2022-01-07 --table
  crisislens extract wire.jsonl --timezone America/New_York -o events.jsonl
  cat article.txt | crisislens extract - --table
"""


@click.command(epilog=EPILOG_EXTRACT)
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    help="Write JSON Lines here instead of standard output (- is standard output).",
)
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    callback=published_date,
    help="Publication date for inputs that carry none (resolves 'on Monday').",
)
@click.option("--timezone", metavar="ZONE", callback=time_zone, help=TIMEZONE_HELP)
@click.option(
    "--actors",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="An extra actor file (YAML or CSV, see docs/ACTORS.md). Repeatable.",
)
@click.option(
    "--columns",
    metavar="FIELD=COLUMN,...",
    callback=lambda c, p, v: parse_columns(v),
    help="For CSV/Parquet corpora: which columns hold text, id, title, url, "
    "published (default: those names), e.g. text=body,id=uuid.",
)
@engine_options
@click.option(
    "--parts",
    type=click.Path(file_okay=False, path_type=Path),
    help="Ray engine: folder of Parquet partitions; a re-run skips finished ones.",
)
@click.option("--table", is_flag=True, help="Also print a readable table of the events.")
@click.option(
    "--summary-json",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=writable_file,
    help="Write the run summary (counts and every failure) as JSON here.",
)
def extract(
    inputs: tuple[str, ...],
    output: str | None,
    published: str | None,
    timezone: str | None,
    actors: tuple[str, ...],
    columns: dict[str, str] | None,
    workers: int | None,
    engine: str,
    ray_address: str | None,
    parts: Path | None,
    table: bool,
    summary_json: str | None,
) -> None:
    """Code the events in INPUTS: .txt, .html, .jsonl, JSON arrays (.json), RSS/Atom feeds
    (.rss, .atom, .xml), WARC archives (.warc, .warc.gz), CSV/TSV/Parquet corpora, folders, or -
    for stdin.

    Writes one JSON object per article (the record format in docs/RECORD.md). A run summary
    goes to stderr: articles read, articles with events, events, and each skipped or failed
    input with its reason. The exit code is non-zero only when nothing could be read.
    """
    from crisislens.engines.local import RunSummary
    from crisislens.engines.runner import code_items
    from crisislens.ingest import read_inputs
    from crisislens.schemas import ArticleRecord

    settings = load_settings(actors)
    summary = RunSummary()
    started = time.perf_counter()
    records = []
    try:
        items = read_inputs(inputs, published=published, columns=columns, timezone=timezone)
        coded = code_items(
            items, settings, engine=engine, workers=workers, address=ray_address, parts=parts
        )
        with output_stream(output) as out, progress() as bar:
            for item in coded:
                summary.add(item)
                bar.update(1)
                if isinstance(item, ArticleRecord):
                    out.write(item.model_dump_json() + "\n")
                    if table:
                        records.append(item)
    except CrisislensError as err:
        raise click.ClickException(str(err)) from err
    if table:
        print_table(records)
    print_summary(summary, time.perf_counter() - started)
    if summary_json:
        Path(summary_json).write_text(json.dumps(summary.as_dict(), indent=2), encoding="utf-8")
    if summary.articles == 0:
        sys.exit(1)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def info(as_json: bool) -> None:
    """Show the version, the spaCy pipeline, the gazetteer's size and the ACLED head.

    \b
    Examples:
      crisislens info
      crisislens info --json | python -m json.tool
    """
    from crisislens.actors.dictionary import ActorDictionary
    from crisislens.geo.gazetteer import Gazetteer
    from crisislens.nlp.spacy_model import describe, load_nlp

    settings = load_settings()
    try:
        nlp = load_nlp(settings.spacy_model)
        gazetteer = Gazetteer.open(settings.gazetteer_path)
    except CrisislensError as err:
        raise click.ClickException(str(err)) from err
    report: dict[str, Any] = {
        "version": __version__,
        "python": sys.version.split()[0],
        "spacy_pipeline": describe(nlp, settings.spacy_model),
        "gazetteer": {"path": str(settings.gazetteer_path), **gazetteer.stats()},
        "actors": len(ActorDictionary.load(settings.actor_files)),
        "acled_head": _acled_head(settings),
    }
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(f"crisislens {report['version']} (Python {report['python']})")
    pipe = report["spacy_pipeline"]
    click.echo(f"spaCy pipeline: {pipe['name']} {pipe['version']} at {pipe['path']}")
    gaz = report["gazetteer"]
    click.echo(
        f"gazetteer: {gaz.get('places', 0):,} places, {gaz.get('names', 0):,} names "
        f"at {gaz['path']}"
    )
    click.echo(f"actors: {report['actors']} named actors and organisations")
    head = report["acled_head"]
    click.echo(
        "ACLED head: "
        + (
            f"on ({head['classes']} classes, trained on {head['trained_on']} "
            f"snippets; CRISISLENS_ACLED_MODEL=0 turns it off)"
            if head["on"]
            else "off (ACLED types from the rules alone)"
        )
    )


def _acled_head(settings) -> dict:
    if not settings.acled_model:
        return {"on": False}
    from crisislens.events.acled_model import MINILM, AcledHead
    from crisislens.nlp.embedder import model_dir

    head = AcledHead.load()
    return {
        "on": True,
        "classes": len(head.classes),
        "trained_on": len(head.trained_on),
        "encoder": str(model_dir() if head.encoder == MINILM else settings.encoder_path),
        "encoder_name": head.encoder,
    }


@click.command("build-index")
@click.option("--force", is_flag=True, help="Rebuild even if the index exists.")
def build_index(force: bool) -> None:
    """Build the on-disk gazetteer index (done by `make install`, or on first use), and the
    optional all-mpnet-base-v2 encoder once `make install-mpnet` has installed it.

    \b
    Examples:
      crisislens build-index
      CRISISLENS_CACHE_DIR=/data/cache crisislens build-index --force
    """
    from crisislens.geo.gazetteer import Gazetteer, build_gazetteer

    settings = load_settings()
    path = settings.gazetteer_path
    ready = None
    if path.exists() and not force:
        try:
            ready = Gazetteer(path).stats()
            click.echo(f"gazetteer ready: {ready.get('places', 0):,} places at {path}")
        except Exception as err:  # noqa: BLE001 - stale or broken: rebuild below
            click.echo(f"gazetteer at {path} unreadable ({err}); rebuilding it", err=True)
    if ready is None:
        stats = build_gazetteer(path, progress=lambda step: click.echo(f"  {step}", err=True))
        click.echo(
            f"gazetteer built: {stats['places']:,} places, {stats['names']:,} names, "
            f"{stats['bytes'] / 1e6:.0f} MB in {stats['seconds']:.1f} s at {path}"
        )
    _build_encoder(settings, force)


def _build_encoder(settings, force: bool) -> None:
    from crisislens.nlp import mpnet

    path = settings.encoder_path
    if not mpnet.installed():
        return  # optional (make install-mpnet); the shipped ACLED head reads all-MiniLM-L6-v2
    if mpnet.is_built(path) and not force:
        click.echo(f"ACLED head's encoder ready at {path}")
        return
    stats = mpnet.build_encoder(path, progress=lambda step: click.echo(f"  {step}", err=True))
    click.echo(
        f"ACLED head's encoder built: all-mpnet-base-v2, 8-bit, {stats['bytes'] / 1e6:.0f} MB "
        f"in {stats['seconds']:.1f} s at {path}"
    )


@click.command()
@click.argument("input_file", type=click.File("r", encoding="utf-8"))
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write JSON Lines here (default: standard output).",
)
def resolve(input_file, output) -> None:
    """Resolve given place-name spans to GeoNames places.

    INPUT_FILE is JSON Lines: {"id", "text", "mentions": [{"start", "end"}, ...]} (- for stdin).
    Each output line is {"source_id", "places": [Place, ...]}, one Place per mention, in order;
    lat/lon are null where a mention is not resolved. No spaCy model is loaded.

    \b
    Examples:
      crisislens resolve spans.jsonl -o places.jsonl
      echo '{"id": 1, "text": "Fighting in Aleppo.", "mentions": [{"start": 12, "end": 18}]}' \\
        | crisislens resolve -
    """
    from crisislens.actors.dictionary import ActorDictionary
    from crisislens.geo.gazetteer import Gazetteer
    from crisislens.geo.resolver import PlaceResolver

    resolver = PlaceResolver(
        Gazetteer.open(load_settings().gazetteer_path),
        demonym_country=ActorDictionary.load().nationality,
    )
    failures = resolved = 0
    for lineno, line in enumerate(input_file, start=1):
        if not line.strip():
            continue
        try:
            item, text, spans = mention_line(line)
        except BadLineError as err:
            failures += 1
            click.echo(f"line {lineno}: skipped: {err}", err=True)
            continue
        places = resolver.resolve_spans(text, spans)
        output.write(
            json.dumps({"source_id": item.get("id"), "places": [p.model_dump() for p in places]})
            + "\n"
        )
        resolved += 1
    if failures:
        click.echo(f"{failures} lines skipped", err=True)
    if not resolved:
        raise click.ClickException(
            "nothing resolved: no line of the input is a document "
            '(JSON Lines: {"id", "text", "mentions": [{"start", "end"}]}, see --help)'
        )


COMMANDS = [extract, resolve, info, build_index]
