"""Throughput of the full pipeline against a bare spaCy pass over the same texts.

    .venv/bin/python bench/throughput.py                 # corpus: ../shared geoparsing articles
    .venv/bin/python bench/throughput.py --corpus FILE.jsonl --runs 5 --workers 1 2
    .venv/bin/python bench/throughput.py --workers 1 --ray 0 --encoder-threads 0 --head-off

Timed runs: bare spaCy and the local engine at 1 and 2 workers, and the Ray engine with 2 workers
(a local Ray started for each run, actors loading their pipelines inside the timing).
The corpus is real news: the 429 articles of GeoWebNews and GeoVirus read in place from
../shared/data/geoparsing (not copied), or any JSON Lines file with a "text" field. Each
measurement has a warm-up pass and then --runs timed passes; the median is reported. The bare
spaCy baseline (nlp.pipe over the same texts, same pipeline, same batch size, one process) runs
in the same process, so the ratio compares like with like on a noisy machine.

In one process, the bare pass, the full pipeline and the variants asked for (the ACLED head's
encoder with other thread counts, ``--encoder-threads``; the head off, ``--head-off``; without
the head's top-event head, where it has one) take turns:
each round times every one of them once, so a change of load on a shared machine falls on all
alike. The encoder's sentence cache is emptied before every pass, so no pass reuses another's
vectors.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from _common import emit  # noqa: E402

from crisislens.ingest import make_article  # noqa: E402
from crisislens.settings import Settings  # noqa: E402


def load_corpus(path: Path | None) -> list[str]:
    if path is not None:
        return [
            json.loads(line)["text"]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    from crisislens.evaluation.geoparse import load_gold

    shared = ROOT.parent / "shared" / "data" / "geoparsing"
    if not shared.exists():
        sys.exit("no corpus: pass --corpus FILE.jsonl or put ../shared beside the checkout")
    texts = [a.text for f in ("GWN.xml", "GeoVirus.xml") for a in load_gold(shared / f)]
    return [t for t in texts if t.strip()]


def _rate(times: list[float], n_articles: int, n_words: int) -> dict:
    median = statistics.median(times)
    return {
        "seconds_median": round(median, 3),
        "articles_per_s": round(n_articles / median, 2),
        "words_per_s": round(n_words / median),
        "runs": len(times),
    }


def _median_rate(run, n_articles: int, n_words: int, runs: int) -> dict:
    run()  # warm-up: caches, lazy loads
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return _rate(times, n_articles, n_words)


def _take_turns(passes: dict[str, Callable[[], None]], runs: int) -> dict[str, list[float]]:
    """Time each pass ``runs`` times, one of each per round (after one warm-up round); the
    order turns each round so that no pass always follows the same one."""
    names = list(passes)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(runs + 1):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            started = time.perf_counter()
            passes[name]()
            if round_:  # round 0 warms up: caches, lazy loads
                times[name].append(time.perf_counter() - started)
    return times


def _set_encoder_threads(encoder, threads: int | None) -> bool:
    """Give the head's NumPy encoder(s) another thread cap; False where one cannot change it."""
    if hasattr(encoder, "encoder"):  # nlp.embedder.Cached
        return _set_encoder_threads(encoder.encoder, threads)
    if hasattr(encoder, "encoders"):  # nlp.embedder.Concatenated
        changed = [_set_encoder_threads(e, threads) for e in encoder.encoders]  # every one
        return all(changed)
    if hasattr(encoder, "threads"):  # nlp.embedder.SentenceEmbedder
        encoder.threads = threads
        return True
    return False  # ONNX Runtime's threads are fixed when its session opens


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _bare_worker(args) -> int:
    texts, model = args
    from crisislens.nlp.spacy_model import load_nlp

    nlp = _bare_worker.nlp = getattr(_bare_worker, "nlp", None) or load_nlp(model)
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))


def _single_process(
    pipeline,
    texts: list[str],
    articles: list,
    runs: int,
    encoder_threads: list[int],
    head_off: bool,
) -> dict[str, list[float]]:
    """Bare spaCy, the full pipeline and its variants, taking turns in this process."""
    settings = pipeline.settings
    embedder = pipeline.embedder

    def bare() -> None:
        for _ in pipeline.nlp.pipe(texts, batch_size=settings.batch_size):
            pass

    top_embedder = pipeline.top_embedder

    def full(
        threads: int | None = settings.encoder_threads, head: bool = True, top: bool = True
    ) -> None:
        for encoder in (embedder, top_embedder):
            if encoder is not None:
                encoder.clear()
                _set_encoder_threads(encoder, threads)
        pipeline.top_embedder = top_embedder if top else None
        try:
            if head:
                for _ in pipeline.process(articles):
                    pass
                return
            with pipeline.without_head():
                for _ in pipeline.process(articles):
                    pass
        finally:
            pipeline.top_embedder = top_embedder

    passes: dict[str, Callable[[], None]] = {"spacy_bare_1": bare, "crisislens_local_1": full}
    for threads in encoder_threads:
        changeable = embedder is not None and _set_encoder_threads(embedder, threads)
        if changeable and threads != settings.encoder_threads:
            passes[f"crisislens_local_1_encoder_threads_{threads}"] = partial(full, threads)
    if head_off and embedder is not None:
        passes["crisislens_local_1_head_off"] = partial(full, head=False)
    if top_embedder is not None:  # the head's top-event head and its second encoder left out
        passes["crisislens_local_1_without_top_head"] = partial(full, top=False)
    return _take_turns(passes, runs)


