"""What spaCy rebuilds on every access to a parsed document, built once per document.

``Doc.ents`` makes a new ``Span`` for every entity each time it is read (and ``Span.ents``
reads it again, for every sentence), and ``Doc.text`` joins every token's text. The rules read
them hundreds of times per article; these helpers give the same values, computed on the first
call for a document and kept while it is one of the last few documents asked about (``KEEP``:
the pipeline codes one article at a time, so the cache holds a handful of documents at most).

They assume what the pipeline guarantees: a document is not changed after it is parsed (no
stage sets ``doc.ents`` or retokenizes it). The spans handed out are shared: read them, never
change their labels.

>>> doc = nlp("Police in Gao said rebels attacked.")  # doctest: +SKIP
>>> doc_ents(doc) == doc.ents, doc_text(doc) == doc.text  # doctest: +SKIP
(True, True)
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token


class _DocIndex:
    """One document's entities (with their starts and ends, for lookups by token), its text,
    and per-token character offsets and title-case flags."""

    __slots__ = ("_by_token", "_ends", "_ents", "_starts", "_text", "_tokens", "doc", "memo")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._text: str | None = None
        self._ents: tuple[Span, ...] | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._by_token: dict[int, Span] = {}
        self._tokens: tuple[list[int], list[int], list[bool]] | None = None
        self.memo: dict[Hashable, Any] = {}

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text
        return self._text

    @property
    def ents(self) -> tuple[Span, ...]:
        if self._ents is None:
            ents = tuple(self.doc.ents)
            self._starts = [e.start for e in ents]
            self._ends = [e.end for e in ents]
            self._by_token = {i: e for e in ents for i in range(e.start, e.end)}
            self._ents = ents
            return ents
        return self._ents

    @property
    def tokens(self) -> tuple[list[int], list[int], list[bool]]:
        """Each token's character offset, its length and whether it is in title case."""
        if self._tokens is None:
            rows = (
                self.doc.to_array(["IDX", "LENGTH", "IS_TITLE"]).tolist() if len(self.doc) else []
            )
            self._tokens = (
                [r[0] for r in rows],
                [r[1] for r in rows],
                [bool(r[2]) for r in rows],
            )
        return self._tokens


T = TypeVar("T")

KEEP = 4  # documents whose values are kept (threads coding articles side by side each need one)
_RECENT: tuple[_DocIndex, ...] = ()  # the most recent first; replaced whole, never changed


def _index(doc: Doc) -> _DocIndex:
    global _RECENT
    recent = _RECENT
    for index in recent:
        if index.doc is doc:  # held here, so no other document can have its id
            return index
    index = _DocIndex(doc)
    _RECENT = (index, *recent[: KEEP - 1])
    return index


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    return _index(doc).text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once."""
    return _index(doc).ents


def span_ents(span: Span) -> list[Span]:
    """``span.ents``: the entities wholly inside ``span`` (as spaCy finds them: from the first
    entity that starts inside it, up to the first that runs past its end)."""
    index = _index(span.doc)
    ents = index.ents
    out = []
    for k in range(bisect.bisect_left(index._starts, span.start), len(ents)):
        if index._ends[k] > span.end:
            break
        out.append(ents[k])
    return out


def entity_at(token: Token) -> Span | None:
    """The entity ``token`` is part of, if any."""
    index = _index(token.doc)
    index.ents  # noqa: B018 - builds the lookup
    return index._by_token.get(token.i)


def known_text(doc: Doc, text: str) -> None:
    """Tell the cache the text ``doc`` was parsed from, which is ``doc.text`` (spaCy's
    tokenizer loses no character): joining a long document's tokens costs milliseconds."""
    _index(doc)._text = text


def token_offsets(doc: Doc) -> tuple[list[int], list[int], list[bool]]:
    """Per token: character offset, length, title case (``Token.is_title``)."""
    return _index(doc).tokens


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start < end <= len(doc)``) without making the span."""
    idx, length, _ = _index(doc).tokens
    return doc_text(doc)[idx[start] : idx[end - 1] + length[end - 1]]


def per_doc(doc: Doc, key: Hashable, make: Callable[[], T]) -> T:
    """``make()``, called once per document and ``key`` (a rule's result for one sentence that
    two stages ask for). What it returns is shared: callers must not change it."""
    memo = _index(doc).memo
    if key not in memo:
        memo[key] = make()
    return memo[key]
