"""``feed``: an RSS 2.0 or Atom file; each item is an article (its description is the text).

A feed that declares a DTD or entities is refused (no entity expansion, no external fetch).
``parse_feed`` is also what ``crisislens watch`` reads feeds with.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crisislens.errors import InputError
from crisislens.ingest.articles import make_article
from crisislens.ingest.sources.base import InputSource, Items, ReadOptions
from crisislens.schemas import Failure

MAX_FEED_BYTES = 20 * 1024 * 1024
_ATOM = "{http://www.w3.org/2005/Atom}"


def _html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's description)."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        return lxml.html.fromstring(f"<div>{fragment}</div>").text_content().strip()
    except (ValueError, lxml.etree.ParserError):
        return ""


@dataclass(frozen=True)
class FeedItem:
    title: str | None
    link: str | None
    guid: str | None
    text: str
    published: str | None


def parse_feed(data: bytes) -> list[FeedItem]:
    """Items of an RSS 2.0 or Atom document; raises InputError with a reason if unusable.

    The XML parser refuses any DTD or entity declaration, so nothing expands and nothing is
    fetched ("billion laughs", external entities).
    """
    from defusedxml import DefusedXmlException
    from defusedxml import ElementTree as SafeET

    if len(data) > MAX_FEED_BYTES:
        raise InputError(f"feed larger than {MAX_FEED_BYTES:,} bytes")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise InputError(
            f"unsafe feed refused ({type(err).__name__}): it declares a DTD or entities"
        ) from err
    except SafeET.ParseError as err:
        raise InputError(f"not a well-formed feed: {err}") from err
    items = []
    for item in list(root.iter("item")) + list(root.iter(f"{_ATOM}entry")):
        title = _field(item, "title", f"{_ATOM}title")
        body = (
            _field(
                item,
                "{http://purl.org/rss/1.0/modules/content/}encoded",
                "description",
                f"{_ATOM}content",
                f"{_ATOM}summary",
            )
            or ""
        )
        text = _html_text(body)
        if title and text and not text.startswith(title):
            text = f"{title}\n{text}"
        items.append(
            FeedItem(
                title,
                _field(item, "link", f"{_ATOM}link"),
                _field(item, "guid", f"{_ATOM}id"),
                text,
                _feed_date(_field(item, "pubDate", f"{_ATOM}published", f"{_ATOM}updated")),
            )
        )
    return items


def _field(item, *names: str) -> str | None:
    """The first of ``names`` that the feed item has (text, or an Atom link's href)."""
    for name in names:
        node = item.find(name)
        if node is not None:
            return (node.text or node.get("href") or "").strip() or None
    return None


def read_file(path: Path, options: ReadOptions) -> Items:
    """RSS 2.0 or Atom items from a feed file; each item's description is its text."""
    origin = str(path)
    try:
        items = parse_feed(path.read_bytes())
    except InputError as err:
        yield Failure.from_error(origin, err)
        return
    except OSError as err:
        yield Failure(origin=origin, reason=f"cannot read: {err.strerror or err}")
        return
    if not items:
        yield Failure(origin=origin, reason="feed has no items", status="skipped")
        return
    for n, item in enumerate(items, start=1):
        try:
            yield make_article(
                item.text,
                origin=f"{origin}#{n}",
                title=item.title,
                url=item.link,
                source_id=item.guid,
                published=item.published or options.published,
                timezone=options.timezone,
            )
        except InputError as err:
            yield Failure.from_error(f"{origin}#{n}", err)


def _feed_date(value: str | None) -> str | None:
    if not value:
        return None
    from email.utils import parsedate_to_datetime

    if value[:4].isdigit():
        return value  # ISO 8601 (Atom): check_date reads it, in --timezone where one is given
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return None


SOURCE = InputSource(
    name="feed",
    description="an RSS 2.0 or Atom feed file: each item's description is an article",
    suffixes=(".rss", ".atom", ".xml"),
    read_file=read_file,
)
