"""Read inputs into :class:`~crisislens.schemas.Article` objects, one failure record per bad input.

Which input source reads a file is the registry's choice (``crisislens.ingest.sources``): by
suffix, and by the first characters where a suffix is shared or the origin is unknown.

>>> items = list(read_texts([("a.txt", "Headline\\nPolice arrested 12 protesters in Almaty.")]))
>>> items[0].title, items[0].text.startswith("Headline")
('Headline', True)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from crisislens.errors import InputError
from crisislens.ingest import sources
from crisislens.ingest.articles import check_date, check_timezone, decode
from crisislens.schemas import Article, Failure


def read_texts(
    items: Iterable[tuple[str, str]], *, published: str | None = None, kind: str | None = None
) -> Iterator[Article | Failure]:
    """Turn ``(origin, text)`` pairs into Articles, or Failures with their reasons. ``kind``
    names the input source (``jsonl``, ``html``, ...); without it each text is sniffed."""
    options = sources.ReadOptions(published=published)
    for origin, text in items:
        source = sources.get(kind) if kind else sources.sniffed(text)
        if source.read_text is None:
            raise ValueError(f"the input source {source.name!r} reads files, not text")
        yield from source.read_text(text, origin, options)


def _expand(inputs: Iterable[str]) -> Iterator[str]:
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            # a folder: the files an input source claims by suffix (README.md is not news)
            yield from sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file()
                and not p.name.startswith(".")
                and p.suffix
                and sources.for_name(p.name) is not None
            )
        else:
            yield item


def _read_one(item: str, options: sources.ReadOptions) -> Iterator[Article | Failure]:
    if item == "-":
        try:
            text = decode(sys.stdin.buffer.read(), "<stdin>")
        except InputError as err:
            yield Failure.from_error("<stdin>", err)
            return
        yield from read_texts([("<stdin>", text)], published=options.published)
        return
    path = Path(item)
    if not path.is_file():
        yield Failure(origin=item, reason="no such file" if not path.exists() else "not a file")
        return
    source = sources.for_path(path)
    if source is not None:
        yield from source.read_path(path, options)
        return
    # a file named by the user that no source claims (no suffix, .md): sniff its text
    try:
        text = decode(path.read_bytes(), item)
    except InputError as err:
        yield Failure.from_error(item, err)
        return
    except OSError as err:
        yield Failure(origin=item, reason=f"cannot read: {err.strerror or err}")
        return
    yield from read_texts([(item, text)], published=options.published)


def read_inputs(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    columns: dict[str, str] | None = None,
    timezone: str | None = None,
) -> Iterator[Article | Failure]:
    """Read files, folders (recursively) and ``-`` (standard input) into Articles or Failures.

    The input sources are listed by ``crisislens.ingest.sources``: plain text, HTML, JSON Lines,
    JSON arrays, RSS/Atom feed files, WARC archives and CSV/TSV/Parquet corpora (``columns``
    maps text, id, title, url, published to the table's column names). ``timezone`` (an IANA
    name) reads the inputs' own timestamps that carry an offset as that zone's day.
    """
    try:
        published = check_date(published)
    except InputError as err:
        raise InputError(f"--published: {err}") from err
    try:
        zone = check_timezone(timezone)
    except InputError as err:
        raise InputError(f"--timezone: {err}") from err
    options = sources.ReadOptions(published=published, columns=columns or {}, timezone=zone)
    for item in _expand(inputs):
        yield from _read_one(item, options)
