"""Filters over stored events, as parameterised SQL (never string-built from user values).

>>> where, params = EventFilter(event_types=["PROTEST"], country="KAZ").sql()
>>> where
'event_type IN (SELECT unnest(?)) AND (actor_country = ? OR recipient_country = ? OR place_country = ?)'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from crisislens.store.connection import Connection

MAX_LIMIT = 1000


@dataclass
class EventFilter:
    event_types: list[str] = field(default_factory=list)
    country: str | None = None  # ISO3: actor, recipient or place
    actor: str | None = None  # substring of actor or recipient name
    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    modality: list[str] = field(default_factory=list)
    text: str | None = None  # substring of the evidence sentence
    acled_sub_event_type: str | None = None
    min_confidence: float | None = None

    def sql(self) -> tuple[str, list]:
        clauses: list[str] = []
        params: list = []
        if self.event_types:
            clauses.append("event_type IN (SELECT unnest(?))")
            params.append(list(self.event_types))
        if self.country:
            clauses.append("(actor_country = ? OR recipient_country = ? OR place_country = ?)")
            params += [self.country] * 3
        if self.actor:
            clauses.append("(contains(lower(actor_name), ?) OR contains(lower(recipient_name), ?))")
            params += [self.actor.lower()] * 2
        if self.date_from:
            clauses.append("day >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("day <= ?")
            params.append(self.date_to)
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            clauses.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
            params += [min_lon, max_lon, min_lat, max_lat]
        if self.modality:
            clauses.append("modality IN (SELECT unnest(?))")
            params.append(list(self.modality))
        if self.text:
            clauses.append("contains(lower(evidence_text), ?)")
            params.append(self.text.lower())
        if self.acled_sub_event_type:
            clauses.append("acled_sub_event_type = ?")
            params.append(self.acled_sub_event_type)
        if self.min_confidence is not None:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        return (" AND ".join(clauses) or "TRUE"), params


def find_events(
    conn: Connection, flt: EventFilter, limit: int = 100, offset: int = 0, columns: str = "*"
) -> list[dict]:
    where, params = flt.sql()
    limit = max(1, min(limit, MAX_LIMIT))
    return conn.rows(
        f"SELECT {columns} FROM events WHERE {where} "
        f"ORDER BY day DESC NULLS LAST, event_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )


def count_events(conn: Connection, flt: EventFilter) -> int:
    where, params = flt.sql()
    return int(conn.scalar(f"SELECT count(*) FROM events WHERE {where}", params) or 0)


def stats(conn: Connection, flt: EventFilter) -> dict:
    """Counts by day, by type and by country (actor, else place) for the filtered events."""
    where, params = flt.sql()
    by_day = conn.execute(
        f"SELECT day, event_type, count(*) FROM events WHERE {where} AND day IS NOT NULL "
        f"GROUP BY ALL ORDER BY day",
        params,
    ).fetchall()
    by_type = conn.execute(
        f"SELECT event_type, count(*) FROM events WHERE {where} GROUP BY ALL ORDER BY 2 DESC",
        params,
    ).fetchall()
    by_country = conn.execute(
        f"SELECT coalesce(place_country, actor_country) AS c, count(*) FROM events "
        f"WHERE {where} AND c IS NOT NULL GROUP BY ALL ORDER BY 2 DESC LIMIT 100",
        params,
    ).fetchall()
    return {
        "by_day": [{"day": d.isoformat(), "event_type": t, "count": n} for d, t, n in by_day],
        "by_type": [{"event_type": t, "count": n} for t, n in by_type],
        "by_country": [{"country": c, "count": n} for c, n in by_country],
    }


def network(conn: Connection, flt: EventFilter, limit: int = 200) -> list[dict]:
    """Who acts on whom, weighted by the number of events.

    A node is a coded actor: its country and sector ("USA COP" for American police, "KAZ" for
    Kazakhstan as a state, "REB" for rebels of no known country), never a raw phrase, so pairs
    within one country (police against protesters) stay apart and "warplanes" and "Warplanes"
    never become two nodes. Actors with neither code are left out.
    """
    where, params = flt.sql()
    node = "nullif(concat_ws(' ', {0}_country, {0}_sector), '')"
    rows = conn.execute(
        f"SELECT {node.format('actor')} AS a, {node.format('recipient')} AS b, count(*) "
        f"FROM events WHERE {where} AND a IS NOT NULL AND b IS NOT NULL "
        f"GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [{"source": a, "target": b, "weight": n} for a, b, n in rows]


# the columns of an event in lists (`GET /events`, `crisislens query --json`)
LIST_COLUMNS = (
    "event_id, article_id, event_type, mode, acled_event_type, acled_sub_event_type, modality, "
    "date, confidence, actor_name, actor_country, actor_sector, recipient_name, "
    "recipient_country, recipient_sector, place_name, place_country, lat, lon, evidence_text"
)


def event_detail(conn: Connection, event_id: str) -> dict | None:
    """One event's full record, its article, its story and that story's sources; None when
    there is no such event."""
    row = conn.execute(
        "SELECT record, article_id FROM events WHERE event_id = ?", [event_id]
    ).fetchone()
    if row is None:
        return None
    record, article_id = row
    article = conn.execute(
        "SELECT article_id, title, url, published FROM articles WHERE article_id = ?",
        [article_id],
    ).fetchone()
    story = conn.execute(
        "SELECT story_id FROM story_events WHERE event_id = ? LIMIT 1", [event_id]
    ).fetchone()
    story_id = story[0] if story else None
    sources = (
        conn.execute(
            "SELECT se.article_id, a.title, a.url, a.published, e.evidence_text, e.event_id, "
            "e.quantities FROM story_events se JOIN articles a USING (article_id) JOIN events "
            "e USING (event_id) WHERE se.story_id = ? ORDER BY a.published NULLS LAST",
            [story_id],
        ).fetchall()
        if story_id
        else []
    )
    return {
        "event": json.loads(record),
        "article_id": article_id,
        "article": dict(zip(("article_id", "title", "url", "published"), article or ())),
        "story_id": story_id,
        "sources": [
            {
                "article_id": s[0],
                "title": s[1],
                "url": s[2],
                "published": s[3],
                "evidence": s[4],
                "event_id": s[5],
                "quantities": json.loads(s[6] or "[]"),
            }
            for s in sources
        ],
    }


def article_detail(conn: Connection, article_id: str) -> dict | None:
    """An article's text and fields, with every event's evidence span; None when there is no
    such article."""
    row = conn.execute(
        "SELECT article_id, title, url, published, text, tone FROM articles WHERE article_id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    spans = conn.execute(
        "SELECT event_id, event_type, evidence_start, evidence_end FROM events "
        "WHERE article_id = ? ORDER BY evidence_start",
        [article_id],
    ).fetchall()
    keys = ("article_id", "title", "url", "published", "text", "tone")
    return {
        **dict(zip(keys, row)),
        "evidence": [
            {"event_id": e, "event_type": t, "start": s, "end": n} for e, t, s, n in spans
        ],
    }
