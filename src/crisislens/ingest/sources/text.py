"""``text``: a plain-text article (.txt); its first line is its title when it reads as one."""

from __future__ import annotations

from crisislens.errors import InputError
from crisislens.ingest.articles import text_article
from crisislens.ingest.sources.base import InputSource, Items, ReadOptions
from crisislens.schemas import Failure


def read_text(text: str, origin: str, options: ReadOptions) -> Items:
    try:
        yield text_article(text, origin, options.published)
    except InputError as err:
        yield Failure.from_error(origin, err)


SOURCE = InputSource(
    name="text",
    description="a plain-text article; a short first line without a full stop is its title",
    suffixes=(".txt", ".text"),
    read_text=read_text,
)
