"""Engine choice and batching: the one place that decides how articles are coded and stored.

``code_items`` runs articles through the chosen engine (``local`` processes or ``ray``) and
yields a record or a failure for every input. ``code_and_store`` does the same and writes the
records to a store in batches (one transaction each), skipping articles already stored.
Both ``extract`` and ``ingest`` go through here, so the engines behave the same in both.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from crisislens.engines.local import RunSummary, run_local
from crisislens.schemas import Article, ArticleRecord, Failure
from crisislens.settings import Settings

if TYPE_CHECKING:
    from crisislens.store import Store

ENGINES = ("local", "ray")
DEFAULT_WORKERS = {"local": 1, "ray": 2}


def default_workers(engine: str, workers: int | None) -> int:
    """The number of workers asked for, or the engine's default (local 1, Ray 2)."""
    return workers if workers is not None else DEFAULT_WORKERS[engine]


def code_items(
    items: Iterable[Article | Failure],
    settings: Settings,
    *,
    engine: str = "local",
    workers: int | None = None,
    address: str | None = None,
    parts: Path | None = None,
) -> Iterator[ArticleRecord | Failure]:
    """Records (and failures) for ``items`` from the chosen engine.

    The Ray engine writes Parquet partitions into ``parts`` (a temporary folder when none is
    given); a re-run with the same folder skips the articles already finished there.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    n = default_workers(engine, workers)
    if engine == "local":
        yield from run_local(items, settings, workers=n)
        return
    from crisislens.engines.ray_engine import run_ray

    if parts is not None:
        for _, item in run_ray(items, settings, parts, workers=n, address=address):
            yield item
        return
    with tempfile.TemporaryDirectory(prefix="crisislens-parts-") as tmp:
        for _, item in run_ray(items, settings, Path(tmp), workers=n, address=address):
            yield item


@dataclass
class StoreSummary:
    """What ``code_and_store`` did: the run summary plus what reached the database."""

    run: RunSummary = field(default_factory=RunSummary)
    stored: int = 0
    write_seconds: float = 0.0


def code_and_store(
    items: Iterable[Article | Failure],
    store: Store,
    settings: Settings,
    *,
    engine: str = "local",
    workers: int | None = None,
    address: str | None = None,
    parts: Path | None = None,
    on_item: Callable[[ArticleRecord | Failure], None] | None = None,
) -> StoreSummary:
    """Code ``items`` and store them in batches of ``settings.batch_size``, one transaction each.

    Articles already stored (or read twice in this run) are skipped with the reason "already
    stored", before any coding. ``on_item`` is called for every record and failure (a progress
    bar's update).
    """
    summary = StoreSummary()
    pending: dict[str, Article] = {}

    def remember(stream: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        for item in stream:
            if isinstance(item, Article):
                if item.article_id in pending or store.known([item.article_id]):
                    summary.run.failures.append(
                        Failure(
                            origin=item.origin or item.article_id,
                            reason="already stored",
                            status="skipped",
                        )
                    )
                    continue
                pending[item.article_id] = item
            yield item

    batch: list[tuple[Article, ArticleRecord]] = []

    def flush() -> None:
        started = time.perf_counter()
        summary.stored += store.write(batch)
        summary.write_seconds += time.perf_counter() - started
        batch.clear()

    coded = code_items(
        remember(items), settings, engine=engine, workers=workers, address=address, parts=parts
    )
    for item in coded:
        summary.run.add(item)
        if on_item is not None:
            on_item(item)
        if isinstance(item, ArticleRecord):
            batch.append((pending.pop(item.article_id), item))
        if len(batch) >= settings.batch_size:
            flush()
    if batch:
        flush()
    return summary
