"""The local engine: run the pipeline over articles on this machine, in one or more processes.

It schedules work and holds no extraction logic: each worker process loads one
:class:`~crisislens.pipeline.Pipeline` and turns batches of articles into records. Results come
back in input order. A failure inside one article is recorded and the batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from crisislens.schemas import Article, ArticleRecord, Failure
from crisislens.settings import Settings, one_encoder_thread

log = logging.getLogger(__name__)

_worker_pipeline = None  # one per worker process, set by _init_worker


@dataclass
class RunSummary:
    """What happened to every input: read, coded, skipped or failed (with reasons)."""

    articles: int = 0
    with_events: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)

    def add(self, item: ArticleRecord | Failure) -> None:
        if isinstance(item, Failure):
            self.failures.append(item)
            return
        self.articles += 1
        self.events += len(item.events)
        self.with_events += bool(item.events)

    @property
    def skipped(self) -> list[Failure]:
        return [f for f in self.failures if f.status == "skipped"]

    @property
    def failed(self) -> list[Failure]:
        return [f for f in self.failures if f.status == "failed"]

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "articles_with_events": self.with_events,
            "events": self.events,
            "skipped": len(self.skipped),
            "failed": len(self.failed),
            "failures": [f.model_dump() for f in self.failures],
        }


def process_batch(pipeline, batch: list[Article]) -> list[ArticleRecord | Failure]:
    try:
        return list(pipeline.process(batch))
    except Exception:  # noqa: BLE001 - one bad article must not sink the batch: retry one by one
        results: list[ArticleRecord | Failure] = []
        for article in batch:
            try:
                results.append(pipeline.process_one(article))
            except Exception as err:
                log.exception("extraction failed for %s", article.origin)
                results.append(
                    Failure(
                        origin=article.origin or article.article_id,
                        reason=f"extraction error: {type(err).__name__}: {err}",
                    )
                )
        return results


def _init_worker(settings: Settings) -> None:
    global _worker_pipeline
    from threadpoolctl import threadpool_limits

    from crisislens.pipeline import Pipeline

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    # one BLAS thread per worker: the workers already use every core, and the ACLED head's
    # matrix products would otherwise start a thread per core in each of them
    threadpool_limits(1)
    _worker_pipeline = Pipeline.load(one_encoder_thread(settings))


def _worker_batch(batch: list[Article]) -> list[ArticleRecord | Failure]:
    return process_batch(_worker_pipeline, batch)


def _batches(
    items: Iterable[Article | Failure], size: int
) -> Iterator[tuple[list[Article], list[Failure]]]:
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield (
            [a for a in chunk if isinstance(a, Article)],
            [f for f in chunk if isinstance(f, Failure)],
        )


def run_local(
    items: Iterable[Article | Failure], settings: Settings, workers: int = 1, pipeline=None
) -> Iterator[ArticleRecord | Failure]:
    """Records (and failures) for ``items``, in input order within each batch."""
    size = settings.batch_size
    if workers <= 1:
        if pipeline is None:
            from crisislens.pipeline import Pipeline

            pipeline = Pipeline.load(settings)
        for articles, failures in _batches(items, size):
            yield from failures
            yield from process_batch(pipeline, articles)
        return
    # make sure the gazetteer exists before workers race to build it
    from crisislens.geo.gazetteer import Gazetteer

    Gazetteer.open(settings.gazetteer_path)
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        pending_failures: list[list[Failure]] = []

        def article_batches() -> Iterator[list[Article]]:
            for articles, failures in _batches(items, size):
                pending_failures.append(failures)
                yield articles

        for results in pool.imap(_worker_batch, article_batches()):
            if pending_failures:
                yield from pending_failures.pop(0)
            yield from results
        for failures in pending_failures:
            yield from failures
