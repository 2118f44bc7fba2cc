"""``html``: a web page; its main text, title, URL and date are extracted (trafilatura)."""

from __future__ import annotations

from crisislens.errors import InputError
from crisislens.ingest.articles import html_article
from crisislens.ingest.sources.base import InputSource, Items, ReadOptions
from crisislens.schemas import Failure

_STARTS = ("<!doctype html", "<html", "<?xml", "<head", "<body", "<article", "<div")


def sniff(head: str) -> bool:
    return head.lstrip()[:200].lower().startswith(_STARTS)


def read_text(text: str, origin: str, options: ReadOptions) -> Items:
    try:
        yield html_article(text, origin, options.published, options.timezone)
    except InputError as err:
        yield Failure.from_error(origin, err)


SOURCE = InputSource(
    name="html",
    description="a web page: its main text, without menus and footers, with its title and date",
    suffixes=(".html", ".htm", ".xhtml"),
    sniff=sniff,
    read_text=read_text,
)
