"""Read inputs into :class:`~crisislens.schemas.Article` objects, one failure record per bad input.

>>> items = list(read_texts([("a.txt", "Headline\\nPolice arrested 12 protesters in Almaty.")]))
>>> items[0].title, items[0].text.startswith("Headline")
('Headline', True)
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from crisislens.errors import InputError, SkippedInputError
from crisislens.ingest import formats
from crisislens.ingest.language import detect_non_english
from crisislens.schemas import Article, Failure

MAX_CHARS = 2_000_000
_WS = re.compile(r"\s+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


def article_id(text: str) -> str:
    """A stable id: the hash of the text after Unicode and whitespace normalisation."""
    normalised = _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def check_date(value: str | None) -> str | None:
    """Normalise a publication date to YYYY-MM-DD, or raise InputError."""
    if value in (None, ""):
        return None
    match = _DATE.match(str(value).strip())
    if not match:
        raise InputError(f"publication date {value!r} is not YYYY-MM-DD")
    try:
        return date.fromisoformat(match.group(0)).isoformat()
    except ValueError as err:
        raise InputError(f"publication date {value!r} is not a real date") from err


def make_article(
    text: str,
    *,
    origin: str,
    title: str | None = None,
    source_id: str | None = None,
    url: str | None = None,
    published: str | None = None,
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
        published=check_date(published),
        origin=origin,
    )


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls > max(8, len(sample) // 20)


def _decode(data: bytes, origin: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError("binary: the file holds NUL bytes, so it is not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not valid UTF-8 (byte {err.start}); convert it, e.g. `iconv -f latin1 -t utf-8`"
        ) from err


def _headline(text: str) -> str | None:
    """The first line is a headline when it is short, has no end punctuation and text follows."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if rest.strip() and 0 < len(first) <= 200 and not first.endswith((".", "!", "?", ":", ";")):
        return first
    return None


def _text_article(text: str, origin: str, published: str | None) -> Article:
    return make_article(text, origin=origin, title=_headline(text), published=published)


def _html_article(html: str, origin: str, published: str | None) -> Article:
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
    )


def _jsonl_items(text: str, origin: str, published: str | None) -> Iterator[Article | Failure]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise InputError("not a JSON object")
            body = obj.get("text")
            if not isinstance(body, str):
                raise InputError("no 'text' field with a string")
            yield make_article(
                body,
                origin=where,
                title=obj.get("title") if isinstance(obj.get("title"), str) else None,
                source_id=str(obj["id"]) if obj.get("id") is not None else None,
                url=obj.get("url") if isinstance(obj.get("url"), str) else None,
                published=obj.get("published") or published,
            )
        except json.JSONDecodeError as err:
            yield Failure(origin=where, reason=f"bad JSON line: {err.msg} (column {err.colno})")
        except InputError as err:
            yield Failure.from_error(where, err)


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body", "<article", "<div")):
        return "html"
    return "txt"


def read_texts(
    items: Iterable[tuple[str, str]], *, published: str | None = None, kind: str | None = None
) -> Iterator[Article | Failure]:
    """Turn ``(origin, text)`` pairs into Articles, or Failures with their reasons."""
    for origin, text in items:
        fmt = kind or _sniff(text)
        if fmt == "jsonl":
            yield from _jsonl_items(text, origin, published)
            continue
        try:
            reader = _html_article if fmt == "html" else _text_article
            yield reader(text, origin, published)
        except InputError as err:
            yield Failure.from_error(origin, err)


def _kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    return None


def _expand(inputs: Iterable[str]) -> Iterator[str]:
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            # a folder: the files whose suffix names a format we read (README.md is not news)
            yield from sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file()
                and not p.name.startswith(".")
                and p.suffix
                and (_kind_of(p) is not None or formats.kind_of(p) is not None)
            )
        else:
            yield item


def read_inputs(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    columns: dict[str, str] | None = None,
) -> Iterator[Article | Failure]:
    """Read files, folders (recursively) and ``-`` (standard input) into Articles or Failures.

    Besides .txt, .html and .jsonl: RSS/Atom feed files (.rss, .atom, .xml), WARC archives
    (.warc, .warc.gz) and CSV/TSV/Parquet corpora (``columns`` maps text, id, title, url,
    published to the table's column names).
    """
    try:
        published = check_date(published)
    except InputError as err:
        raise InputError(f"--published: {err}") from err
    for item in _expand(inputs):
        try:
            if item == "-":
                text = _decode(sys.stdin.buffer.read(), "<stdin>")
                yield from read_texts([("<stdin>", text)], published=published)
                continue
            path = Path(item)
            if not path.exists():
                raise InputError("no such file")
            special = formats.kind_of(path)
            if special == "warc":
                yield from formats.read_warc(path, _html_article, published)
                continue
            if special == "feed":
                yield from formats.read_feed(path, make_article, published)
                continue
            if special == "table":
                yield from formats.read_table(path, make_article, published, columns)
                continue
            text = _decode(path.read_bytes(), item)
        except InputError as err:
            yield Failure.from_error(item, err)
            continue
        except OSError as err:
            yield Failure(origin=item, reason=f"cannot read: {err.strerror or err}")
            continue
        yield from read_texts([(item, text)], published=published, kind=_kind_of(Path(item)))
