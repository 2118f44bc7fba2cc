"""Cross-source merging: the reports of one real-world event become one *story event*.

Two event mentions join the same story when they have the same PLOVER type, dates within a
window (the event's date, else its article's: reports with neither are never joined), no conflicting actor or recipient country, places compatible at their precision (50 km
for towns, 300 km for regions, the same country for country-level places), and at least one
positive match (a shared actor, recipient or place) beyond type and date. Clustering is greedy
in date order: each mention joins the best-scoring open story or starts a new one.

A story keeps its source articles and evidence sentences, a source count, the earliest report,
every quantity with the articles that report it (3,000 troops in one, 2,500 in another) and a
corroboration level.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlparse

from crisislens.geo.resolver import haversine_km
from crisislens.schemas import NON_STATE_CODES
from crisislens.store.connection import Connection
from crisislens.store.query import EventFilter

WINDOW_DAYS = 3
PLACE_KM = {"city": 50.0, "landmark": 50.0, "admin2": 100.0, "admin1": 300.0, "unknown": 50.0}


@dataclass
class EventMention:
    event_id: str
    article_id: str
    event_type: str
    day: date | None
    actor_country: str | None
    actor_name: str | None
    recipient_country: str | None
    recipient_name: str | None
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    quantities: list[dict]
    modality: str
    published: date | None
    url: str | None


@dataclass
class Story:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def last_day(self) -> date | None:
        return max((m.day for m in self.mentions if m.day), default=None)


def _km_limit(a: str | None, b: str | None) -> float | None:
    """How far apart two places may be and still be one place, by their precision."""
    wide = (None, "country", "region", "sea", "continent")
    if a in wide or b in wide:
        return None
    return max(PLACE_KM.get(a, 50.0), PLACE_KM.get(b, 50.0))


def match_score(m: EventMention, story: Story) -> float | None:
    """None when ``m`` cannot be the story's event; else how much evidence says it is."""
    score = 0.0
    for other in story.mentions:
        if m.article_id != other.article_id and (m.day is None or other.day is None):
            # no date of the event nor of its article: nothing says two reports tell of the
            # same happening (undated shootings in two towns are two stories, not one)
            return None
        if m.day and other.day and abs((m.day - other.day).days) > WINDOW_DAYS:
            return None
        for mine, theirs in (
            (m.actor_country, other.actor_country),
            (m.recipient_country, other.recipient_country),
        ):
            # an IGO next to a country is no conflict ("Russia" and "the CSTO" sent troops)
            if mine and theirs and mine != theirs and not NON_STATE_CODES & {mine, theirs}:
                return None
        if m.place_country and other.place_country and m.place_country != other.place_country:
            return None
        limit = _km_limit(m.feature, other.feature)
        if (
            limit is not None
            and m.lat is not None
            and m.lon is not None
            and other.lat is not None
            and other.lon is not None
        ):
            distance = haversine_km(m.lat, m.lon, other.lat, other.lon)
            if distance > limit:
                return None
            score += 1.0
        elif m.place_country and m.place_country == other.place_country:
            score += 0.5
        if m.actor_name and other.actor_name and m.actor_name.lower() == other.actor_name.lower():
            score += 1.0
        elif m.actor_country and m.actor_country == other.actor_country:
            score += 0.5
        if m.recipient_country and m.recipient_country == other.recipient_country:
            score += 0.5
    return score / len(story.mentions) if score > 0 else None


def cluster(mentions: list[EventMention]) -> list[Story]:
    by_type: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_type[m.event_type].append(m)
    stories: list[Story] = []
    for group in by_type.values():
        group.sort(key=lambda m: (m.day or date.max, m.event_id))
        open_stories: list[Story] = []
        for m in group:
            if m.day is not None:
                open_stories = [
                    s
                    for s in open_stories
                    if s.last_day is None or (m.day - s.last_day).days <= WINDOW_DAYS
                ]
            scored = [(match_score(m, s), s) for s in open_stories]
            matches = [(sc, s) for sc, s in scored if sc is not None]
            if matches:
                max(matches, key=lambda x: x[0])[1].mentions.append(m)
            else:
                story = Story([m])
                stories.append(story)
                open_stories.append(story)
    return stories


def _domain(url: str | None) -> str | None:
    return urlparse(url).netloc.lower() or None if url else None


def summarise(story: Story) -> dict:
    ms = story.mentions
    first = min(ms, key=lambda m: (m.published or date.max, m.day or date.max))
    articles = sorted({m.article_id for m in ms})
    domains = {_domain(m.url) for m in ms}
    if len(articles) == 1:
        corroboration = "single source"
    elif None not in domains and len(domains) == 1:
        corroboration = "several reports, one outlet"
    else:
        corroboration = "several sources"
    figures: dict[tuple[str, float], set[str]] = defaultdict(set)
    for m in ms:
        for q in m.quantities:
            figures[(q["kind"], q["value"])].add(m.article_id)
    quantities = [
        {"kind": k, "value": v, "article_ids": sorted(ids)}
        for (k, v), ids in sorted(figures.items())
    ]

    def common(attr: str):
        values = [getattr(m, attr) for m in ms if getattr(m, attr) is not None]
        return max(set(values), key=values.count) if values else None

    located = [m for m in ms if m.lat is not None]
    best_place = min(
        located,
        key=lambda m: (
            ("city", "landmark", "admin2", "admin1").index(m.feature)
            if m.feature in ("city", "landmark", "admin2", "admin1")
            else 9
        ),
        default=None,
    )
    days = [m.day for m in ms if m.day]
    return {
        "story_id": hashlib.sha256(min(m.event_id for m in ms).encode()).hexdigest()[:16],
        "event_type": ms[0].event_type,
        "first_day": min(days) if days else None,
        "last_day": max(days) if days else None,
        "earliest_published": first.published,
        "earliest_article": first.article_id,
        "actor_name": common("actor_name"),
        "actor_country": common("actor_country"),
        "recipient_name": common("recipient_name"),
        "recipient_country": common("recipient_country"),
        "place_name": best_place.place_name if best_place else common("place_name"),
        "place_country": common("place_country"),
        "lat": best_place.lat if best_place else None,
        "lon": best_place.lon if best_place else None,
        "source_count": len(articles),
        "event_count": len(ms),
        "corroboration": corroboration,
        "quantities": json.dumps(quantities),
        "modality": common("modality"),
        "_members": [(m.event_id, m.article_id) for m in ms],
    }


