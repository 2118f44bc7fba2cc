"""The ``crisislens`` command. The only module that prints."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from crisislens import __version__
from crisislens.errors import CrisislensError
from crisislens.settings import Settings

EPILOG_EXTRACT = """\b
Examples:
  crisislens extract article.txt                       # JSON Lines to stdout
  crisislens extract feed.jsonl -o events.jsonl --workers 2
  crisislens extract page.html --published 2022-01-07 --table
  cat article.txt | crisislens extract - --table
"""


def parse_columns(value: str | None) -> dict[str, str] | None:
    """'text=body,id=uuid' -> {'text': 'body', 'id': 'uuid'}."""
    if not value:
        return None
    mapping = {}
    for pair in value.split(","):
        field, sep, column = pair.partition("=")
        if not sep or field.strip() not in ("text", "id", "title", "url", "published"):
            raise click.BadParameter(
                f"{pair!r}: use FIELD=COLUMN with FIELD one of text, id, title, url, published",
                param_hint="--columns",
            )
        mapping[field.strip()] = column.strip()
    return mapping


def _settings(actors: tuple[str, ...] = ()) -> Settings:
    return Settings.from_env(actor_files=tuple(Path(a) for a in actors) or None)


def _progress(enabled: bool, total: int | None = None, desc: str = "articles"):
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc=desc,
        unit="art",
        file=sys.stderr,
        disable=not (enabled and sys.stderr.isatty()),
        leave=False,
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="crisislens")
def main() -> None:
    """crisislens: news articles in; coded, located, sourced political events out.

    Events follow the PLOVER 2021 ontology (with ACLED's types alongside). Every event names
    who did what to whom, where, when, how many and how sure the text is, and points back to
    the sentence it came from. Nothing is fetched from the network.
    """


@main.command(epilog=EPILOG_EXTRACT)
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write JSON Lines here instead of standard output.",
)
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date for inputs that carry none (resolves 'on Monday').",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes to run; each loads its own pipeline (about 0.6 GB).",
)
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
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: processes on this machine; ray: Ray Data (crisislens[ray]).",
)
@click.option("--ray-address", help="Join this Ray cluster instead of starting a local Ray.")
@click.option(
    "--parts",
    type=click.Path(file_okay=False, path_type=Path),
    help="Ray engine: folder of Parquet partitions; a re-run skips finished ones.",
)
@click.option("--table", is_flag=True, help="Also print a readable table of the events.")
@click.option(
    "--summary-json",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the run summary (counts and every failure) as JSON here.",
)
def extract(
    inputs: tuple[str, ...],
    output: str | None,
    published: str | None,
    workers: int,
    actors: tuple[str, ...],
    columns: dict[str, str] | None,
    engine: str,
    ray_address: str | None,
    parts: Path | None,
    table: bool,
    summary_json: str | None,
) -> None:
    """Code the events in INPUTS: .txt, .html, .jsonl, RSS/Atom feeds (.rss, .atom, .xml),
    WARC archives (.warc, .warc.gz), CSV/TSV/Parquet corpora, folders, or - for stdin.

    Writes one JSON object per article (the record format in docs/RECORD.md). A run summary
    goes to stderr: articles read, articles with events, events, and each skipped or failed
    input with its reason. The exit code is non-zero only when nothing could be read.
    """
    from crisislens.engines.local import RunSummary
    from crisislens.ingest import read_inputs

    settings = _settings(actors)
    summary = RunSummary()
    started = time.perf_counter()
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    records = []
    try:
        items = read_inputs(inputs, published=published, columns=columns)
        with _progress(True) as bar:
            for item in _engine(engine, items, settings, workers, ray_address, parts):
                summary.add(item)
                bar.update(1)
                if hasattr(item, "events"):
                    out.write(item.model_dump_json() + "\n")
                    if table:
                        records.append(item)
    except CrisislensError as err:
        raise click.ClickException(str(err)) from err
    finally:
        if output:
            out.close()
    if table:
        _print_table(records)
    _print_summary(summary, time.perf_counter() - started)
    if summary_json:
        Path(summary_json).write_text(json.dumps(summary.as_dict(), indent=2), encoding="utf-8")
    if summary.articles == 0:
        sys.exit(1)


def _engine(engine, items, settings, workers, ray_address, parts):
    """Records (and failures) from the chosen engine."""
    from crisislens.engines.local import run_local

    if engine == "local":
        yield from run_local(items, settings, workers=workers)
        return
    import tempfile

    from crisislens.engines.ray_engine import run_ray

    with tempfile.TemporaryDirectory(prefix="crisislens-parts-") as tmp:
        for _, item in run_ray(
            items, settings, parts or Path(tmp), workers=max(workers, 1), address=ray_address
        ):
            yield item


def _actor_text(actor) -> str:
    if actor is None:
        return "-"
    code = "/".join(x for x in (actor.country, actor.sector) if x)
    return f"{actor.name} [{code}]" if code else actor.name


def _print_table(records) -> None:
    for record in records:
        title = record.title or record.source_id or record.article_id
        click.echo(
            f"\n== {title}  ({record.published or 'no date'}, tone {record.tone.score:+.2f})"
        )
        rows = [("type", "actor -> recipient", "place", "date", "modality", "evidence")]
        for event in sorted(record.events, key=lambda e: e.evidence.start):
            kind = event.event_type + (f"/{event.mode}" if event.mode else "")
            figures = ", ".join(f"{q.kind} {q.value:,.0f}" for q in event.quantities)
            place = event.location.name if event.location else "-"
            evidence = event.evidence.text.replace("\n", " ")
            trigger = event.trigger.text if event.trigger else ""
            evidence = (f"[{trigger}] " if trigger else "") + evidence
            rows.append(
                (
                    kind + (f" ({figures})" if figures else ""),
                    f"{_actor_text(event.actor)} -> {_actor_text(event.recipient)}",
                    place,
                    event.date or "-",
                    event.modality,
                    evidence[:70] + ("..." if len(evidence) > 70 else ""),
                )
            )
        widths = [
            min(max(len(r[i]) for r in rows), cap) for i, cap in enumerate((30, 60, 14, 10, 12, 80))
        ]
        for row in rows:
            click.echo("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths)).rstrip())


def _print_summary(summary, seconds: float) -> None:
    click.echo(
        f"\n{summary.articles} articles read, {summary.with_events} with events, "
        f"{summary.events} events; {len(summary.skipped)} skipped, {len(summary.failed)} failed "
        f"({seconds:.1f} s)",
        err=True,
    )
    for failure in summary.failures:
        click.echo(f"  {failure.status}: {failure.origin}: {failure.reason}", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def info(as_json: bool) -> None:
    """Show the version, the spaCy pipeline, the gazetteer's size and the ACLED head."""
    from crisislens.actors.dictionary import ActorDictionary
    from crisislens.geo.gazetteer import Gazetteer
    from crisislens.nlp.pipeline import describe, load_nlp

    settings = _settings()
    try:
        nlp = load_nlp(settings.spacy_model)
        gazetteer = Gazetteer.open(settings.gazetteer_path)
    except CrisislensError as err:
        raise click.ClickException(str(err)) from err
    report = {
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
    from crisislens.events.acled_model import AcledHead
    from crisislens.nlp.embedder import model_dir

    head = AcledHead.load()
    return {
        "on": True,
        "classes": len(head.classes),
        "trained_on": len(head.trained_on),
        "encoder": str(model_dir()),
    }


@main.command("build-index")
@click.option("--force", is_flag=True, help="Rebuild even if the index exists.")
def build_index(force: bool) -> None:
    """Build the on-disk gazetteer index (done by `make install`, or on first use)."""
    from crisislens.geo.gazetteer import Gazetteer, build_gazetteer

    settings = _settings()
    path = settings.gazetteer_path
    if path.exists() and not force:
        try:
            stats = Gazetteer(path).stats()
            click.echo(f"gazetteer ready: {stats.get('places', 0):,} places at {path}")
            return
        except Exception:  # noqa: BLE001 - stale or broken: rebuild below
            pass
    stats = build_gazetteer(path, progress=lambda step: click.echo(f"  {step}", err=True))
    click.echo(
        f"gazetteer built: {stats['places']:,} places, {stats['names']:,} names, "
        f"{stats['bytes'] / 1e6:.0f} MB in {stats['seconds']:.1f} s at {path}"
    )


def _register_optional() -> None:
    """Commands that live in their own modules (evaluation, places)."""
    from crisislens import commands, commands_store

    for command in commands.COMMANDS + commands_store.COMMANDS:
        main.add_command(command)


_register_optional()

if __name__ == "__main__":
    main()
