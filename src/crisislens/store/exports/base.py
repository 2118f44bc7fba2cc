"""What every export format shares: its declaration, its result, and the rows it reads."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crisislens.store.connection import Connection
from crisislens.store.query import EventFilter

# the flat events table: one row per event, the columns of `csv`, `parquet` and GeoJSON properties
FLAT_COLUMNS = (
    "event_id",
    "article_id",
    "event_type",
    "mode",
    "acled_event_type",
    "acled_sub_event_type",
    "modality",
    "date",
    "confidence",
    "actor_name",
    "actor_country",
    "actor_sector",
    "recipient_name",
    "recipient_country",
    "recipient_sector",
    "place_name",
    "place_geonameid",
    "place_country",
    "place_admin1",
    "place_feature",
    "lat",
    "lon",
    "evidence_text",
    "quantities",
)


@dataclass(frozen=True)
class ExportResult:
    """How many events a file holds, and how many matching events it could not hold and why
    (GeoJSON leaves out the events with no coordinates)."""

    written: int
    left_out: int = 0
    left_out_reason: str = ""

    def describe(self, where: str = "") -> str:
        """'15 events written to x.geojson; 24 left out (no coordinates)'."""
        line = f"{self.written} events written" + (f" to {where}" if where else "")
        if self.left_out:
            line += f"; {self.left_out} left out ({self.left_out_reason})"
        return line


Writer = Callable[[Connection, Path, EventFilter], ExportResult]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: what ``--format`` and ``?format=`` call it and how it is written.

    ``write(conn, path, flt)`` writes the events matching ``flt`` to the file ``path`` and says
    how many it wrote (and left out). ``label`` names it on the dashboard's button; ``opens_in``
    goes into the documentation's table.
    """

    name: str
    label: str
    media_type: str
    extension: str
    description: str
    opens_in: str
    write: Writer


_on_rows: ContextVar[Callable[[int], None] | None] = ContextVar("on_rows", default=None)


@contextmanager
def reporting(on_rows: Callable[[int], None]) -> Iterator[None]:
    """Within the block, ``event_rows`` calls ``on_rows(n)`` after each batch of n rows it
    hands out (the CLI's progress bar)."""
    token = _on_rows.set(on_rows)
    try:
        yield
    finally:
        _on_rows.reset(token)


def event_rows(conn: Connection, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """The matching events joined with their article (published, url, tone, title), in date
    order, fetched in batches so a large export never sits in memory whole."""
    where, params = flt.sql()
    cursor = conn.execute(
        "SELECT e.*, a.published, a.url, a.tone, a.title FROM events e JOIN articles a "
        f"USING (article_id) WHERE {where} ORDER BY e.day NULLS LAST, e.event_id",
        params,
    )
    names = [d[0] for d in cursor.description]
    on_rows = _on_rows.get()
    while batch := cursor.fetchmany(1000):
        for row in batch:
            yield dict(zip(names, row))
        if on_rows is not None:
            on_rows(len(batch))


def write_delimited(
    conn: Connection,
    path: Path,
    flt: EventFilter,
    columns: Sequence[str],
    to_row: Callable[[dict[str, Any]], dict[str, Any]],
    delimiter: str = ",",
) -> ExportResult:
    """Write the matching events to ``path`` as a delimited file with a header of ``columns``,
    one line per event as ``to_row`` makes it from the event's row (``acled-csv``, ``gdelt-csv``).

    >>> write_delimited(conn, Path("x.tsv"), flt, GDELT_COLUMNS, gdelt_row, "\\t")  # doctest: +SKIP
    ExportResult(written=15, left_out=0, left_out_reason='')
    """
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=delimiter)
        writer.writeheader()
        for row in event_rows(conn, flt):
            writer.writerow(to_row(row))
            written += 1
    return ExportResult(written)


def count_events(conn: Connection, flt: EventFilter, extra: str = "TRUE") -> int:
    where, params = flt.sql()
    return int(conn.scalar(f"SELECT count(*) FROM events WHERE {where} AND {extra}", params) or 0)


def copy_flat(conn: Connection, flt: EventFilter, path: Path, options: str) -> ExportResult:
    """The flat table through DuckDB's COPY (CSV or Parquet), streamed by DuckDB itself."""
    where, params = flt.sql()
    columns = ", ".join(FLAT_COLUMNS)
    # COPY cannot take parameters in its query: go through a temporary table
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE _export AS SELECT {columns} FROM events "
        f"WHERE {where} ORDER BY day NULLS LAST, event_id",
        params,
    )
    try:
        row = conn.execute("SELECT count(*) FROM _export").fetchone()
        target = str(path).replace("'", "''")
        conn.execute(f"COPY _export TO '{target}' {options}")
    finally:
        conn.execute("DROP TABLE IF EXISTS _export")
    written = int(row[0]) if row else 0
    if (on_rows := _on_rows.get()) is not None:
        on_rows(written)
    return ExportResult(written)


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """An event row as the flat table's fields, quantities parsed, with its article's date."""
    out = {k: row[k] for k in FLAT_COLUMNS if k != "quantities"}
    out["quantities"] = json.loads(row["quantities"]) if row["quantities"] else []
    out["published"] = row["published"]
    return out


def quantity(row: dict[str, Any], kind: str) -> float | None:
    """The largest figure of ``kind`` the event's sentence gives, or None."""
    values = [q["value"] for q in json.loads(row["quantities"] or "[]") if q["kind"] == kind]
    return max(values) if values else None
