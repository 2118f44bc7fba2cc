"""Train the story linker's pair model (src/crisislens/data/link_model.npz) on ECB+ train topics.

    .venv/bin/python eval/train_linker.py --gold ../shared/data/realnews/ecbplus

Data: the gold event mentions of ECB+'s training topics (split.json's train_topics; the dev
topics are for `crisislens eval ecbplus`, the test topics are held out and never read). The news
text is read in place from ../shared, never copied; the artifact holds only weights and two
thresholds.

1. Every training document is featurized exactly as `crisislens link` does (spaCy parse,
   all-MiniLM-L6-v2 context vectors, document similarities).
2. Pairs of mentions within each gold topic, that the hard rules allow, are the examples
   (label: same gold chain).
3. The clustering threshold and the document-grouping threshold are chosen by 5-fold
   cross-validation by topic (CoNLL F1 of the held-out topics, each fold linked jointly).
4. The final model is trained on every training topic.

Takes about 10 minutes on two cores (most of it the parse and the encoder); --cache keeps the
featurized documents for a rerun.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from crisislens.evaluation import coref
from crisislens.evaluation.ecbplus import read_topics
from crisislens.evaluation.ecbplus_link import link_inputs
from crisislens.link.block import block_features
from crisislens.link.features import FEATURES
from crisislens.link.linker import Featurized, TextLinker
from crisislens.link.model import PairModel

ROOT = Path(__file__).resolve().parents[1]
HIDDEN = 32
ALPHA = 1e-3
FOLDS = 5
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
GROUP_THRESHOLDS = (0.85, 0.9, 0.95, 1.0)
# the store's variant leaves out what needs the encoder (see PairModel.load)
VARIANTS = {
    "full": FEATURES,
    "fast": tuple(f for f in FEATURES if f not in ("context_similarity", "sentence_similarity")),
}


def pair_examples(data: Featurized, topic_of: dict[str, int], gold: dict):
    """Compatible pairs within each gold topic: features, labels and the topic."""
    by_topic: dict[int, list[int]] = defaultdict(list)
    for k, m in enumerate(data.mentions):
        by_topic[topic_of[m.doc]].append(k)
    xs, ys, ts = [], [], []
    sim = data.similarity
    for topic, block in by_topic.items():
        members = [data.mentions[k] for k in block]
        pairs, matrix = block_features(members, sim.word_matrix, sim.name_matrix, data.doc_index)
        xs.append(matrix)
        ys.extend(gold[members[i].key] == gold[members[j].key] for i, j in pairs)
        ts.extend([topic] * len(pairs))
    return np.vstack(xs), np.array(ys), np.array(ts)


def fit(x: np.ndarray, y: np.ndarray, features: tuple[str, ...], seed: int = 0) -> PairModel:
    from sklearn.neural_network import MLPClassifier

    x = x[:, [FEATURES.index(f) for f in features]]
    mean, scale = x.mean(0), x.std(0) + 1e-6
    mlp = MLPClassifier(
        hidden_layer_sizes=(HIDDEN,),
        alpha=ALPHA,
        max_iter=200,
        early_stopping=True,
        random_state=seed,
    ).fit((x - mean) / scale, y)
    layers = [
        (w.astype(np.float32), b.astype(np.float32)) for w, b in zip(mlp.coefs_, mlp.intercepts_)
    ]
    return PairModel(features, mean, scale, layers, threshold=0.5, group_threshold=0.9)


def conll(linker: TextLinker, data: Featurized, gold: dict, group: float) -> dict[float, float]:
    """CoNLL F1 of the clustering at each threshold, documents grouped at ``group``."""
    out = {}
    for t, ids in linker.cluster_many(data, THRESHOLDS, group).items():
        response = {m.key: sid for m, sid in zip(data.mentions, ids)}
        out[t] = coref.conll_f1({k: gold[k] for k in response}, response)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="the ECB+ folder")
    parser.add_argument(
        "--output", type=Path, default=ROOT / "src/crisislens/data", help="folder for the models"
    )
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--cache", type=Path, help="keep the featurized documents here")
    args = parser.parse_args()
    started = time.perf_counter()
    docs = read_topics(args.gold, "train")
    inputs, gold = link_inputs(docs)
    placeholder = PairModel(FEATURES, np.zeros(1), np.ones(1), [], 0.5, 0.9)
    linker = TextLinker.load(model=placeholder)
    if args.cache and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = linker.featurize(inputs)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    topic_of = {d.doc_id: d.topic for d in docs}
    x, y, topic = pair_examples(data, topic_of, gold)
    topics = sorted(set(topic_of.values()))
    folds = [topics[i::FOLDS] for i in range(FOLDS)]
    report = {"pairs": len(y), "positive": int(y.sum())}
    for variant in args.variants:
        features = VARIANTS[variant]
        grid = defaultdict(list)
        for fold in folds:
            linker.model = fit(x[~np.isin(topic, fold)], y[~np.isin(topic, fold)], features)
            held = data.subset([d.doc_id for d in docs if d.topic in fold])
            for g in GROUP_THRESHOLDS:
                for t, score in conll(linker, held, gold, g).items():
                    grid[(t, g)].append(score)
        scores = {k: float(np.mean(v)) for k, v in grid.items()}
        (threshold, group_threshold), best = max(scores.items(), key=lambda kv: kv[1])
        model = fit(x, y, features)
        model.threshold, model.group_threshold = threshold, group_threshold
        name = "link_model.npz" if variant == "full" else f"link_model_{variant}.npz"
        model.save(args.output / name)
        report[variant] = {
            "output": str(args.output / name),
            "threshold": threshold,
            "group_threshold": group_threshold,
            "cross_validated_conll_f1": round(best, 4),
            "grid": {f"{t}/{g}": round(v, 4) for (t, g), v in sorted(scores.items())},
        }
        print(json.dumps({variant: report[variant]}), flush=True)
    report["split_sha256"] = hashlib.sha256((args.gold / "split.json").read_bytes()).hexdigest()
    report["seconds"] = round(time.perf_counter() - started)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
