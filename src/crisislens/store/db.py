"""Events <-> DuckDB: idempotent, transactional writes and the read side's connection.

>>> store = Store.open(Path("crisislens.duckdb"))          # doctest: +SKIP
>>> store.write([(article, record)])                        # doctest: +SKIP
1

Writes are idempotent by ``article_id``: an article already stored is skipped, so re-running an
interrupted ingest neither loses nor doubles anything. Each batch is one transaction: a process
killed mid-batch leaves the database as it was before that batch.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from crisislens.errors import ResourceError
from crisislens.schemas import Article, ArticleRecord, Event
from crisislens.store.access import connect
from crisislens.store.connection import Connection
from crisislens.store.schema import migrate

log = logging.getLogger(__name__)


def _of(role: str, attr: str) -> Callable[[Event], Any]:
    """The ``attr`` of the event's actor, recipient or location, or None without one."""

    def get(event: Event) -> Any:
        part = getattr(event, role)
        return getattr(part, attr) if part is not None else None

    return get


# the one mapping from an Event to its row in `events`: column -> how the event fills it
# (`article_id` comes from the article). Add a column here and in a migration, nowhere else.
EVENT_FIELDS: dict[str, Callable[[Event], Any]] = {
    "event_id": lambda e: e.event_id,
    "event_type": lambda e: e.event_type,
    "mode": lambda e: e.mode,
    "context": lambda e: e.context,
    "acled_event_type": lambda e: e.acled_event_type,
    "acled_sub_event_type": lambda e: e.acled_sub_event_type,
    "modality": lambda e: e.modality,
    "date": lambda e: e.date,
    "day": lambda e: stored_day(e.date),
    "confidence": lambda e: e.confidence,
    "evidence_text": lambda e: e.evidence.text,
    "evidence_start": lambda e: e.evidence.start,
    "evidence_end": lambda e: e.evidence.end,
    "trigger_text": _of("trigger", "text"),
    "actor_text": _of("actor", "text"),
    "actor_name": _of("actor", "name"),
    "actor_country": _of("actor", "country"),
    "actor_sector": _of("actor", "sector"),
    "recipient_text": _of("recipient", "text"),
    "recipient_name": _of("recipient", "name"),
    "recipient_country": _of("recipient", "country"),
    "recipient_sector": _of("recipient", "sector"),
    "place_name": _of("location", "name"),
    "place_geonameid": _of("location", "geonameid"),
    "place_country": _of("location", "country"),
    "place_admin1": _of("location", "admin1"),
    "place_feature": _of("location", "feature"),
    "lat": _of("location", "lat"),
    "lon": _of("location", "lon"),
    "quantities": lambda e: json.dumps([q.model_dump() for q in e.quantities]),
    "record": lambda e: e.model_dump_json(),
}
EVENT_COLUMNS = ("article_id", *EVENT_FIELDS)

ARTICLE_COLUMNS = (
    "article_id",
    "source_id",
    "title",
    "url",
    "published",
    "text",
    "tone",
    "loaded_terms",
    "origin",
)
ACTOR_COLUMNS = ("article_id", "text", "start", "end", "name", "country", "sector")
PLACE_COLUMNS = (
    "article_id",
    "text",
    "start",
    "end",
    "name",
    "geonameid",
    "country",
    "admin1",
    "lat",
    "lon",
    "feature",
    "confidence",
)


def stored_day(value: str | None) -> date | None:
    """A full ``YYYY-MM-DD`` date as the stored calendar day; a month, a year, none or an
    impossible day is None.

    >>> stored_day("2022-01-05"), stored_day("2022-01"), stored_day("2022-02-30"), stored_day(None)
    (datetime.date(2022, 1, 5), None, None, None)
    """
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def event_row(article_id: str, event: Event) -> tuple:
    """The event's row in `events`, in the order of EVENT_COLUMNS."""
    return (article_id, *(get(event) for get in EVENT_FIELDS.values()))


