"""Story events in the store: each real-world event once, with every report of it.

The linking itself is :mod:`crisislens.link.stories` (blocking by type, region and time, the
trained pair model, constrained average-link clustering); this module feeds it from the database
and writes what it decides:

- ``link_state`` remembers every event the linker has seen, so a later ingest links only new
  events; ``story_events`` holds each linked event's story, and ``link_views`` what the linker
  read of it (:mod:`crisislens.link.saved`), so that a later ingest compares its new events with
  the stored ones without reading their records again. A stored story keeps its id and its
  members as articles arrive: new events join it or start new stories.
- ``stories`` holds one summary row per story: its type, days, actors, best-located place,
  sources, the earliest and latest report, and every figure with the articles that give it
  ("dead: 164 (2 sources), 225 (1 source)"). Only asserted events that are not told in passing
  give figures.

>>> rebuild_stories(store.conn)        # doctest: +SKIP
12
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlparse

import numpy as np

from crisislens.link import saved
from crisislens.link.documents import DocTerms, DocumentVectors, doc_terms, terms_version
from crisislens.link.events import HEDGED_MODALITIES, mention_from_event
from crisislens.link.mention import LinkMention
from crisislens.link.model import PairModel
from crisislens.link.saved import view_version
from crisislens.link.stories import WINDOW_DAYS, StoryLinker
from crisislens.link.vectors import load_word_vectors
from crisislens.schemas import Event
from crisislens.store.connection import Connection
from crisislens.store.db import stored_day
from crisislens.store.query import EventFilter

# a planned deployment ("troops would be deployed") is reported news of the deployment, and a
# possible one ("may have been killed") corroborates a story others make (it starts none:
# LinkMention.founds); a demanded or hypothetical event is not news of a happening
LINKED_MODALITIES = ("asserted", "negated", "planned", "possible")
STORY_COLUMNS = (
    "story_id",
    "event_type",
    "first_day",
    "last_day",
    "earliest_published",
    "latest_published",
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
    "figures",
    "modality",
)
PLACE_RANK = ("city", "landmark", "admin2", "admin1")
VIEW_COLUMNS = (
    "event_id",
    "version",
    "event_type",
    "first_day",
    "last_day",
    "mention",
    "evidence_rows",
)


@lru_cache(maxsize=1)
def _default_linker() -> tuple[StoryLinker, object]:
    """The store's linker and word vectors, loaded once per process (both are read-only)."""
    return StoryLinker(PairModel.load(variant="store")), load_word_vectors()


def _event_rows(conn: Connection, where: str, params: list) -> list[tuple]:
    return conn.execute(
        "SELECT e.event_id, e.article_id, e.record, a.published FROM events e "
        f"JOIN articles a USING (article_id) WHERE {where}",
        params,
    ).fetchall()


def _mentions(conn: Connection, rows: list[tuple], vectors) -> list[LinkMention]:
    """The linker's view of each event row, with the countries its sentences name."""
    places = _places_named(conn, sorted({r[1] for r in rows}))
    out = []
    for _, article_id, record, published in rows:
        event = Event.model_validate_json(record)
        spans = [(event.evidence.start, event.evidence.end)]
        spans += [(m.evidence.start, m.evidence.end) for m in event.mentions]
        named = frozenset(
            country
            for start, country in places.get(article_id, ())
            if any(lo <= start < hi for lo, hi in spans)
        )
        out.append(mention_from_event(event, article_id, published, vectors, named))
    return out


def _places_named(conn: Connection, article_ids: list[str]) -> dict[str, list[tuple[int, str]]]:
    """Each article's coded places as (start, country)."""
    rows = conn.execute(
        "SELECT article_id, start, country FROM places WHERE country IS NOT NULL "
        "AND start IS NOT NULL AND article_id IN (SELECT unnest(?))",
        [article_ids],
    ).fetchall()
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for article_id, start, country in rows:
        out[article_id].append((start, country))
    return out


def _new_mentions(conn: Connection, vectors) -> list[LinkMention]:
    rows = _event_rows(
        conn,
        "e.modality IN (SELECT unnest(?)) AND e.event_id NOT IN (SELECT event_id FROM link_state)",
        [list(LINKED_MODALITIES)],
    )
    return _mentions(conn, rows, vectors)


# a stored event's days, as :func:`crisislens.link.stories.period` reads them: its day, else its
# month, else its article's date (the six more days of a week are in the query's slack); only
# to find the linked events that have no view yet (a view keeps its own days)
_MONTH = "TRY_CAST(CASE WHEN length(e.date) = 7 THEN e.date || '-01' END AS DATE)"
_STORED_FIRST = f"coalesce(e.day, {_MONTH}, a.published)"
_STORED_LAST = f"coalesce(e.day, last_day({_MONTH}), a.published)"
_WANTED = "WITH wanted AS (SELECT unnest(?) AS event_type, unnest(?) AS lo, unnest(?) AS hi) "


