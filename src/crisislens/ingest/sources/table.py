"""``table``: a CSV, TSV or Parquet corpus, one article per row.

``--columns text=body,id=uuid`` maps our fields (text, id, title, url, published) to the
table's column names; a table without a text column says which columns it has.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from crisislens.errors import InputError
from crisislens.ingest.articles import make_article
from crisislens.ingest.sources.base import InputSource, Items, ReadOptions
from crisislens.schemas import Failure

DEFAULT_COLUMNS = {
    "text": "text",
    "id": "id",
    "title": "title",
    "url": "url",
    "published": "published",
}


def read_file(path: Path, options: ReadOptions) -> Items:
    """Rows of a CSV, TSV or Parquet corpus; ``columns`` maps our fields to its column names."""
    mapping = {**DEFAULT_COLUMNS, **options.columns}
    origin = str(path)
    try:
        rows, names = _rows(path)
    except Exception as err:  # noqa: BLE001 - pyarrow and csv raise many kinds on bad files
        yield Failure(origin=origin, reason=f"cannot read table: {type(err).__name__}: {err}")
        return
    if mapping["text"] not in names:
        yield Failure(
            origin=origin,
            reason=f"no text column {mapping['text']!r} (columns: "
            f"{', '.join(names)}); map one with --columns "
            f"text=NAME",
        )
        return
    for n, row in enumerate(rows, start=1):
        values = {
            f: None if row.get(c) in (None, "") else str(row.get(c)) for f, c in mapping.items()
        }
        try:
            yield make_article(
                values["text"] or "",
                origin=f"{origin}:{n}",
                title=values["title"],
                source_id=values["id"],
                url=values["url"],
                published=values["published"] or options.published,
                timezone=options.timezone,
            )
        except InputError as err:
            yield Failure.from_error(f"{origin}:{n}", err)


def _rows(path: Path) -> tuple[Iterator[dict], list[str]]:
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return iter(table.to_pylist()), table.column_names
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(
        io.StringIO(text), delimiter="\t" if path.suffix.lower() == ".tsv" else ","
    )
    return iter(reader), list(reader.fieldnames or [])


SOURCE = InputSource(
    name="table",
    description="a CSV, TSV or Parquet corpus, one article per row (see --columns)",
    suffixes=(".csv", ".tsv", ".parquet"),
    read_file=read_file,
)
