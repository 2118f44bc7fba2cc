"""Server-side aggregation for the dashboard: map cells per zoom, a time series, one story.

Every function takes the same ``EventFilter`` as ``/events``, so the map, the time axis and the
table count the same events: the map's cells add up to the located events that match, the time
axis's buckets plus its ``undated`` count add up to all events that match.

>>> cell_degrees(0), round(cell_degrees(10), 4)
(90.0, 0.0879)
"""

from __future__ import annotations

import json
from datetime import date

from crisislens.store.connection import Connection
from crisislens.store.query import EventFilter

CELL_PX = 64  # a map cell is about this many screen pixels wide at its zoom
MAX_CELLS = 5000
INTERVALS = ("day", "week", "month", "year")
# the largest figure of people killed that the event's own sentence gives (ACLED's fatalities);
# the largest, not the sum, so that a toll repeated in one sentence is not counted twice
FATALITIES = (
    "coalesce(list_max(list_transform(list_filter(CAST(quantities AS JSON[]), "
    "lambda q: q->>'kind' = 'dead'), lambda q: CAST(q->>'value' AS DOUBLE))), 0)"
)


def cell_degrees(zoom: int) -> float:
    """The side of a map cell in degrees at a web-map zoom level (256-pixel tiles)."""
    return 360.0 / (2**zoom) * CELL_PX / 256


def _view_sql(view: tuple[float, float, float, float] | None) -> tuple[str, list]:
    if view is None:
        return "", []
    west, south, east, north = view
    return " AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?", [west, east, south, north]


def map_cells(
    conn: Connection,
    flt: EventFilter,
    zoom: int,
    view: tuple[float, float, float, float] | None = None,
) -> dict:
    """Located events that match, grouped into grid cells sized for ``zoom``.

    A cell of one event carries its ``event_id``; every cell carries its count, the most common
    type, the count per type, the fatalities and the bounds of its events (to zoom into it).
    ``view`` limits the cells to a window (the map's visible area); the totals ignore it.
    """
    where, params = flt.sql()
    size = cell_degrees(zoom)
    total, located, extent = conn.one(
        f"SELECT count(*), count(lat) FILTER (WHERE lon IS NOT NULL), "
        f"[min(lon), min(lat), max(lon), max(lat)] FROM events WHERE {where}",
        params,
    )
    view_sql, view_params = _view_sql(view)
    rows = conn.execute(
        f"SELECT count(*) AS n, avg(lat), avg(lon), sum({FATALITIES}), mode(event_type), "
        f"histogram(event_type), min(lon), min(lat), max(lon), max(lat), "
        f"CASE WHEN count(*) = 1 THEN min(event_id) END "
        f"FROM events WHERE {where} AND lat IS NOT NULL AND lon IS NOT NULL{view_sql} "
        f"GROUP BY floor(lon / ?), floor(lat / ?) ORDER BY n DESC LIMIT ?",
        params + view_params + [size, size, MAX_CELLS],
    ).fetchall()
    cells = [
        {
            "count": n,
            "lat": lat,
            "lon": lon,
            "fatalities": int(dead or 0),
            "event_type": top,
            "types": dict(sorted(types.items(), key=lambda kv: -kv[1])),
            "bounds": [w, s, e, nn],
            "event_id": event_id,
        }
        for n, lat, lon, dead, top, types, w, s, e, nn, event_id in rows
    ]
    return {
        "zoom": zoom,
        "cell_degrees": size,
        "total": total,
        "located": located,
        "unlocated": total - located,
        "in_view": sum(c["count"] for c in cells),
        "extent": extent if located else None,
        "cells": cells,
    }


def auto_interval(first: date | None, last: date | None) -> str:
    """Days for up to three months, weeks for up to three years, months for up to fifteen,
    years beyond (an article that recalls a shooting of 1985 stretches the axis that far).

    >>> auto_interval(date(2022, 1, 1), date(2022, 2, 1))
    'day'
    >>> auto_interval(date(1985, 9, 14), date(2016, 1, 25))
    'year'
    """
    if first is None or last is None:
        return "day"
    span = (last - first).days
    if span <= 92:
        return "day"
    return "week" if span <= 3 * 366 else "month" if span <= 15 * 366 else "year"


def timeline(conn: Connection, flt: EventFilter, interval: str = "auto") -> dict:
    """Counts and fatalities per period and type; events without a full day are counted apart."""
    where, params = flt.sql()
    total, undated, first, last = conn.one(
        f"SELECT count(*), count(*) FILTER (WHERE day IS NULL), min(day), max(day) "
        f"FROM events WHERE {where}",
        params,
    )
    if interval == "auto":
        interval = auto_interval(first, last)
    if interval not in INTERVALS:
        raise ValueError(f"interval must be auto or one of {', '.join(INTERVALS)}")
    rows = conn.execute(
        f"SELECT CAST(date_trunc('{interval}', day) AS DATE) AS period, event_type, count(*), "
        f"sum({FATALITIES}) FROM events WHERE {where} AND day IS NOT NULL "
        f"GROUP BY ALL ORDER BY period, event_type",
        params,
    ).fetchall()
    return {
        "interval": interval,
        "first_day": first.isoformat() if first else None,
        "last_day": last.isoformat() if last else None,
        "total": total,
        "dated": total - undated,
        "undated": undated,
        "buckets": [
            {"period": p.isoformat(), "event_type": t, "count": n, "fatalities": int(d or 0)}
            for p, t, n, d in rows
        ],
    }


def story_detail(conn: Connection, story_id: str) -> dict | None:
    """One story: its fields, each source article once (title, link, publication date, the
    figures it gives) and each of its events (evidence and place, for the map)."""
    cursor = conn.execute("SELECT * FROM stories WHERE story_id = ?", [story_id])
    row = cursor.fetchone()
    if row is None:
        return None
    story = dict(zip([d[0] for d in cursor.description], row))
    for key in ("first_day", "last_day", "earliest_published"):
        story[key] = story[key].isoformat() if story.get(key) else None
    story["quantities"] = json.loads(story["quantities"] or "[]")
    events = conn.execute(
        "SELECT e.event_id, e.article_id, e.event_type, e.date, e.modality, e.evidence_text, "
        "e.place_name, e.lat, e.lon, e.quantities, a.title, a.url, a.published "
        "FROM story_events se JOIN events e USING (event_id) JOIN articles a "
        "ON a.article_id = e.article_id WHERE se.story_id = ? "
        "ORDER BY a.published NULLS LAST, e.article_id, e.evidence_start",
        [story_id],
    ).fetchall()
    sources: dict[str, dict] = {}
    story["events"] = []
    for eid, aid, etype, day, modality, evidence, place, lat, lon, qs, title, url, pub in events:
        source = sources.setdefault(
            aid,
            {
                "article_id": aid,
                "title": title,
                "url": url,
                "published": pub.isoformat() if pub else None,
                "figures": [],
                "event_ids": [],
            },
        )
        source["event_ids"].append(eid)
        for q in json.loads(qs or "[]"):
            figure = {"kind": q["kind"], "value": q["value"]}
            if figure not in source["figures"]:
                source["figures"].append(figure)
        story["events"].append(
            {
                "event_id": eid,
                "article_id": aid,
                "event_type": etype,
                "date": day,
                "modality": modality,
                "evidence_text": evidence,
                "place_name": place,
                "lat": lat,
                "lon": lon,
            }
        )
    story["sources"] = list(sources.values())
    return story
