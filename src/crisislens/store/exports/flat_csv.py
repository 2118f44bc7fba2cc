"""``csv``: the flat events table, one row per event, for pandas, R and spreadsheets."""

from __future__ import annotations

from pathlib import Path

from crisislens.store.exports.base import Connection, ExportFormat, ExportResult, copy_flat
from crisislens.store.query import EventFilter


def write(conn: Connection, path: Path, flt: EventFilter) -> ExportResult:
    return copy_flat(conn, flt, path, "(HEADER, DELIMITER ',')")


FORMAT = ExportFormat(
    name="csv",
    label="CSV",
    media_type="text/csv",
    extension="csv",
    description="the flat events table, one row per event",
    opens_in="pandas, R, spreadsheets",
    write=write,
)
