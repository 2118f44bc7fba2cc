"""``warc``: a WARC archive (Common Crawl News included); each HTML response is an article.

A truncated or corrupt archive keeps the records read before the damage and reports where it
stopped.
"""

from __future__ import annotations

from pathlib import Path

from crisislens.errors import InputError
from crisislens.ingest.articles import html_article
from crisislens.ingest.sources.base import InputSource, Items, ReadOptions
from crisislens.schemas import Failure


def read_file(path: Path, options: ReadOptions) -> Items:
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
                date = record.rec_headers.get_header("WARC-Date") or None
                where = f"{origin}#{n}"
                raw = record.content_stream().read()
                try:
                    html = raw.decode("utf-8")
                except UnicodeDecodeError:
                    html = raw.decode("latin-1")
                try:
                    article = html_article(html, where, options.published or date, options.timezone)
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


SOURCE = InputSource(
    name="warc",
    description="a WARC archive: each HTML response record is an article",
    suffixes=(".warc", ".warc.gz", ".arc", ".arc.gz"),
    read_file=read_file,
)