def _stored_mentions(
    conn: Connection, new: list[LinkMention], vectors
) -> list[tuple[LinkMention, str]]:
    """Linked events of a new event's type (or a related one) whose days come within
    ``WINDOW_DAYS`` of the new event's days, read from their kept views (link/saved.py)."""
    from crisislens.link.kinds import related_types
    from crisislens.link.stories import period

    if not new:
        return []
    wanted = _merged(
        {(t, *period(m)) for m in new if m.event_type for t in related_types(m.event_type)}
    )
    columns: list[list] = [[w[0] for w in wanted], [w[1] for w in wanted], [w[2] for w in wanted]]
    _view_missing(conn, columns, vectors)
    rows = conn.execute(
        _WANTED + ", near AS (SELECT DISTINCT v.event_id FROM link_views v JOIN wanted w "
        "ON w.event_type = v.event_type AND v.first_day <= w.hi + ? AND v.last_day >= w.lo - ? "
        "WHERE v.version = ?) "
        "SELECT v.mention, v.evidence_rows, se.story_id FROM near "
        "JOIN link_views v USING (event_id) JOIN story_events se USING (event_id)",
        [*columns, WINDOW_DAYS, WINDOW_DAYS, view_version()],
    ).fetchall()
    return [(saved.load(payload, evidence, vectors), story) for payload, evidence, story in rows]


def _view_missing(conn: Connection, columns: list[list], vectors) -> None:
    """Make and keep the views of the linked events near the new ones that have none made by
    this code (events linked before views were kept, or by another version)."""
    missing = conn.execute(
        _WANTED + "SELECT DISTINCT e.event_id FROM story_events se JOIN events e USING (event_id) "
        "JOIN articles a ON a.article_id = e.article_id JOIN wanted w "
        f"ON w.event_type = e.event_type AND {_STORED_FIRST} <= w.hi + ? "
        f"AND {_STORED_LAST} >= w.lo - ? WHERE {_NO_VIEW}",
        [*columns, WINDOW_DAYS, WINDOW_DAYS + 6, view_version()],
    ).fetchall()
    _make_views(conn, [r[0] for r in missing], vectors)


def keep_views(conn: Connection, vectors=None) -> int:
    """Make and keep the view of every linked event that has none made by this code, and the
    terms of their articles (what ingests do for the events near their new ones); return how
    many views were made."""
    vectors = _default_linker()[1] if vectors is None else vectors
    missing = conn.execute(
        f"SELECT se.event_id FROM story_events se JOIN events e USING (event_id) WHERE {_NO_VIEW}",
        [view_version()],
    ).fetchall()
    articles = conn.execute("SELECT DISTINCT article_id FROM story_events").fetchall()
    ids = [r[0] for r in articles]
    with conn.transaction():
        _make_views(conn, [r[0] for r in missing], vectors)
        for start in range(0, len(ids), 10_000):  # and each of their articles' words
            _kept_terms(conn, ids[start : start + 10_000])
    return len(missing)


_NO_VIEW = "NOT EXISTS (SELECT 1 FROM link_views v WHERE v.event_id = e.event_id AND v.version = ?)"


def _make_views(conn: Connection, event_ids: list[str], vectors) -> None:
    for start in range(0, len(event_ids), 10_000):  # a bounded number of records at a time
        chunk = event_ids[start : start + 10_000]
        rows = _event_rows(conn, "e.event_id IN (SELECT unnest(?))", [chunk])
        _save_views(conn, _mentions(conn, rows, vectors))


def _save_views(conn: Connection, mentions: list[LinkMention]) -> None:
    """Keep each mention's view (link/saved.py), replacing an older one."""
    from crisislens.link.stories import period

    if not mentions:
        return
    version = view_version()
    rows = []
    for m in mentions:
        payload, evidence = saved.dump(m)
        first, last = period(m)
        rows.append((str(m.key), version, m.event_type, first, last, payload, evidence))
    conn.execute(
        "DELETE FROM link_views WHERE event_id IN (SELECT unnest(?))", [[r[0] for r in rows]]
    )
    conn.insert("link_views", VIEW_COLUMNS, rows)


