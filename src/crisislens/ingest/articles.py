"""Text -> :class:`~crisislens.schemas.Article`: the checks every input source shares.

``make_article`` validates a text (not empty, not too large, not binary, English) and gives it
its stable id; ``decode`` turns a file's bytes into text; ``html_article`` extracts an HTML
page's main text. Each raises :class:`~crisislens.errors.InputError` with a reason a person can
act on, and the input sources (``crisislens.ingest.sources``) turn it into a Failure.

>>> make_article("Headline\\nPolice arrested 12 protesters.", origin="a.txt").article_id
'2cead027ef167ed9'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crisislens.errors import InputError, SkippedInputError
from crisislens.ingest.language import detect_non_english
from crisislens.schemas import Article

MAX_CHARS = 2_000_000
_WS = re.compile(r"\s+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def article_id(text: str) -> str:
    """A stable id: the hash of the text after Unicode and whitespace normalisation."""
    normalised = _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def check_date(value: str | None, timezone: str | None = None) -> str | None:
    """Normalise a publication date to YYYY-MM-DD, or raise InputError.

    A timestamp that carries its offset is read in ``timezone`` where one is given: the
    newsroom's own day, from which its "on Monday" and "yesterday" count. A Washington outlet's
    ``2025-03-14T03:10:00Z`` is 13 March there; without a timezone the date is as written.
    """
    if value in (None, ""):
        return None
    text = str(value).strip()
    match = _DATE.match(text)
    if not match:
        raise InputError(f"publication date {value!r} is not YYYY-MM-DD")
    try:
        day = date.fromisoformat(match.group(0))
    except ValueError as err:
        raise InputError(f"publication date {value!r} is not a real date") from err
    if timezone and len(text) > len(match.group(0)):
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError:
            stamp = None  # a date followed by something else: the date as written
        if stamp is not None and stamp.tzinfo is not None:
            day = stamp.astimezone(_zone(timezone)).date()
    return day.isoformat()


def check_timezone(name: str | None) -> str | None:
    """``name`` if it is an IANA time zone (``Europe/Kyiv``, ``UTC``), else InputError."""
    if name in (None, ""):
        return None
    _zone(str(name))
    return str(name)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise InputError(
            f"unknown time zone {name!r}: give an IANA name such as 'America/New_York'"
        ) from err


def make_article(
    text: str,
    *,
    origin: str,
    title: str | None = None,
    source_id: str | None = None,
    url: str | None = None,
    published: str | None = None,
    timezone: str | None = None,
) -> Article:
    """Validate ``text`` and wrap it as an Article; raise InputError with a reason if unusable."""
    if not text or not text.strip():
        raise SkippedInputError("empty: the input holds no text")
    if len(text) > MAX_CHARS:
        raise InputError(f"too large: {len(text):,} characters (limit {MAX_CHARS:,}); split it")
    if _looks_binary(text):
        raise InputError("binary: the input is not text")
    lang = detect_non_english(text)
    if lang is not None:
        raise SkippedInputError(f"not English (detected '{lang}'): only English is coded")
    return Article(
        article_id=article_id(text),
        text=text,
        title=title.strip() if title and title.strip() else None,
        source_id=source_id,
        url=url,
        published=check_date(published, timezone),
        origin=origin,
    )


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls > max(8, len(sample) // 20)


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text of a file's bytes (a BOM is dropped); InputError for binary or other encodings."""
    if b"\x00" in data[:8192]:
        raise InputError("binary: the file holds NUL bytes, so it is not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not valid UTF-8 (byte {err.start}); convert it, e.g. `iconv -f latin1 -t utf-8`"
        ) from err


def headline(text: str) -> str | None:
    """The first line is a headline when it is short, has no end punctuation and text follows."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if rest.strip() and 0 < len(first) <= 200 and not first.endswith((".", "!", "?", ":", ";")):
        return first
    return None


def text_article(text: str, origin: str, published: str | None) -> Article:
    """A plain-text article; its first line is the title when it reads as a headline."""
    return make_article(text, origin=origin, title=headline(text), published=published)


def html_article(
    html: str, origin: str, published: str | None, timezone: str | None = None
) -> Article:
    """The main text, title, URL and date of an HTML page (trafilatura), as an Article."""
    import trafilatura

    if not html.strip():
        raise SkippedInputError("empty: the input holds no text")
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise InputError("no main text: the HTML page has no article body that could be extracted")
    meta_date = getattr(extracted, "date", None)
    return make_article(
        text,
        origin=origin,
        title=getattr(extracted, "title", None),
        url=getattr(extracted, "url", None),
        published=published or (meta_date if meta_date and _DATE.match(meta_date) else None),
        timezone=timezone,
    )
