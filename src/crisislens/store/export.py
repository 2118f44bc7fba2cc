"""Exports of stored events in the formats other tools read.

- ``csv`` and ``parquet``: the flat events table (one row per event), for pandas, R and DuckDB;
- ``geojson``: located events as points, for QGIS and web maps;
- ``plover-json``: a JSON array of PLOVER-style records (the fields of the PLOVER gold records);
- ``acled-csv``: ACLED's column names, as far as we have the values;
- ``gdelt-csv``: GDELT 2.0's 61 event columns, tab-separated as GDELT's own files are.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from crisislens.store.query import EventFilter

FORMATS = ("csv", "parquet", "geojson", "plover-json", "acled-csv", "gdelt-csv")
FLAT_COLUMNS = (
    "event_id, article_id, event_type, mode, acled_event_type, acled_sub_event_type, modality, "
    "date, confidence, actor_name, actor_country, actor_sector, recipient_name, "
    "recipient_country, recipient_sector, place_name, place_geonameid, place_country, "
    "place_admin1, place_feature, lat, lon, evidence_text, quantities"
)
# PLOVER type -> CAMEO root code and GDELT quad class (the CAMEO->PLOVER table read backwards)
CAMEO_ROOT = {
    "AGREE": "03",
    "CONSULT": "04",
    "SUPPORT": "05",
    "COOPERATE": "06",
    "AID": "07",
    "CONCEDE": "08",
    "RETREAT": "08",
    "ACCUSE": "11",
    "REQUEST": "10",
    "REJECT": "12",
    "THREATEN": "13",
    "PROTEST": "14",
    "MOBILIZE": "15",
    "SANCTION": "16",
    "COERCE": "17",
    "ASSAULT": "18",
}
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
GDELT_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]
GEO_TYPE = {"country": 1, "admin1": 5, "admin2": 5, "city": 4, "landmark": 4}
ACLED_INTER = {
    "MIL": 1,
    "GOV": 1,
    "COP": 1,
    "REB": 2,
    "OPP": 2,
    "UAF": 3,
    "PRO": 6,
    "CVL": 7,
    "IGO": 8,
    "NGO": 8,
}


def _rows(conn, flt: EventFilter) -> Iterator[dict]:
    where, params = flt.sql()
    cursor = conn.execute(
        "SELECT e.*, a.published, a.url, a.tone, a.title FROM events e JOIN articles a "
        f"USING (article_id) WHERE {where} ORDER BY e.day NULLS LAST, e.event_id",
        params,
    )
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(5000):
        for row in batch:
            yield dict(zip(names, row))


def export(conn, fmt: str, out: Path, flt: EventFilter | None = None) -> int:
    """Write the (filtered) events to ``out`` in ``fmt``; return the number of events."""
    flt = flt or EventFilter()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("csv", "parquet"):
        where, params = flt.sql()
        option = "(FORMAT PARQUET)" if fmt == "parquet" else "(HEADER, DELIMITER ',')"
        # COPY cannot take parameters in its query: go through a temporary view
        conn.execute(
            f"CREATE OR REPLACE TEMP TABLE _export AS SELECT {FLAT_COLUMNS} FROM events "
            f"WHERE {where} ORDER BY day NULLS LAST, event_id",
            params,
        )
        n = conn.execute("SELECT count(*) FROM _export").fetchone()[0]
        conn.execute(f"COPY _export TO '{_sql_path(out)}' {option}")
        conn.execute("DROP TABLE _export")
        return n
    with out.open("w", encoding="utf-8", newline="") as handle:
        return write_stream(conn, fmt, handle, flt)


def write_stream(conn, fmt: str, handle: io.TextIOBase, flt: EventFilter) -> int:
    """The text formats, written to any text stream (a file, or an HTTP response buffer)."""
    n = 0
    if fmt == "geojson":
        handle.write('{"type": "FeatureCollection", "features": [\n')
        for row in _rows(conn, flt):
            if row["lat"] is None:
                continue
            feature = {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": _flat(row),
            }
            handle.write((",\n" if n else "") + json.dumps(feature, default=str))
            n += 1
        handle.write("\n]}\n")
    elif fmt == "plover-json":
        handle.write("[\n")
        for row in _rows(conn, flt):
            handle.write((",\n" if n else "") + json.dumps(_plover(row), default=str))
            n += 1
        handle.write("\n]\n")
    else:
        columns = ACLED_COLUMNS if fmt == "acled-csv" else GDELT_COLUMNS
        delimiter = "," if fmt == "acled-csv" else "\t"
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=delimiter)
        writer.writeheader()
        convert = _acled if fmt == "acled-csv" else _gdelt
        for row in _rows(conn, flt):
            writer.writerow(convert(row))
            n += 1
    return n


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _flat(row: dict) -> dict:
    keep = [c.strip() for c in FLAT_COLUMNS.split(",")]
    flat = {k: row[k] for k in keep if k != "quantities"}
    flat["quantities"] = json.loads(row["quantities"]) if row["quantities"] else []
    flat["published"] = row["published"]
    return flat


def _quantity(row: dict, kind: str) -> float | None:
    values = [q["value"] for q in json.loads(row["quantities"] or "[]") if q["kind"] == kind]
    return max(values) if values else None


def _plover(row: dict) -> dict:
    def side(prefix: str) -> list[dict]:
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

    return {
        "id": row["event_id"],
        "date": row["date"],
        "event": row["event_type"],
        "mode": row["mode"] or "",
        "context": ";".join(row["context"] or []),
        "source": side("actor"),
        "target": side("recipient"),
        "eventText": row["trigger_text"],
        "text": row["evidence_text"],
        "eventLoc": {
            "name": row["place_name"],
            "lat": row["lat"],
            "lon": row["lon"],
            "geonameid": row["place_geonameid"],
            "country": row["place_country"],
        },
        "size": _quantity(row, "size"),
        "dead": _quantity(row, "dead"),
        "injured": _quantity(row, "injured"),
        "modality": row["modality"],
        "confidence": row["confidence"],
        "article_id": row["article_id"],
        "url": row["url"],
    }


def _acled(row: dict) -> dict:
    day = row["day"]
    inter1 = ACLED_INTER.get(row["actor_sector"] or "", "")
    inter2 = ACLED_INTER.get(row["recipient_sector"] or "", "")
    return {
        "event_id_cnty": row["event_id"],
        "event_date": day.isoformat() if day else row["date"],
        "year": (row["date"] or "")[:4],
        "time_precision": 1 if day else 3,
        "disorder_type": "",
        "event_type": row["acled_event_type"] or "",
        "sub_event_type": row["acled_sub_event_type"] or "",
        "actor1": row["actor_name"] or "",
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": row["recipient_name"] or "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": f"{inter1}{inter2}" if inter1 != "" and inter2 != "" else "",
        "civilian_targeting": "Civilian targeting" if row["recipient_sector"] == "CVL" else "",
        "iso": row["place_country"] or "",
        "region": "",
        "country": row["place_country"] or "",
        "admin1": row["place_admin1"] or "",
        "admin2": "",
        "admin3": "",
        "location": row["place_name"] or "",
        "latitude": row["lat"],
        "longitude": row["lon"],
        "geo_precision": {"city": 1, "landmark": 1, "admin2": 2, "admin1": 2}.get(
            row["place_feature"] or "", 3
        ),
        "source": row["url"] or row["article_id"],
        "source_scale": "",
        "notes": row["evidence_text"],
        "fatalities": int(_quantity(row, "dead") or 0),
        "tags": f"crisislens modality={row['modality']}",
        "timestamp": "",
    }


def _gdelt(row: dict) -> dict:
    day = row["day"]
    root = CAMEO_ROOT.get(row["event_type"], "")
    quad = (
        1
        if root in ("03", "04", "05")
        else 2
        if root in ("06", "07", "08")
        else 3
        if root in ("09", "10", "11", "12", "13")
        else 4
    )
    out: dict[str, object] = dict.fromkeys(GDELT_COLUMNS, "")
    out.update(
        {
            "GLOBALEVENTID": row["event_id"],
            "SQLDATE": day.strftime("%Y%m%d") if day else "",
            "MonthYear": day.strftime("%Y%m") if day else "",
            "Year": (row["date"] or "")[:4],
            "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
            "Actor1Code": row["actor_country"] or "",
            "Actor1Name": (row["actor_name"] or "").upper(),
            "Actor1CountryCode": row["actor_country"] or "",
            "Actor1Type1Code": row["actor_sector"] or "",
            "Actor2Code": row["recipient_country"] or "",
            "Actor2Name": (row["recipient_name"] or "").upper(),
            "Actor2CountryCode": row["recipient_country"] or "",
            "Actor2Type1Code": row["recipient_sector"] or "",
            "IsRootEvent": 1,
            "EventCode": root,
            "EventBaseCode": root,
            "EventRootCode": root,
            "QuadClass": quad,
            "NumMentions": 1,
            "NumSources": 1,
            "NumArticles": 1,
            "AvgTone": round(10 * (row["tone"] or 0.0), 3),
            "ActionGeo_Type": GEO_TYPE.get(row["place_feature"] or "", 0) if row["lat"] else 0,
            "ActionGeo_FullName": row["place_name"] or "",
            "ActionGeo_CountryCode": row["place_country"] or "",
            "ActionGeo_Lat": row["lat"] if row["lat"] is not None else "",
            "ActionGeo_Long": row["lon"] if row["lon"] is not None else "",
            "ActionGeo_FeatureID": row["place_geonameid"] or "",
            "DATEADDED": day.strftime("%Y%m%d000000") if day else "",
            "SOURCEURL": row["url"] or "",
        }
    )
    return out
