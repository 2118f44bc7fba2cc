"""CPU seconds of the rules alone: ``Pipeline._coded`` over documents parsed once beforehand.

    .venv/bin/python bench/coded_cpu.py                       # every 2nd article, 3 repeats
    .venv/bin/python bench/coded_cpu.py --every 1 --repeat 5 --profile /tmp/coded.prof

The throughput benchmark times the parse, the rules and the ACLED head together, and its spread
on a shared machine is as wide as a session's change to the rules. This one parses the corpus
(the same as bench/throughput.py) once, codes a warm-up of 20 articles, then times the rules
(places, actors, events, grouping, tone: everything after the parse and before the ACLED head)
over the same documents ``--repeat`` times in CPU seconds of this process (``time.process_time``),
which another process's load moves far less than wall time. Compare two commits by running it
in each checkout one after the other, taking turns. ``--profile`` writes one more pass as a
cProfile file (``python -m pstats FILE``).
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from _common import emit  # noqa: E402
from throughput import load_corpus  # noqa: E402

from crisislens.ingest import make_article  # noqa: E402
from crisislens.nlp.doc_cache import known_text  # noqa: E402
from crisislens.nlp.normalise import parse_text  # noqa: E402
from crisislens.pipeline import Pipeline  # noqa: E402
from crisislens.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help="JSON Lines with a 'text' field")
    parser.add_argument("--every", type=int, default=2, help="use every K-th article (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (median reported)")
    parser.add_argument("--profile", type=Path, help="also write one pass's cProfile here")
    parser.add_argument("--output", type=Path, help="also write the report here as JSON")
    args = parser.parse_args()
    texts = load_corpus(args.corpus)[:: max(args.every, 1)]
    articles = [make_article(t, origin=f"bench:{i}") for i, t in enumerate(texts)]
    pipeline = Pipeline.load(Settings.from_env())
    parsed = [parse_text(a.text) for a in articles]
    docs = list(pipeline.nlp.pipe(parsed, batch_size=pipeline.settings.batch_size))
    for doc, text in zip(docs, parsed):
        known_text(doc, text)
    pairs = list(zip(docs, articles))
    for doc, article in pairs[:20]:
        pipeline._coded(doc, article)  # warm-up: lazy tables and caches
    runs = []
    for _ in range(max(args.repeat, 1)):
        start = time.process_time()
        for doc, article in pairs:
            pipeline._coded(doc, article)
        runs.append(round(time.process_time() - start, 3))
    if args.profile:
        with cProfile.Profile() as profile:
            for doc, article in pairs:
                pipeline._coded(doc, article)
        profile.dump_stats(args.profile)
    report = {
        "articles": len(pairs),
        "words": sum(len(t.split()) for t in texts),
        "coded_cpu_seconds": runs,
        "coded_cpu_seconds_median": statistics.median(runs),
    }
    emit(report, args.output)


if __name__ == "__main__":
    main()
