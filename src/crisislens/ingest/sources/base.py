"""What every input source shares: its declaration and the options a read takes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crisislens.errors import InputError
from crisislens.ingest.articles import decode
from crisislens.schemas import Article, Failure

Items = Iterator[Article | Failure]


@dataclass(frozen=True)
class ReadOptions:
    """``published``: the date for inputs that carry none (already checked, YYYY-MM-DD);
    ``columns``: for tables, which column holds text, id, title, url and published;
    ``timezone``: the IANA zone in which an input's own timestamp with an offset is read
    (``ingest.articles.check_date``); None keeps the date as written."""

    published: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    timezone: str | None = None


TextReader = Callable[[str, str, ReadOptions], Items]
FileReader = Callable[[Path, ReadOptions], Items]


@dataclass(frozen=True)
class InputSource:
    """One way in. ``suffixes`` claim files by name (lower case, with the dot: ``.warc.gz``
    counts); ``sniff(head)`` claims a text by its first characters, for standard input and for
    a suffix that several sources share (a ``.json`` file may hold JSON Lines or one array).

    A source reads text (``read_text(text, origin, options)``: standard input, HTTP bodies and
    files alike), or only files (``read_file(path, options)``: WARC, Parquet). Each yields
    Articles, and a Failure with its reason for whatever it cannot read; it never raises for bad
    content.
    """

    name: str
    description: str
    suffixes: tuple[str, ...] = ()
    sniff: Callable[[str], bool] | None = None
    read_text: TextReader | None = None
    read_file: FileReader | None = None

    def read_path(self, path: Path, options: ReadOptions) -> Items:
        """The items of the file ``path``."""
        if self.read_file is not None:
            yield from self.read_file(path, options)
            return
        if self.read_text is None:
            raise TypeError(f"input source {self.name!r} reads neither text nor files")
        try:
            text = decode(path.read_bytes(), str(path))
        except InputError as err:
            yield Failure.from_error(str(path), err)
            return
        except OSError as err:
            yield Failure(origin=str(path), reason=f"cannot read: {err.strerror or err}")
            return
        yield from self.read_text(text, str(path), options)

    def claims(self, name: str) -> bool:
        lower = name.lower()
        return any(lower.endswith(suffix) for suffix in self.suffixes if suffix)
