"""The Ray engine: the same pipeline, scaled out with Ray Data (``--engine ray``).

Articles become a Ray Dataset; ``map_batches`` runs them through an actor pool in which each
actor holds one loaded :class:`~crisislens.pipeline.Pipeline`; the coded records are written as
Parquet partitions (one file per block) into a parts folder; the caller reads them back (and
``ingest`` loads them into DuckDB). A re-run with the same parts folder skips the articles whose
partitions were finished, so an interrupted run resumes where it stopped. It runs on a local
Ray started here, or on an existing cluster (``address``). Like the local engine, it holds no
extraction logic.

Ray is an optional extra: ``pip install crisislens[ray]`` (``make install`` includes it).
"""

from __future__ import annotations

import logging
import math
import socket
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from crisislens.errors import ResourceError
from crisislens.schemas import Article, ArticleRecord, Failure
from crisislens.settings import Settings, one_encoder_thread

log = logging.getLogger(__name__)

PARTITION_ARTICLES = 64


class PipelineBatch:
    """A Ray Data actor: one pipeline per actor process, batches of articles in, records out."""

    def __init__(self, settings: Settings) -> None:
        from crisislens.pipeline import Pipeline

        # the actors share the machine's cores between them: none takes a second
        self.pipeline = Pipeline.load(one_encoder_thread(settings))

    def __call__(self, batch: dict) -> dict:
        from crisislens.engines.local import process_batch

        articles = [Article.model_validate_json(a) for a in batch["article"]]
        results = process_batch(self.pipeline, articles)
        return {
            "article_id": [a.article_id for a in articles],
            "article": list(batch["article"]),
            "record": [
                r.model_dump_json() if isinstance(r, ArticleRecord) else "" for r in results
            ],
            "failure": [r.model_dump_json() if isinstance(r, Failure) else "" for r in results],
        }


def finished_ids(parts: Path) -> set[str]:
    """Article ids in the complete Parquet partitions of ``parts`` (a broken file is dropped)."""
    import pyarrow.parquet as pq

    done: set[str] = set()
    for path in sorted(parts.glob("*.parquet")):
        try:
            done.update(pq.read_table(path, columns=["article_id"]).column(0).to_pylist())
        except Exception:  # noqa: BLE001 - a partition cut by a crash: redo its articles
            log.warning("dropping unreadable partition %s", path)
            path.unlink(missing_ok=True)
    return done


def read_parts(parts: Path) -> Iterator[tuple[Article, ArticleRecord | Failure]]:
    import pyarrow.parquet as pq

    for path in sorted(parts.glob("*.parquet")):
        table = pq.read_table(path)
        for article, record, failure in zip(
            table.column("article").to_pylist(),
            table.column("record").to_pylist(),
            table.column("failure").to_pylist(),
        ):
            parsed = Article.model_validate_json(article)
            if record:
                yield parsed, ArticleRecord.model_validate_json(record)
            else:
                yield parsed, Failure.model_validate_json(failure)


def check_reachable(address: str | None, timeout: float = 5.0) -> None:
    """A clear error now for a cluster address nothing answers at: Ray itself retries an
    unreachable address for minutes. ``auto`` and a local Ray (None) are not checked."""
    if not address or address == "auto":
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        raise ResourceError(
            f"--ray-address {address!r}: use HOST:PORT (e.g. 10.0.0.5:6379) or ray://HOST:PORT"
        )
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as err:
        raise ResourceError(
            f"no Ray cluster answers at {address} ({err}); start one with `ray start --head` "
            "or leave out --ray-address to run Ray here"
        ) from err


def run_ray(
    items: Iterable[Article | Failure],
    settings: Settings,
    parts: Path,
    workers: int = 2,
    address: str | None = None,
) -> Iterator[tuple[Article | None, ArticleRecord | Failure]]:
    """Code ``items`` on Ray; yield (article, record) for every article, (None, failure) for
    every input that could not be read. Records come from the parts folder."""
    try:
        import ray
        import ray.data
    except ImportError as err:
        raise ResourceError(
            "the Ray engine needs Ray: pip install 'crisislens[ray]' (make install includes it)"
        ) from err
    from crisislens.geo.gazetteer import Gazetteer

    parts.mkdir(parents=True, exist_ok=True)
    articles: list[Article] = []
    for item in items:
        if isinstance(item, Failure):
            yield None, item
        else:
            articles.append(item)
    done = finished_ids(parts)
    pending = [a for a in articles if a.article_id not in done]
    if pending:
        Gazetteer.open(settings.gazetteer_path)  # build it once, before the actors race to
        started_here = not ray.is_initialized()
        if started_here:
            check_reachable(address)
            ray.init(
                address=address,
                num_cpus=None if address else workers,
                include_dashboard=False,
                log_to_driver=False,
                ignore_reinit_error=True,
                logging_level=logging.ERROR,
            )
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False  # our own summary says what happened
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        try:
            blocks = max(1, math.ceil(len(pending) / PARTITION_ARTICLES))
            dataset = ray.data.from_items(
                [{"article": a.model_dump_json()} for a in pending], override_num_blocks=blocks
            )
            coded = dataset.map_batches(
                PipelineBatch,
                fn_constructor_kwargs={"settings": settings},
                batch_size=settings.batch_size,
                batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=workers),
            )
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # "fewer blocks than actors"
                coded.write_parquet(str(parts))
        finally:
            if started_here:
                ray.shutdown()
    wanted = {a.article_id for a in articles}
    seen: set[str] = set()
    for article, record in read_parts(parts):
        if article.article_id in wanted and article.article_id not in seen:
            seen.add(article.article_id)
            yield article, record
