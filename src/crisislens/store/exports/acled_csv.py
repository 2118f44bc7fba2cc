"""``acled-csv``: ACLED's column names and codes, comma-separated, for ACLED workflows."""

from __future__ import annotations

import csv
from pathlib import Path

from crisislens.store.exports.acled_columns import ACLED_COLUMNS, acled_row
from crisislens.store.exports.base import Connection, ExportFormat, ExportResult, event_rows
from crisislens.store.query import EventFilter


def write(conn: Connection, path: Path, flt: EventFilter) -> ExportResult:
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        for row in event_rows(conn, flt):
            writer.writerow(acled_row(row))
            written += 1
    return ExportResult(written)


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
