"""Export formats: one module each, found by name.

A format is a module with a ``FORMAT = ExportFormat(...)`` that declares its name (what
``crisislens export --format`` and ``GET /export?format=`` take), its media type and file
extension, a line for the docs, and ``write(conn, path, flt) -> ExportResult``. The CLI's
choices, the API's enum, ``GET /export/formats`` (and so the dashboard's export buttons) and
the table in docs/STORE.md all come from this registry, so a new format is one module (listed
in ``BUILTIN``) and its test.

Another package can add formats without touching crisislens: an entry point in the group
``crisislens.exports`` that names an ``ExportFormat`` object.

>>> [f.name for f in formats()][:3]
['csv', 'parquet', 'geojson']
>>> get("geojson").media_type
'application/geo+json'
"""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path

from crisislens.store.exports.base import (
    FLAT_COLUMNS,
    Connection,
    ExportFormat,
    ExportResult,
    count_events,
    reporting,
)
from crisislens.store.query import EventFilter

__all__ = [
    "FLAT_COLUMNS",
    "ExportFormat",
    "ExportResult",
    "count_events",
    "export",
    "formats",
    "get",
    "markdown_table",
    "names",
    "reporting",
]

# the modules of the formats crisislens ships, in the order users see them
BUILTIN = (
    "flat_csv",
    "parquet",
    "geojson",
    "plover_json",
    "acled_csv",
    "acled_xlsx",
    "gdelt_csv",
)
ENTRY_POINT_GROUP = "crisislens.exports"


@cache
def _registry() -> dict[str, ExportFormat]:
    found: dict[str, ExportFormat] = {}
    for module in BUILTIN:
        fmt = importlib.import_module(f"{__name__}.{module}").FORMAT
        found[fmt.name] = fmt
    for point in entry_points(group=ENTRY_POINT_GROUP):
        fmt = point.load()
        if not isinstance(fmt, ExportFormat):
            raise TypeError(f"entry point {point.name!r} of {ENTRY_POINT_GROUP} is no ExportFormat")
        found.setdefault(fmt.name, fmt)  # a plug-in cannot replace a built-in format
    return found


def formats() -> list[ExportFormat]:
    """Every registered format, built-in ones first."""
    return list(_registry().values())


def names() -> tuple[str, ...]:
    return tuple(_registry())


def get(name: str) -> ExportFormat:
    """The format called ``name``; a ValueError that lists the choices otherwise."""
    try:
        return _registry()[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(names())}") from None


def export(conn: Connection, name: str, path: Path, flt: EventFilter | None = None) -> ExportResult:
    """Write the (filtered) events to the file ``path`` in the format ``name``."""
    return get(name).write(conn, path, flt or EventFilter())


def markdown_table() -> str:
    """The table of formats in docs/STORE.md (a test checks that the docs hold this table)."""
    lines = ["| format | what | opens in |", "|---|---|---|"]
    lines += [f"| `{f.name}` | {f.description} | {f.opens_in} |" for f in formats()]
    return "\n".join(lines)
