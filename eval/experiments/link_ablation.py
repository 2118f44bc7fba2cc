"""Which evidence carries `crisislens link` on ECB+? Leave one family of features out at a time.

    .venv/bin/python eval/experiments/link_ablation.py --gold ../shared/data/realnews/ecbplus \\
        --cache DIR

For each family (trigger lemma, vectors, arguments and names, time, documents) the shipped kind
of pair model (eval/train_linker.py's ``fit``) is refitted without it, 5-fold cross-validated by
train topic (CoNLL F1 of the held-out topics, at each clustering threshold, document-grouping cut
fixed at the shipped 0.95), then refitted on every train topic and scored on dev at the threshold
cross-validation chose. The test topics are never read. DIR holds ``train.pkl`` and ``dev.pkl``
as eval/experiments/link_pair_models.py caches them.

Result (2026-12-03, on busy cores; CoNLL F1):

| without | CV | dev | dev A / B |
|---|---|---|---|
| nothing | 0.766 | 0.771 | 0.775 / 0.768 |
| lemma | 0.764 | 0.759 | 0.756 / 0.761 |
| vectors | 0.742 | 0.737 | 0.757 / 0.724 |
| encoder | 0.734 | 0.742 | 0.760 / 0.730 |
| arguments | 0.764 | 0.769 | 0.768 / 0.769 |
| time | 0.761 | 0.771 | 0.768 / 0.773 |
| documents | 0.753 | 0.746 | 0.742 / 0.748 |
| numbers | 0.761 | 0.770 | 0.767 / 0.771 |

A feature tried with this script and dropped: the Jaccard of the words of the arguments and
names ("reid" and "tara reid"), CV 0.762, dev 0.759 (A 0.760 / B 0.758).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for train_linker

import train_linker

from crisislens.evaluation.ecbplus_link import score_response
from crisislens.link.features import FEATURES
from crisislens.link.linker import TextLinker
from crisislens.link.model import PairModel

GROUP = 0.95
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
FAMILIES = {
    "none": (),
    "lemma": ("same_lemma", "same_text"),
    "vectors": (
        "word_similarity",
        "context_similarity",
        "sentence_similarity",
        "evidence_similarity",
    ),
    "encoder": ("context_similarity", "sentence_similarity"),
    "arguments": ("argument_overlap", "argument_shared", "name_overlap"),
    "time": ("time_match", "sentence_time_match", "sentence_time_conflict", "published_apart"),
    "documents": ("document_similarity", "document_name_similarity"),
    "numbers": ("number_overlap",),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--families", nargs="+", default=list(FAMILIES))
    args = parser.parse_args()
    docs, gold, data = pickle.loads((args.cache / "train.pkl").read_bytes())
    dev_docs, dev_gold, dev = pickle.loads((args.cache / "dev.pkl").read_bytes())
    topic_of = {d.doc_id: d.topic for d in docs}
    topics = sorted(set(topic_of.values()))
    folds = [topics[i::5] for i in range(5)]
    x, y, topic = train_linker.pair_examples(
        data.mentions, data.similarity, data.doc_index, topic_of, gold
    )
    placeholder = PairModel(FEATURES, np.zeros(1), np.ones(1), [], 0.5, GROUP)
    linker = TextLinker(None, None, placeholder)
    for family in args.families:
        features = tuple(f for f in FEATURES if f not in FAMILIES[family])
        grid: dict[float, list[float]] = {t: [] for t in THRESHOLDS}
        for fold in folds:
            train = ~np.isin(topic, fold)
            linker.model = train_linker.fit(x[train], y[train], features)
            held = data.subset([d.doc_id for d in docs if d.topic in fold])
            for t, ids in linker.cluster_many(held, THRESHOLDS, GROUP).items():
                grid[t].append(train_linker._conll(held.mentions, ids, gold))
        scores = {t: float(np.mean(v)) for t, v in grid.items()}
        threshold, best = max(scores.items(), key=lambda kv: kv[1])
        linker.model = train_linker.fit(x, y, features)
        linker.model.threshold, linker.model.group_threshold = threshold, GROUP
        ids = linker.cluster(dev)
        report = score_response(dev_docs, dev_gold, {m.key: s for m, s in zip(dev.mentions, ids)})
        row = {
            "without": family,
            "cv": round(best, 4),
            "threshold": threshold,
            "dev": round(report["conll_f1"], 4),
            "dev_A": round(report["halves"]["A"]["conll_f1"], 4),
            "dev_B": round(report["halves"]["B"]["conll_f1"], 4),
        }
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
