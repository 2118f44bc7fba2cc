"""``gdelt-csv``: GDELT 2.0's 61 event columns, tab-separated as GDELT's own files are.

The CAMEO root code comes from the PLOVER type (``data/event_types.yaml``) and the quad class
from the root (``data/export_codes.yaml``);
columns GDELT fills from its own coding (Goldstein scale, actor type codes beyond the sector)
are left empty.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crisislens.data import read_yaml
from crisislens.events.types import event_types
from crisislens.store.exports.base import Connection, ExportFormat, ExportResult, write_delimited
from crisislens.store.query import EventFilter

GDELT_COLUMNS = (
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
)


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    codes = read_yaml("export_codes.yaml")
    day = row["day"]
    kind = event_types().get(row["event_type"])  # data/event_types.yaml: its CAMEO roots
    root = kind.cameo[0] if kind is not None else ""
    quad = codes["quad_class"].get(root, 4)
    out: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
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
            "ActionGeo_Type": codes["gdelt_geo_type"].get(row["place_feature"] or "", 0)
            if row["lat"]
            else 0,
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


def write(conn: Connection, path: Path, flt: EventFilter) -> ExportResult:
    return write_delimited(conn, path, flt, GDELT_COLUMNS, gdelt_row, "\t")


FORMAT = ExportFormat(
    name="gdelt-csv",
    label="GDELT TSV",
    media_type="text/tab-separated-values",
    extension="tsv",
    description="GDELT 2.0's 61 event columns, tab-separated as GDELT's files are; CAMEO root "
    "code and quad class from the PLOVER type",
    opens_in="GDELT workflows",
    write=write,
)