def _merged(windows: set[tuple[str, date, date]]) -> list[tuple[str, date, date]]:
    """Each type's windows of days, overlapping or adjacent ones merged into one (the query
    then joins a few windows, not one per new event)."""
    out: list[tuple[str, date, date]] = []
    for event_type, lo, hi in sorted(windows):
        if out and out[-1][0] == event_type and lo <= out[-1][2] + timedelta(days=1):
            out[-1] = (event_type, out[-1][1], max(hi, out[-1][2]))
        else:
            out.append((event_type, lo, hi))
    return out


def _documents(conn: Connection):
    """``documents(article_ids)``: their DocumentVectors, from the terms kept in
    ``article_terms`` (:func:`_kept_terms`)."""

    def read(article_ids: list[str]) -> DocumentVectors:
        kept = _kept_terms(conn, article_ids)
        return DocumentVectors.from_terms([kept[a] for a in article_ids])

    return read


def _kept_terms(conn: Connection, article_ids: list[str]) -> dict[str, DocTerms]:
    """Each article's hashed words and names; an article without them (new, or kept by other
    code) is read once and its terms kept."""
    version = terms_version()
    rows = conn.execute(
        "SELECT article_id, words, word_counts, names, name_counts FROM article_terms "
        "WHERE version = ? AND article_id IN (SELECT unnest(?))",
        [version, article_ids],
    ).fetchall()
    kept = {
        r[0]: DocTerms(*(np.frombuffer(b, dtype=t) for b, t in zip(r[1:], _TERM_TYPES)))
        for r in rows
    }
    missing = [a for a in article_ids if a not in kept]
    if missing:
        texts = dict(
            conn.execute(
                "SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest(?))",
                [missing],
            ).fetchall()
        )
        made = {a: doc_terms(texts.get(a) or "") for a in missing}
        conn.execute("DELETE FROM article_terms WHERE article_id IN (SELECT unnest(?))", [missing])
        conn.insert(
            "article_terms",
            ("article_id", "version", "words", "word_counts", "names", "name_counts"),
            [(a, version, *(part.tobytes() for part in t)) for a, t in made.items()],
        )
        kept.update(made)
    return kept


_TERM_TYPES = (np.uint64, np.int32, np.uint64, np.int32)


def rebuild_stories(
    conn: Connection, linker: StoryLinker | None = None, vectors=None, full: bool = False
) -> int:
    """Link every event not linked yet (all of them with ``full``); return the story count.

    One transaction: a failure leaves the stories as they were.
    """
    default, default_vectors = _default_linker()
    linker = linker or default
    vectors = default_vectors if vectors is None else vectors
    with conn.transaction():
        if full:
            for table in ("story_events", "stories", "link_state", "link_views"):  # terms stay
                conn.execute(f"DELETE FROM {table}")
        new = _new_mentions(conn, vectors)
        if new:
            stored = _stored_mentions(conn, new, vectors)
            assigned = linker.assign(new, stored, documents=_documents(conn))
            _write_links(conn, new, assigned)
            _save_views(conn, [m for m in new if assigned[str(m.key)]])
            _write_summaries(conn, {s for s in assigned.values() if s})
    return int(conn.scalar("SELECT count(*) FROM stories") or 0)


def _write_links(conn: Connection, new: list[LinkMention], assigned: dict[str, str | None]) -> None:
    conn.insert("link_state", ("event_id", "background"), [(str(m.key), m.background) for m in new])
    rows = [(assigned[str(m.key)], str(m.key), m.doc) for m in new if assigned[str(m.key)]]
    conn.insert("story_events", ("story_id", "event_id", "article_id"), rows)


def _write_summaries(conn: Connection, story_ids: set[str]) -> None:
    if not story_ids:
        return
    ids = sorted(story_ids)
    rows = conn.execute(
        "SELECT e.event_id, e.article_id, e.record, a.published, a.url, se.story_id, "
        "ls.background FROM story_events se JOIN events e USING (event_id) "
        "JOIN articles a ON a.article_id = e.article_id LEFT JOIN link_state ls USING (event_id) "
        "WHERE se.story_id IN (SELECT unnest(?))",
        [ids],
    ).fetchall()
    members: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        members[row[5]].append(row)
    conn.execute("DELETE FROM stories WHERE story_id IN (SELECT unnest(?))", [ids])
    summaries = [summarise(story_id, members[story_id]) for story_id in ids if members[story_id]]
    conn.insert("stories", STORY_COLUMNS, [[s[c] for c in STORY_COLUMNS] for s in summaries])


def _domain(url: str | None) -> str | None:
    return (urlparse(url).netloc.lower() or None) if url else None


