"""The feed watcher: poll RSS/Atom feeds, fetch each new linked page, code it, store it.

One cycle (``watch_once``): for every feed (a URL or a file), read its items; for every item
whose link has not been fetched before, fetch the page politely, extract its main text, and
queue it; then code the queued articles and store them (idempotent by article_id, so the same
story syndicated under two URLs is stored once). Every link ends in the ``fetched`` table with
its status and reason, so a link is never fetched twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from crisislens.errors import InputError
from crisislens.ingest.fetch import Fetcher
from crisislens.ingest.formats import parse_feed
from crisislens.schemas import Article, Failure

log = logging.getLogger(__name__)


@dataclass
class CycleSummary:
    feeds: int = 0
    new_links: int = 0
    stored: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)


def _feed_bytes(feed: str, fetcher: Fetcher) -> bytes:
    if feed.startswith(("http://", "https://")):
        body, _ = fetcher.get(feed)
        return body
    return Path(feed).read_bytes()


def watch_once(
    feeds: list[str], store, pipeline, fetcher: Fetcher, published: str | None = None
) -> CycleSummary:
    from crisislens.ingest.readers import _decode, _html_article
    from crisislens.store.stories import rebuild_stories

    summary = CycleSummary()
    articles: list[Article] = []
    seen = {row[0] for row in store.conn.execute("SELECT url FROM fetched").fetchall()}
    store.release()  # others (serve) may read the database while pages are fetched and coded
    outcomes: list[tuple] = []
    for feed in feeds:
        try:
            items = parse_feed(_feed_bytes(feed, fetcher))
            summary.feeds += 1
        except (InputError, OSError) as err:
            summary.failures.append(Failure(origin=feed, reason=f"feed: {err}"))
            continue
        for item in items:
            if not item.link or item.link in seen:
                continue
            seen.add(item.link)
            summary.new_links += 1
            try:
                body, content_type = fetcher.get(item.link)
                if "html" not in content_type.lower() and not body.lstrip()[:1] == b"<":
                    raise InputError(f"not an HTML page ({content_type or 'no content type'})")
                article = _html_article(
                    _decode(body, item.link), item.link, item.published or published
                )
                article = article.model_copy(
                    update={"url": item.link, "title": article.title or item.title}
                )
                articles.append(article)
                outcomes.append((item.link, feed, "fetched", None, article.article_id))
            except InputError as err:  # FetchError is one
                summary.failures.append(Failure.from_error(item.link, err))
                outcomes.append((item.link, feed, err.status, str(err), None))
    if articles:
        records = list(pipeline.process(articles))
        summary.stored = store.write(zip(articles, records))
        summary.events = sum(len(r.events) for r in records)
    if outcomes:
        store.conn.executemany(
            "INSERT OR REPLACE INTO fetched (url, feed, status, reason, "
            "article_id) VALUES (?, ?, ?, ?, ?)",
            outcomes,
        )
    if summary.stored:
        rebuild_stories(store.conn)
    store.release()
    return summary
