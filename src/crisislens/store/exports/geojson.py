"""``geojson``: located events as points with their fields, for QGIS and web maps.

An event with no coordinates cannot be a point: it is left out, and the result says how many.
"""

from __future__ import annotations

import json
from pathlib import Path

from crisislens.store.exports.base import (
    Connection,
    ExportFormat,
    ExportResult,
    event_rows,
    flat,
)
from crisislens.store.query import EventFilter


def write(conn: Connection, path: Path, flt: EventFilter) -> ExportResult:
    written = unlocated = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        for row in event_rows(conn, flt):
            if row["lat"] is None or row["lon"] is None:
                unlocated += 1
                continue
            feature = {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": flat(row),
            }
            handle.write((",\n" if written else "") + json.dumps(feature, default=str))
            written += 1
        handle.write("\n]}\n")
    return ExportResult(written, unlocated, "no coordinates" if unlocated else "")


FORMAT = ExportFormat(
    name="geojson",
    label="GeoJSON",
    media_type="application/geo+json",
    extension="geojson",
    description="located events as points with their fields (unlocated events are counted "
    "and left out)",
    opens_in="QGIS, web maps",
    write=write,
)