def figures_of(members: list[tuple]) -> list[dict]:
    """Each figure (kind, value) with the articles that give it, from asserted events that are
    not told in passing; most reported first within a kind."""
    found: dict[tuple[str, float], dict[str, date | None]] = defaultdict(dict)
    for _, article_id, record, published, _, _, background in members:
        event = Event.model_validate_json(record)
        if event.modality != "asserted" or background:
            continue
        for q in event.quantities:
            found[(q.kind, q.value)][article_id] = published
    out = []
    for (kind, value), articles in found.items():
        days = [d for d in articles.values() if d]
        out.append(
            {
                "kind": kind,
                "value": value,
                "sources": len(articles),
                "article_ids": sorted(articles),
                "first_published": min(days).isoformat() if days else None,
                "last_published": max(days).isoformat() if days else None,
            }
        )
    return sorted(out, key=lambda f: (f["kind"], -f["sources"], f["value"]))


def figures_text(figures: list[dict]) -> str:
    """'dead: 164 (2 sources), 225 (1 source); injured: 2,200 (1 source)'."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for f in figures:
        n = f["sources"]
        by_kind[f["kind"]].append(f"{f['value']:,.0f} ({n} source{'s' if n != 1 else ''})")
    return "; ".join(f"{kind}: {', '.join(values)}" for kind, values in by_kind.items())


def summarise(story_id: str, members: list[tuple]) -> dict:
    events = [(Event.model_validate_json(r[2]), r) for r in members]
    articles = sorted({r[1] for r in members})
    published = [r[3] for r in members if r[3]]
    domains = {_domain(r[4]) for r in members}
    if len(articles) == 1:
        corroboration = "single source"
    elif None not in domains and len(domains) == 1:
        corroboration = "several reports, one outlet"
    else:
        corroboration = "several sources"
    first = min(members, key=lambda r: (r[3] or date.max, r[1]))
    # the story's own facts come from its mentions told neither in passing nor only as possible
    main = [e for e, r in events if not r[6] and e.modality not in HEDGED_MODALITIES]
    main = main or [e for e, _ in events]

    def common(values):
        values = [v for v in values if v is not None]
        return max(sorted(set(values)), key=values.count) if values else None

    located = [e.location for e in main if e.location and e.location.lat is not None]
    best = min(
        located,
        key=lambda p: PLACE_RANK.index(p.feature) if p.feature in PLACE_RANK else 9,
        default=None,
    )
    days = sorted(d for d in (stored_day(e.date) for e in main) if d)
    figures = figures_of(members)
    return {
        "story_id": story_id,
        "event_type": main[0].event_type,
        "first_day": days[0] if days else None,
        "last_day": days[-1] if days else None,
        "earliest_published": min(published) if published else None,
        "latest_published": max(published) if published else None,
        "earliest_article": first[1],
        "actor_name": common([e.actor.name if e.actor else None for e in main]),
        "actor_country": common([e.actor.country if e.actor else None for e in main]),
        "recipient_name": common([e.recipient.name if e.recipient else None for e in main]),
        "recipient_country": common([e.recipient.country if e.recipient else None for e in main]),
        "place_name": best.name
        if best
        else common([e.location.name if e.location else None for e in main]),
        "place_country": common([e.location.country if e.location else None for e in main]),
        "lat": best.lat if best else None,
        "lon": best.lon if best else None,
        "source_count": len(articles),
        "event_count": len(members),
        "corroboration": corroboration,
        "quantities": json.dumps(figures),
        "figures": figures_text(figures),
        "modality": common([e.modality for e in main]),
    }


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
        "SELECT se.story_id, se.article_id, se.event_id, e.evidence_text, a.published, "
        "coalesce(ls.background, false) FROM story_events se JOIN events e USING (event_id) "
        "JOIN articles a ON a.article_id = e.article_id LEFT JOIN link_state ls USING (event_id) "
        "WHERE se.story_id IN (SELECT unnest(?)) ORDER BY a.published NULLS LAST, se.event_id",
        [[s["story_id"] for s in stories]],
    ).fetchall()
    by_story: dict[str, list] = defaultdict(list)
    for story_id, article_id, event_id, evidence, published, background in members:
        by_story[story_id].append(
            {
                "article_id": article_id,
                "event_id": event_id,
                "evidence": evidence,
                "published": published.isoformat() if published else None,
                "background": background,
            }
        )
    for s in stories:
        s["quantities"] = json.loads(s["quantities"]) if s["quantities"] else []
        s["article_ids"] = sorted({m["article_id"] for m in by_story[s["story_id"]]})
        s["evidence"] = by_story[s["story_id"]]
        for key in ("first_day", "last_day", "earliest_published", "latest_published"):
            s[key] = s[key].isoformat() if s.get(key) else None
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