def load_mentions(conn: Connection) -> list[EventMention]:
    rows = conn.execute(
        "SELECT e.event_id, e.article_id, e.event_type, coalesce(e.day, a.published), "
        "e.actor_country, e.actor_name, e.recipient_country, e.recipient_name, e.place_name, "
        "e.place_country, e.lat, e.lon, e.place_feature, e.quantities, e.modality, a.published, "
        "a.url FROM events e JOIN articles a USING (article_id) "
        "WHERE e.modality IN ('asserted', 'negated')"
    ).fetchall()
    return [
        EventMention(*[*row[:13], json.loads(row[13]) if row[13] else [], *row[14:]])
        for row in rows
    ]


def rebuild_stories(conn: Connection) -> int:
    """Recompute every story from the stored events, in one transaction."""
    summaries = [summarise(s) for s in cluster(load_mentions(conn))]
    columns = [
        "story_id",
        "event_type",
        "first_day",
        "last_day",
        "earliest_published",
        "earliest_article",
        "actor_name",
        "actor_country",
        "recipient_name",
        "recipient_country",
        "place_name",
        "place_country",
        "lat",
        "lon",
        "source_count",
        "event_count",
        "corroboration",
        "quantities",
        "modality",
    ]
    conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute("DELETE FROM story_events")
        conn.execute("DELETE FROM stories")
        if summaries:
            conn.executemany(
                f"INSERT INTO stories ({', '.join(columns)}) VALUES "
                f"({', '.join('?' * len(columns))})",
                [[s[c] for c in columns] for s in summaries],
            )
            conn.executemany(
                "INSERT INTO story_events VALUES (?, ?, ?)",
                [(s["story_id"], e, a) for s in summaries for e, a in s["_members"]],
            )
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    return len(summaries)


def list_stories(
    conn: Connection,
    limit: int = 100,
    offset: int = 0,
    min_sources: int = 1,
    flt: EventFilter | None = None,
) -> list[dict]:
    """Stories with at least ``min_sources`` sources, most sources first; with ``flt``, only
    the stories one of whose events matches it (the filters of ``/events``)."""
    where, params = (flt or EventFilter()).sql()
    matching = (
        ""
        if where == "TRUE"
        else "AND story_id IN (SELECT se.story_id FROM story_events se JOIN events USING "
        f"(event_id) WHERE {where}) "
    )
    cursor = conn.execute(
        f"SELECT * FROM stories WHERE source_count >= ? {matching}"
        "ORDER BY source_count DESC, first_day DESC NULLS LAST, story_id LIMIT ? OFFSET ?",
        [min_sources, *params, limit, offset],
    )
    names = [d[0] for d in cursor.description]
    stories = [dict(zip(names, row)) for row in cursor.fetchall()]
    if not stories:
        return []
    members = conn.execute(
        "SELECT se.story_id, se.article_id, se.event_id, e.evidence_text FROM story_events se "
        "JOIN events e USING (event_id) WHERE se.story_id IN (SELECT unnest(?))",
        [[s["story_id"] for s in stories]],
    ).fetchall()
    by_story: dict[str, list] = defaultdict(list)
    for story_id, article_id, event_id, evidence in members:
        by_story[story_id].append(
            {"article_id": article_id, "event_id": event_id, "evidence": evidence}
        )
    for s in stories:
        s["quantities"] = json.loads(s["quantities"]) if s["quantities"] else []
        s["article_ids"] = sorted({m["article_id"] for m in by_story[s["story_id"]]})
        s["evidence"] = by_story[s["story_id"]]
        for key in ("first_day", "last_day", "earliest_published"):
            s[key] = s[key].isoformat() if s[key] else None
    return stories


def story_of_events(conn: Connection) -> dict[str, str]:
    """event_id -> story_id for every event that belongs to a story."""
    return dict(conn.execute("SELECT event_id, story_id FROM story_events").fetchall())


def story_of_main_event(conn: Connection, article_id: str, event_type: str) -> str | None:
    """The story of an article's most confident event of ``event_type``, if it has one."""
    row = conn.execute(
        "SELECT se.story_id FROM events e JOIN story_events se USING (event_id) "
        "WHERE e.article_id = ? AND e.event_type = ? ORDER BY e.confidence DESC LIMIT 1",
        [article_id, event_type],
    ).fetchone()
    return row[0] if row else None