def bench(
    texts: list[str],
    runs: int,
    workers: list[int],
    ray_workers: int = 0,
    encoder_threads: list[int] | None = None,
    head_off: bool = False,
) -> dict:
    from crisislens.engines.local import run_local
    from crisislens.pipeline import Pipeline

    settings = Settings.from_env()
    articles = [make_article(t, origin=f"bench:{i}") for i, t in enumerate(texts)]
    n_words = sum(len(t.split()) for t in texts)
    report: dict = {
        "articles": len(texts),
        "words": n_words,
        "encoder_threads": settings.encoder_threads,
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
        "results": {},
    }
    pipeline = Pipeline.load(settings)
    single = _single_process(pipeline, texts, articles, runs, encoder_threads or [], head_off)
    for name, times in single.items():
        report["results"][name] = _rate(times, len(texts), n_words)
    report["results"]["crisislens_local_1"]["peak_rss_mb"] = round(_peak_rss_mb())
    for n in workers:
        if n <= 1:
            continue

        def multi(n=n) -> None:
            for _ in run_local(articles, settings, workers=n):
                pass

        report["results"][f"crisislens_local_{n}"] = _median_rate(
            multi, len(texts), n_words, max(1, runs // 2)
        )
        chunks = [texts[i::n] for i in range(n)]

        def bare_multi(n=n, chunks=chunks) -> None:
            with mp.get_context("spawn").Pool(n) as pool:
                pool.map(_bare_worker, [(c, settings.spacy_model) for c in chunks])

        report["results"][f"spacy_bare_{n}"] = _median_rate(
            bare_multi, len(texts), n_words, max(1, runs // 2)
        )
    if ray_workers:
        import shutil
        import tempfile

        from crisislens.engines.ray_engine import run_ray

        def on_ray() -> None:
            parts = Path(tempfile.mkdtemp(prefix="crisislens-bench-"))
            try:
                for _ in run_ray(articles, settings, parts, workers=ray_workers):
                    pass
            finally:
                shutil.rmtree(parts, ignore_errors=True)

        report["results"][f"crisislens_ray_{ray_workers}"] = _median_rate(
            on_ray, len(texts), n_words, max(1, runs // 2)
        )
    r = report["results"]
    report["ratio_full_vs_bare_1"] = round(
        r["crisislens_local_1"]["articles_per_s"] / r["spacy_bare_1"]["articles_per_s"], 3
    )
    for name in single:
        if name.startswith("crisislens_local_1_"):
            variant = name.removeprefix("crisislens_local_1_")
            report[f"ratio_full_vs_bare_1_{variant}"] = round(
                r[name]["articles_per_s"] / r["spacy_bare_1"]["articles_per_s"], 3
            )
    report["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    for n in workers:
        if n > 1:
            report[f"ratio_full_vs_bare_{n}"] = round(
                r[f"crisislens_local_{n}"]["articles_per_s"]
                / r[f"spacy_bare_{n}"]["articles_per_s"],
                3,
            )
            report[f"speedup_{n}_vs_1"] = round(
                r[f"crisislens_local_{n}"]["articles_per_s"]
                / r["crisislens_local_1"]["articles_per_s"],
                3,
            )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="JSON Lines with a 'text' field")
    parser.add_argument("--runs", type=int, default=3, help="timed runs (median reported)")
    parser.add_argument(
        "--workers", type=int, nargs="*", default=[1, 2], help="worker counts for the local engine"
    )
    parser.add_argument(
        "--ray",
        type=int,
        default=2,
        metavar="N",
        help="also time the Ray engine with N workers (0: skip)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="K",
        help="use the corpus K times (numbered copies): longer runs amortise "
        "each worker's start-up and show steady-state scaling",
    )
    parser.add_argument(
        "--encoder-threads",
        type=int,
        nargs="*",
        default=[],
        metavar="N",
        help="also time the one-process pipeline with the ACLED head's encoder on N BLAS threads "
        "(0: as many as the library starts), taking turns with the default",
    )
    parser.add_argument(
        "--head-off",
        action="store_true",
        help="also time the one-process pipeline without the ACLED head, taking turns",
    )
    parser.add_argument(
        "--every",
        type=int,
        default=1,
        metavar="K",
        help="use every K-th article of the corpus (a shorter run on a busy machine)",
    )
    parser.add_argument("--output", type=Path, help="also write the report here as JSON")
    args = parser.parse_args()
    texts = load_corpus(args.corpus)[:: max(1, args.every)]
    texts = [f"Copy {k}. {t}" if k else t for k in range(args.repeat) for t in texts]
    report = bench(texts, args.runs, args.workers, args.ray, args.encoder_threads, args.head_off)
    emit(report, args.output)


if __name__ == "__main__":
    main()
