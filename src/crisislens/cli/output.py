"""What the commands print: progress bars, run summaries, failures and tables.

Everything a command prints goes through here or through ``click.echo`` in the command itself;
no other module of crisislens prints.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

if TYPE_CHECKING:
    from tqdm import tqdm

    from crisislens.engines.local import RunSummary
    from crisislens.schemas import Actor, ArticleRecord, Failure


def progress(
    enabled: bool = True, total: int | None = None, desc: str = "articles", unit: str = "art"
) -> tqdm:
    """A progress bar on standard error, shown only when it is a terminal."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc=desc,
        unit=unit,
        file=sys.stderr,
        disable=not (enabled and sys.stderr.isatty()),
        leave=False,
    )


@contextmanager
def output_stream(path: str | Path | None) -> Iterator[TextIO]:
    """A text file to write, or standard output for None and "-"; a missing folder is one
    clear error, not a traceback."""
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    target = Path(path)
    if not target.parent.is_dir():
        raise click.ClickException(
            f"cannot write {target}: the folder {target.parent} does not exist"
        )
    try:
        handle = target.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise click.ClickException(f"cannot write {target}: {err.strerror or err}") from err
    with handle:
        yield handle


@contextmanager
def writable_path(path: str | Path, suffix: str = "") -> Iterator[Path]:
    """A file path to write to. For "-", a temporary file whose bytes go to standard output
    at the end (formats such as Parquet and DuckDB's COPY need a real file); a folder that does
    not exist is one clear error, not a traceback."""
    if str(path) != "-":
        target = Path(path)
        if not target.parent.is_dir():
            raise click.ClickException(
                f"cannot write {target}: the folder {target.parent} does not exist"
            )
        yield target
        return
    with tempfile.TemporaryDirectory(prefix="crisislens-") as tmp:
        target = Path(tmp) / f"export.{suffix or 'out'}"
        yield target
        if target.exists():
            sys.stdout.flush()
            with target.open("rb") as handle:
                shutil.copyfileobj(handle, sys.stdout.buffer)
            sys.stdout.buffer.flush()


def emit(report: dict, as_json: bool, render: Callable[[dict], None]) -> None:
    """A report as indented JSON, or through its human-readable ``render``."""
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        render(report)


def print_failures(failures: Iterable[Failure]) -> None:
    """One line per skipped or failed input, with its reason, on standard error."""
    for failure in failures:
        click.echo(f"  {failure.status}: {failure.origin}: {failure.reason}", err=True)


def print_summary(summary: RunSummary, seconds: float) -> None:
    click.echo(
        f"\n{summary.articles} articles read, {summary.with_events} with events, "
        f"{summary.events} events; {len(summary.skipped)} skipped, {len(summary.failed)} failed "
        f"({seconds:.1f} s)",
        err=True,
    )
    print_failures(summary.failures)


def actor_text(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    code = "/".join(x for x in (actor.country, actor.sector) if x)
    return f"{actor.name} [{code}]" if code else actor.name


def print_table(records: Iterable[ArticleRecord]) -> None:
    """A readable table of each article's events, in text order."""
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
                    f"{actor_text(event.actor)} -> {actor_text(event.recipient)}",
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


def print_rows(
    header: tuple[str, ...], rows: Sequence[Sequence[object]], caps: tuple[int, ...]
) -> None:
    """An aligned table with a header line; each column at most its cap wide, a cut cell ending
    in "…" (the last column runs to the end of the line)."""
    text = [header, *(tuple(str(cell) for cell in row) for row in rows)]
    widths = [min(max(len(r[i]) for r in text), cap) for i, cap in enumerate(caps)]
    for row in text:
        cells = [
            (cell if len(cell) <= w else cell[: w - 1] + "…").ljust(w)
            for cell, w in zip(row[:-1], widths)
        ]
        click.echo("  ".join([*cells, row[-1]]).rstrip())


def json_line(value: Any) -> None:
    click.echo(json.dumps(value, default=str))
