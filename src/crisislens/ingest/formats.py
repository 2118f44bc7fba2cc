"""More ways in: RSS/Atom feed files, WARC archives, CSV and Parquet corpora.

Each reader yields Articles or Failures, never raises for bad content: a feed that declares a
DTD or entities is refused (no entity expansion, no external fetch), a truncated WARC keeps the
records read before the damage and reports where it stopped, a table without a text column says
which columns it has.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from crisislens.errors import InputError
from crisislens.schemas import Article, Failure

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
TABLE_SUFFIXES = {".csv", ".tsv", ".parquet"}
DEFAULT_COLUMNS = {
    "text": "text",
    "id": "id",
    "title": "title",
    "url": "url",
    "published": "published",
}
MAX_FEED_BYTES = 20 * 1024 * 1024
_ATOM = "{http://www.w3.org/2005/Atom}"


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if any(name.endswith(s) for s in WARC_SUFFIXES):
        return "warc"
    if path.suffix.lower() in FEED_SUFFIXES:
        return "feed"
    if path.suffix.lower() in TABLE_SUFFIXES:
        return "table"
    return None


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


def read_feed(path: Path, make, published: str | None) -> Iterator[Article | Failure]:
    """RSS 2.0 or Atom items from a feed file; each item's description is its text."""
    origin = str(path)
    try:
        items = parse_feed(path.read_bytes())
    except InputError as err:
        yield Failure.from_error(origin, err)
        return
    if not items:
        yield Failure(origin=origin, reason="feed has no items", status="skipped")
        return
    for n, item in enumerate(items, start=1):
        try:
            yield make(
                item.text,
                origin=f"{origin}#{n}",
                title=item.title,
                url=item.link,
                source_id=item.guid,
                published=item.published or published,
            )
        except InputError as err:
            yield Failure.from_error(f"{origin}#{n}", err)


def _feed_date(value: str | None) -> str | None:
    if not value:
        return None
    from email.utils import parsedate_to_datetime

    if value[:4].isdigit():
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def read_warc(path: Path, html_article, published: str | None) -> Iterator[Article | Failure]:
    """HTML response records of a WARC (Common Crawl News included) become articles."""
    from warcio.archiveiterator import ArchiveIterator

    origin = str(path)
    n = 0
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    continue
                mime = (
                    (record.http_headers.get_header("Content-Type") or "")
                    if record.http_headers
                    else ""
                )
                if "html" not in mime.lower():
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                where = f"{origin}#{n}"
                raw = record.content_stream().read()
                try:
                    html = raw.decode("utf-8")
                except UnicodeDecodeError:
                    html = raw.decode("latin-1")
                try:
                    article = html_article(html, where, published or date)
                    yield article.model_copy(update={"url": article.url or url})
                except InputError as err:
                    yield Failure.from_error(where, err)
    except Exception as err:  # noqa: BLE001 - warcio and gzip raise many kinds on damage
        yield Failure(
            origin=origin,
            reason=f"truncated or corrupt archive after {n} HTML "
            f"records ({type(err).__name__}: {err})",
        )
        return
    damage = _gzip_damage(path)
    if damage:  # warcio stops quietly at a cut gzip member: say so
        yield Failure(
            origin=origin, reason=f"truncated or corrupt archive after {n} HTML records ({damage})"
        )


def _gzip_damage(path: Path) -> str | None:
    """Why a .gz file is damaged (read to its end), or None when it is whole."""
    if not path.name.lower().endswith(".gz"):
        return None
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") as handle:
            while handle.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as err:
        return f"{type(err).__name__}: {err}"
    return None


def read_table(
    path: Path, make, published: str | None, columns: dict[str, str] | None
) -> Iterator[Article | Failure]:
    """Rows of a CSV, TSV or Parquet corpus; ``columns`` maps our fields to its column names."""
    mapping = {**DEFAULT_COLUMNS, **(columns or {})}
    origin = str(path)
    try:
        rows, names = _rows(path)
    except Exception as err:  # noqa: BLE001 - pyarrow and csv raise many kinds on bad files
        yield Failure(origin=origin, reason=f"cannot read table: {type(err).__name__}: {err}")
        return
    if mapping["text"] not in names:
        yield Failure(
            origin=origin,
            reason=f"no text column {mapping['text']!r} (columns: "
            f"{', '.join(names)}); map one with --columns "
            f"text=NAME",
        )
        return
    for n, row in enumerate(rows, start=1):
        values = {
            f: None if row.get(c) in (None, "") else str(row.get(c)) for f, c in mapping.items()
        }
        try:
            yield make(
                values["text"] or "",
                origin=f"{origin}:{n}",
                title=values["title"],
                source_id=values["id"],
                url=values["url"],
                published=(values["published"] or "")[:10] or published,
            )
        except InputError as err:
            yield Failure.from_error(f"{origin}:{n}", err)


def _rows(path: Path) -> tuple[Iterator[dict], list[str]]:
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return iter(table.to_pylist()), table.column_names
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(
        io.StringIO(text), delimiter="\t" if path.suffix.lower() == ".tsv" else ","
    )
    return iter(reader), list(reader.fieldnames or [])
