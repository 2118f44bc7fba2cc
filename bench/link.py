"""Speed of `crisislens link`: seconds to link about 1,800 given event mentions, on the CPU.

    .venv/bin/python bench/link.py --gold ../shared/data/realnews/ecbplus --runs 3

The collection is ECB+'s dev topics plus training topics in order until it holds --mentions gold
event mentions (about the size of the held-out test split, which is never read). Each run links
the whole collection jointly, exactly as `crisislens link` does: parse, sentence encoder, pair
features, pair model, clustering. Reported: the median of --runs after a warm-up on one topic,
the time of each stage, and a bare spaCy pass over the same texts in the same process, so that
the figure can be read against the machine's speed at that moment.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from _common import emit

from crisislens.evaluation.ecbplus import read_topics, topics
from crisislens.evaluation.ecbplus_link import link_inputs
from crisislens.link.linker import TextLinker
from crisislens.link.model import PairModel


def collection(root: Path, mentions: int):
    docs = read_topics(root, "dev")
    for topic in topics(root, "train"):
        if sum(len(d.events) for d in docs) >= mentions:
            break
        docs += read_topics(root, str(topic))
    return link_inputs(docs)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="the ECB+ folder")
    parser.add_argument("--mentions", type=int, default=1800)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fast", action="store_true", help="the linker without its encoder")
    parser.add_argument("--output", type=Path, help="also write the report here")
    args = parser.parse_args()
    inputs = collection(args.gold, args.mentions)
    linker = TextLinker.load(
        model=PairModel.load(variant="fast" if args.fast else "full"), encoder=not args.fast
    )
    linker.link(inputs[:20])  # warm-up
    runs, stages = [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        data = linker.featurize(inputs)
        featurized = time.perf_counter()
        linker.cluster(data)
        done = time.perf_counter()
        runs.append(done - started)
        stages.append(
            {"read_and_encode": featurized - started, "pairs_and_cluster": done - featurized}
        )
        bare_started = time.perf_counter()
        for _ in linker.nlp.pipe((i.text for i in inputs), batch_size=16):
            pass
        stages[-1]["bare_spacy_pass"] = time.perf_counter() - bare_started
    emit(
        {
            "documents": len(inputs),
            "mentions": sum(len(i.spans) for i in inputs),
            "variant": "fast" if args.fast else "full",
            "runs": args.runs,
            "seconds_median": round(statistics.median(runs), 1),
            "seconds": [round(r, 1) for r in runs],
            "stages": [{k: round(v, 1) for k, v in s.items()} for s in stages],
        },
        args.output,
    )


if __name__ == "__main__":
    main()
