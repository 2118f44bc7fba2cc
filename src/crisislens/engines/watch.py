"""The feed watcher: poll RSS/Atom feeds, fetch each new linked page, code it, store it.

One cycle (``watch_once``): for every feed (a URL or a file), read its items; for every item
whose link has not been fetched before, fetch the page politely, extract its main text, and
queue it; then code the queued articles and store them (idempotent by article_id, so the same
story syndicated under two URLs is stored once). Every try of a link ends in the ``fetched``
table with its status and reason (``store/links.py``): a link fetched or skipped is never
fetched again; a link that failed (a timeout, a server error) is tried again in the next
cycles, up to three tries in all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crisislens.errors import InputError
from crisislens.ingest.articles import decode, html_article
from crisislens.ingest.fetch import Fetcher
from crisislens.ingest.sources.feed import parse_feed
from crisislens.schemas import Article, Failure
from crisislens.store import links
from crisislens.store.db import Store

log = logging.getLogger(__name__)


@dataclass
class CycleSummary:
    feeds: int = 0
    new_links: int = 0
    retried: int = 0  # links that failed in an earlier cycle, tried again
    stored: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)


def _feed_bytes(feed: str, fetcher: Fetcher) -> bytes:
    if feed.startswith(("http://", "https://")):
        body, _ = fetcher.get(feed)
        return body
    return Path(feed).read_bytes()


def watch_once(
    feeds: list[str],
    store: Store,
    pipeline,
    fetcher: Fetcher,
    published: str | None = None,
    on_link: Callable[[str], None] | None = None,
) -> CycleSummary:
    """One cycle over ``feeds``; ``on_link(url)`` is called after each link is tried (the CLI's
    progress bar)."""
    from crisislens.store.stories import rebuild_stories

    summary = CycleSummary()
    articles: list[Article] = []
    seen = links.settled_links(store)
    store.release()  # others (serve) may read the database while pages are fetched and coded
    outcomes: list[links.LinkOutcome] = []
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
                article = html_article(
                    decode(body, item.link), item.link, item.published or published
                )
                article = article.model_copy(
                    update={"url": item.link, "title": article.title or item.title}
                )
                articles.append(article)
                outcomes.append(
                    links.LinkOutcome(item.link, feed, "fetched", None, article.article_id)
                )
            except InputError as err:  # FetchError is one
                summary.failures.append(Failure.from_error(item.link, err))
                outcomes.append(links.LinkOutcome(item.link, feed, err.status, str(err)))
            if on_link is not None:
                on_link(item.link)
    summary.retried = len(links.failed_attempts(store, (o.url for o in outcomes)))
    summary.new_links -= summary.retried
    if articles:
        records = list(pipeline.process(articles))
        summary.stored = store.write(zip(articles, records))
        summary.events = sum(len(r.events) for r in records)
    links.record(store, outcomes)
    if summary.stored:
        rebuild_stories(store.conn)
    store.release()
    return summary
