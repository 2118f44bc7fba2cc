"""Fuzz targets for the readers (atheris, coverage-guided). Not part of `make test`.

    .venv/bin/python fuzz/fuzz_readers.py text  -atheris_runs=20000
    .venv/bin/python fuzz/fuzz_readers.py jsonl -atheris_runs=20000
    .venv/bin/python fuzz/fuzz_readers.py html  -atheris_runs=5000
    .venv/bin/python fuzz/fuzz_readers.py feed  -atheris_runs=20000
    .venv/bin/python fuzz/fuzz_readers.py warc  -atheris_runs=20000

Each target feeds arbitrary bytes to one reader; the property is that the reader yields
Articles or Failures (with a reason) and raises nothing. Results are in docs/RELIABILITY.md.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from crisislens.errors import InputError
    from crisislens.ingest import sources
    from crisislens.ingest.articles import decode
    from crisislens.ingest.readers import read_texts
    from crisislens.schemas import Article, Failure

TMP = Path(tempfile.mkdtemp(prefix="crisislens-fuzz-"))
OPTIONS = sources.ReadOptions()


def _check(items) -> None:
    for item in items:
        assert isinstance(item, (Article, Failure)), type(item)
        if isinstance(item, Failure):
            assert item.reason


def _text(data: bytes, kind: str) -> None:
    try:
        text = decode(data, "fuzz")
    except InputError:
        return
    _check(read_texts([("fuzz", text)], kind=kind))


def _file(data: bytes, suffix: str, reader) -> None:
    path = TMP / f"input{suffix}"
    path.write_bytes(data)
    _check(reader(path))


TARGETS = {
    "text": lambda d: _text(d, "txt"),
    "jsonl": lambda d: _text(d, "jsonl"),
    "html": lambda d: _text(d, "html"),
    "json-array": lambda d: _text(d, "json-array"),
    "feed": lambda d: _file(d, ".rss", lambda p: sources.get("feed").read_path(p, OPTIONS)),
    "warc": lambda d: _file(d, ".warc.gz", lambda p: sources.get("warc").read_path(p, OPTIONS)),
}


def main() -> None:
    target = sys.argv.pop(1) if len(sys.argv) > 1 and sys.argv[1] in TARGETS else "text"
    atheris.Setup(sys.argv, TARGETS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
