"""``acled-csv``: ACLED's column names and codes, comma-separated, for ACLED workflows."""

from __future__ import annotations

from pathlib import Path

from crisislens.store.exports.acled_columns import ACLED_COLUMNS, acled_row
from crisislens.store.exports.base import Connection, ExportFormat, ExportResult, write_delimited
from crisislens.store.query import EventFilter


def write(conn: Connection, path: Path, flt: EventFilter) -> ExportResult:
    return write_delimited(conn, path, flt, ACLED_COLUMNS, acled_row)


FORMAT = ExportFormat(
    name="acled-csv",
    label="ACLED CSV",
    media_type="text/csv",
    extension="csv",
    description="ACLED's column names (`event_date`, `event_type`, `sub_event_type`, `actor1`, "
    "`actor2`, `country` as a name, `iso` as a number, `latitude`, `longitude`, `fatalities`, "
    "`notes`, ...)",
    opens_in="ACLED workflows",
    write=write,
)
