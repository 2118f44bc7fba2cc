"""``plover-json``: a JSON array of PLOVER-style records, the fields of the PLOVER gold records
(``event``, ``mode``, ``context``, ``source``, ``target``, ``eventText``, ``text``, ``eventLoc``,
``dead``, ``injured``, ``size``) and ours (``modality``, ``confidence``, ``article_id``, ``url``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crisislens.store.exports.base import (
    Connection,
    ExportFormat,
    ExportResult,
    event_rows,
    quantity,
)
from crisislens.store.query import EventFilter


def _side(row: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    if row[f"{prefix}_name"] is None:
        return []
    return [
        {
            "actorText": row[f"{prefix}_text"],
            "name": row[f"{prefix}_name"],
            "code": row[f"{prefix}_country"],
            "sector": row[f"{prefix}_sector"],
        }
    ]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["event_id"],
        "date": row["date"],
        "event": row["event_type"],
        "mode": row["mode"] or "",
        "context": ";".join(row["context"] or []),
        "source": _side(row, "actor"),
        "target": _side(row, "recipient"),
        "eventText": row["trigger_text"],
        "text": row["evidence_text"],
        "eventLoc": {
            "name": row["place_name"],
            "lat": row["lat"],
            "lon": row["lon"],
            "geonameid": row["place_geonameid"],
            "country": row["place_country"],
        },
        "size": quantity(row, "size"),
        "dead": quantity(row, "dead"),
        "injured": quantity(row, "injured"),
        "modality": row["modality"],
        "confidence": row["confidence"],
        "article_id": row["article_id"],
        "url": row["url"],
    }


def write(conn: Connection, path: Path, flt: EventFilter) -> ExportResult:
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[\n")
        for row in event_rows(conn, flt):
            handle.write((",\n" if written else "") + json.dumps(plover_record(row), default=str))
            written += 1
        handle.write("\n]\n")
    return ExportResult(written)


FORMAT = ExportFormat(
    name="plover-json",
    label="PLOVER JSON",
    media_type="application/json",
    extension="json",
    description="a JSON array of PLOVER-style records (`event`, `mode`, `context`, `source`, "
    "`target`, `eventText`, `text`, `eventLoc`, `dead`, `injured`, `size`)",
    opens_in="PLOVER tools",
    write=write,
)