class Store:
    """One DuckDB database. Open it read-only for serving, read-write for ingesting."""

    def __init__(self, conn: Connection | None, path: Path | None, read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self._known: set[str] | None = None

    @property
    def conn(self) -> Connection:
        """The connection, opened again (waiting for the lock) if ``release`` let it go."""
        if self._conn is None:
            if self.path is None:
                raise ResourceError("the in-memory store is closed")
            self._conn = connect(self.path, read_only=self.read_only)
        return self._conn

    def release(self) -> None:
        """Close a file's connection so that other processes can take the database; the next
        use opens it again. A writer calls this after each batch (see store/access.py)."""
        if self._conn is not None and self.path is not None:
            self._conn.close()
            self._conn = None

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Store:
        path = Path(path)
        if read_only and not path.exists():
            raise ResourceError(
                f"no database at {path}; create one with `crisislens ingest INPUT... --db {path}`"
            )
        if not read_only:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise ResourceError(f"cannot create the folder of {path}: {err}") from err
        conn: Connection | None = connect(path, read_only=read_only)
        if conn is not None and not read_only:
            try:
                migrate(conn)
            except duckdb.Error as err:
                conn.close()
                raise ResourceError(f"cannot upgrade the database {path}: {err}") from err
            conn.close()  # a writer takes the database only while it writes
            conn = None
        return cls(conn, path, read_only=read_only)

    @classmethod
    def memory(cls) -> Store:
        conn = Connection.memory()
        migrate(conn)
        return cls(conn, None)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _stored(self, ids: list[str]) -> set[str]:
        rows = self.conn.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def known(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these articles are stored. With the connection let go between batches, the
        stored ids are read once and kept (``write`` checks again inside its transaction)."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return set()
        if self._conn is not None or self.path is None:
            return self._stored(ids)
        if self._known is None:
            rows = self.conn.execute("SELECT article_id FROM articles").fetchall()
            self._known = {r[0] for r in rows}
            self.release()
        return self._known.intersection(ids)

    def write(self, pairs: Iterable[tuple[Article, ArticleRecord]]) -> int:
        """Store a batch in one transaction; return how many articles were new. A file's
        connection is let go afterwards, so readers (``serve``) get the database between
        batches."""
        try:
            return self._write(list(pairs))
        finally:
            self.release()

    def _write(self, pairs: list[tuple[Article, ArticleRecord]]) -> int:
        known = (
            self._stored(list(dict.fromkeys(a.article_id for a, _ in pairs))) if pairs else set()
        )
        fresh: dict[str, tuple[Article, ArticleRecord]] = {}
        for article, record in pairs:
            if article.article_id not in known:
                fresh.setdefault(article.article_id, (article, record))
        if not fresh:
            return 0
        articles, events, actors, places = [], [], [], []
        for article, record in fresh.values():
            articles.append(
                (
                    article.article_id,
                    record.source_id,
                    record.title,
                    record.url,
                    stored_day(record.published),
                    article.text,
                    record.tone.score,
                    json.dumps([t.model_dump() for t in record.tone.loaded_terms]),
                    article.origin,
                )
            )
            seen_events: set[str] = set()
            for event in record.events:
                if event.event_id not in seen_events:
                    seen_events.add(event.event_id)
                    events.append(event_row(article.article_id, event))
            actors += [
                (article.article_id, a.text, a.start, a.end, a.name, a.country, a.sector)
                for a in record.actors
            ]
            places += [
                (
                    article.article_id,
                    p.text,
                    p.start,
                    p.end,
                    p.name,
                    p.geonameid,
                    p.country,
                    p.admin1,
                    p.lat,
                    p.lon,
                    p.feature,
                    p.confidence,
                )
                for p in record.places
            ]
        with self.transaction() as conn:
            conn.insert("articles", ARTICLE_COLUMNS, articles)
            conn.insert("events", EVENT_COLUMNS, events)
            conn.insert("actors", ACTOR_COLUMNS, actors)
            conn.insert("places", PLACE_COLUMNS, places)
        if self._known is not None:
            self._known.update(fresh)
        return len(fresh)

    def transaction(self) -> AbstractContextManager[Connection]:
        """``with store.transaction() as conn:``: the block is stored whole or not at all."""
        return self.conn.transaction()

    def counts(self) -> dict[str, int]:
        return {
            table: int(self.conn.scalar(f"SELECT count(*) FROM {table}") or 0)
            for table in ("articles", "events", "stories")
        }
