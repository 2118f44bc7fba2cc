"""Input sources: one module each, found by file suffix or by sniffing the text.

A source is a module with a ``SOURCE = InputSource(...)``: its name, the suffixes it claims,
optionally ``sniff(head)`` (does this text look like mine?), and a reader of text or of files.
``read_inputs`` asks this registry which source reads each file: the sources that claim its
suffix, and among several (``.json`` is JSON Lines or a JSON array) the one whose sniff accepts
the file's first characters. Standard input is sniffed among every source that reads text,
plain text last. A new way in is one module (listed in ``BUILTIN``) and its test; another
package can add one through the ``crisislens.sources`` entry point group.

>>> for_name("feed.rss").name, for_name("corpus.parquet").name, for_name("notes.md")
('feed', 'table', None)
>>> sniffed('[{"text": "..."}]').name, sniffed("<html>...").name, sniffed("Police said").name
('json-array', 'html', 'text')
"""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path

from crisislens.ingest.sources.base import InputSource, Items, ReadOptions

__all__ = ["InputSource", "Items", "ReadOptions", "for_name", "for_path", "sniffed", "sources"]

# the modules of the sources crisislens ships; among sources that claim one suffix, the first
# is the default when no sniff decides
BUILTIN = ("text", "html", "jsonl", "json_array", "feed", "warc", "table")
ENTRY_POINT_GROUP = "crisislens.sources"
SNIFF_CHARS = 4096


@cache
def _registry() -> dict[str, InputSource]:
    found: dict[str, InputSource] = {}
    for module in BUILTIN:
        source = importlib.import_module(f"{__name__}.{module}").SOURCE
        found[source.name] = source
    for point in entry_points(group=ENTRY_POINT_GROUP):
        source = point.load()
        if not isinstance(source, InputSource):
            raise TypeError(f"entry point {point.name!r} of {ENTRY_POINT_GROUP} is no InputSource")
        found.setdefault(source.name, source)
    return found


def sources() -> list[InputSource]:
    return list(_registry().values())


def get(name: str) -> InputSource:
    try:
        return _registry()[name]
    except KeyError:
        choices = ", ".join(_registry())
        raise ValueError(f"unknown input source {name!r}; choose one of {choices}") from None


def _claimants(name: str) -> list[InputSource]:
    lower = name.lower()
    found = [s for s in sources() if s.claims(lower)]
    # the longest suffix wins: "x.warc.gz" is a WARC, not a gzip of something else
    longest = max((len(x) for s in found for x in s.suffixes if lower.endswith(x)), default=0)
    return [s for s in found if any(lower.endswith(x) and len(x) == longest for x in s.suffixes)]


def for_name(name: str, head: str | None = None) -> InputSource | None:
    """The source that reads a file called ``name`` (whose text starts with ``head``, when
    several sources claim its suffix), or None when no source claims it."""
    claimants = _claimants(name)
    if len(claimants) > 1 and head is not None:
        for source in claimants:
            if source.sniff is not None and source.sniff(head):
                return source
    return claimants[0] if claimants else None


def for_path(path: Path) -> InputSource | None:
    """The source that reads the file ``path`` (its first bytes are read only when several
    sources claim its suffix)."""
    if len(_claimants(path.name)) > 1:
        try:
            with path.open("rb") as handle:
                head = handle.read(SNIFF_CHARS).decode("utf-8", errors="replace")
        except OSError:
            head = None
        return for_name(path.name, head)
    return for_name(path.name)


def sniffed(text: str) -> InputSource:
    """The source for a text of unknown origin (standard input): the first text source whose
    sniff accepts it, else plain text."""
    head = text[:SNIFF_CHARS]
    for source in sources():
        if source.read_text is not None and source.sniff is not None and source.sniff(head):
            return source
    return get("text")
