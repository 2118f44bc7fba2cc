"""``json-array``: one JSON array of article objects, as APIs and ``json.dump`` write them:
``[{"id", "text", "title"?, "url"?, "published"?}, ...]``. Each bad element is a Failure with
its index (``file.json[3]``); the other elements go on."""

from __future__ import annotations

import json

from crisislens.errors import InputError
from crisislens.ingest.sources.base import InputSource, Items, ReadOptions
from crisislens.ingest.sources.jsonl import object_article
from crisislens.schemas import Failure


def sniff(head: str) -> bool:
    return head.lstrip().startswith("[")


def read_text(text: str, origin: str, options: ReadOptions) -> Items:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as err:
        yield Failure(
            origin=origin, reason=f"bad JSON: {err.msg} (line {err.lineno}, column {err.colno})"
        )
        return
    if not isinstance(items, list):
        yield Failure(origin=origin, reason="not a JSON array of articles")
        return
    if not items:
        yield Failure(origin=origin, reason="empty: the array holds no articles", status="skipped")
        return
    for index, obj in enumerate(items):
        where = f"{origin}[{index}]"
        try:
            yield object_article(obj, where, options)
        except InputError as err:
            yield Failure.from_error(where, err)


SOURCE = InputSource(
    name="json-array",
    description='one JSON array of articles: [{"id", "text", "title", "url", "published"}, ...]',
    suffixes=(".json",),
    sniff=sniff,
    read_text=read_text,
)
