"""``parquet``: the flat events table with its types kept, for pandas, R (arrow) and DuckDB."""

from __future__ import annotations

from pathlib import Path

from crisislens.store.exports.base import Connection, ExportFormat, ExportResult, copy_flat
from crisislens.store.query import EventFilter


def write(conn: Connection, path: Path, flt: EventFilter) -> ExportResult:
    return copy_flat(conn, flt, path, "(FORMAT PARQUET)")


FORMAT = ExportFormat(
    name="parquet",
    label="Parquet",
    media_type="application/vnd.apache.parquet",
    extension="parquet",
    description="the same table, typed",
    opens_in="pandas, R (arrow), DuckDB, Spark",
    write=write,
)
