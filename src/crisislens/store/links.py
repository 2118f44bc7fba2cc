"""The links the feed watcher has tried: which to leave alone, and what came of each try.

A link fetched or skipped (robots.txt, not English, empty) is never fetched again. A link that
failed (a timeout, an HTTP error) is tried again in later cycles, up to ``MAX_ATTEMPTS`` tries
in all; each try is recorded with its status and reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crisislens.store.db import Store

MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class LinkOutcome:
    url: str
    feed: str
    status: str  # fetched, skipped or failed
    reason: str | None = None
    article_id: str | None = None


def settled_links(store: Store, max_attempts: int = MAX_ATTEMPTS) -> set[str]:
    """Links not to fetch again: fetched, skipped, or failed ``max_attempts`` times."""
    rows = store.conn.execute(
        "SELECT url FROM fetched WHERE status <> 'failed' OR coalesce(attempts, 1) >= ?",
        [max_attempts],
    ).fetchall()
    return {row[0] for row in rows}


def failed_attempts(store: Store, urls: Iterable[str]) -> dict[str, int]:
    """How many times each of ``urls`` has failed so far (those that have)."""
    wanted = list(dict.fromkeys(urls))
    if not wanted:
        return {}
    rows = store.conn.execute(
        "SELECT url, coalesce(attempts, 1) FROM fetched WHERE status = 'failed' "
        "AND url IN (SELECT unnest(?))",
        [wanted],
    ).fetchall()
    return {url: int(n) for url, n in rows}


def record(store: Store, outcomes: list[LinkOutcome]) -> None:
    """Record one try of each link, in one transaction: its status, reason and try count."""
    if not outcomes:
        return
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO fetched (url, feed, status, reason, article_id, attempts) "
            "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (url) DO UPDATE SET "
            "feed = excluded.feed, status = excluded.status, reason = excluded.reason, "
            "article_id = excluded.article_id, fetched_at = now()::TIMESTAMP, "
            "attempts = coalesce(fetched.attempts, 1) + 1",
            [(o.url, o.feed, o.status, o.reason, o.article_id) for o in outcomes],
        )
