"""``jsonl``: JSON Lines, one article per line: ``{"id", "text", "title"?, "url"?,
"published"?}``. A bad line is a Failure with its line number; the other lines go on."""

from __future__ import annotations

import json
from typing import Any

from crisislens.errors import InputError
from crisislens.ingest.articles import make_article
from crisislens.ingest.sources.base import InputSource, Items, ReadOptions
from crisislens.schemas import Article, Failure


def object_article(obj: Any, origin: str, options: ReadOptions) -> Article:
    """An article from one JSON object of the record format's input fields."""
    if not isinstance(obj, dict):
        raise InputError("not a JSON object")
    body = obj.get("text")
    if not isinstance(body, str):
        raise InputError("no 'text' field with a string")
    return make_article(
        body,
        origin=origin,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        source_id=str(obj["id"]) if obj.get("id") is not None else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        published=obj.get("published") or options.published,
        timezone=options.timezone,
    )


def sniff(head: str) -> bool:
    return head.lstrip().startswith("{")


def read_text(text: str, origin: str, options: ReadOptions) -> Items:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            yield object_article(json.loads(line), where, options)
        except json.JSONDecodeError as err:
            yield Failure(origin=where, reason=f"bad JSON line: {err.msg} (column {err.colno})")
        except InputError as err:
            yield Failure.from_error(where, err)


SOURCE = InputSource(
    name="jsonl",
    description='JSON Lines, one article per line: {"id", "text", "title", "url", "published"}',
    suffixes=(".jsonl", ".ndjson", ".json"),
    sniff=sniff,
    read_text=read_text,
)
