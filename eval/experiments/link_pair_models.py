"""Would another pair model, or a perfect one on some pairs, lift `crisislens link` on ECB+?

    .venv/bin/python eval/experiments/link_pair_models.py --gold ../shared/data/realnews/ecbplus \\
        --cache $CRISISLENS_CACHE_DIR/link_pair_models [--models mlp lr gb] [--oracle]

Trained on ECB+'s train topics only, exactly as ``eval/train_linker.py`` trains the shipped
``full`` model (compatible pairs within each gold topic, the same features); the clustering
threshold of each model is chosen by 5-fold cross-validation by topic (document-grouping cut
fixed at the shipped 0.95), then the model is refitted on every train topic and scored on the
dev topics (CoNLL F1, both fixed halves). The test topics are never read. Models:

- ``mlp``: the shipped kind (one hidden layer of 32 ReLU units), refitted here;
- ``lr``: logistic regression on the standardised features;
- ``gb``: scikit-learn's histogram gradient boosting (200 trees).

``--oracle`` asks where the errors are: within each held-out fold, the model's probabilities
are replaced by the gold answer (1 or 0) for one kind of pair at a time, within one document,
across documents of one seminal event (ECB+'s grouping of documents), or across documents of
two seminal events, and the held-out CoNLL F1 is reported for each.

Result (2026-12-03, on two busy cores; the shipped model's cross-validated F1 is 0.764, dev
0.7725, A 0.779 / B 0.768):

| model | CV CoNLL F1 | dev | dev A / B |
|---|---|---|---|
| mlp | 0.766 | 0.771 | 0.775 / 0.768 |
| lr | 0.760 | 0.760 | 0.753 / 0.764 |
| gb | 0.756 | 0.767 | 0.777 / 0.761 (grouping cut 0.9, chosen by CV in a first run) |

Other attempts, each no better on cross-validation or on dev: five MLP seeds averaged (CV
0.764, dev 0.772), two hidden layers 64/32 (0.762, 0.772), a cross-fitted prior per pair of
trigger lemmas (CV +0.002 at a fixed threshold), lemma rarity in the collection and argument
word-vector similarity (CV 0.760, dev 0.762), the trigger's MiniLM state from layer 4 or the
mean of layers 3-6 instead of the last (CV 0.764 / 0.761, dev 0.764 / 0.766), and clustering
within each document first (cut 0.45) and across documents second (CV 0.767, dev 0.774, but half
A 0.779 -> 0.773). Oracle (held-out CoNLL F1, mean of the folds, from 0.765): perfect pairs
within one document 0.802, across documents of one seminal event **0.969**, across seminal
events 0.780. The loss is in pairs of reports of one seminal event whose triggers differ (of
7,156 such true pairs in the train topics, 4,754 score below the cut: "checked into" / "entered"
rehab, "hanged himself" / "suicide", a cable "cut" / "damaged"): paraphrase in context, which
these features do not see and a fine-tuned cross-encoder would.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for train_linker

import train_linker

from crisislens.evaluation import coref
from crisislens.evaluation.ecbplus import read_topics
from crisislens.evaluation.ecbplus_link import link_inputs, score_response
from crisislens.link.block import block_features
from crisislens.link.cluster import link_block
from crisislens.link.features import FEATURES
from crisislens.link.linker import Featurized, TextLinker
from crisislens.link.model import PairModel

THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
GROUP = 0.95
FOLDS = 5


def featurized(root: Path, topics: str, cache: Path | None):
    """The documents, gold chains and featurized mentions of ``topics`` (cached)."""
    path = cache / f"{topics}.pkl" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    docs = read_topics(root, topics)
    inputs, gold = link_inputs(docs)
    placeholder = PairModel(FEATURES, np.zeros(1), np.ones(1), [], 0.5, GROUP)
    out = (docs, gold, TextLinker.load(model=placeholder).featurize(inputs))
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(out))
    return out


def fit(kind: str, x: np.ndarray, y: np.ndarray):
    """A function from feature rows to probabilities."""
    if kind == "mlp":
        return train_linker.fit(x, y, train_linker.VARIANTS["full"]).probability
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    columns = [FEATURES.index(f) for f in train_linker.VARIANTS["full"]]
    model = (
        make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
        if kind == "lr"
        else HistGradientBoostingClassifier(max_iter=200, random_state=0)
    ).fit(x[:, columns], y)
    return lambda m: model.predict_proba(m[:, columns])[:, 1]


def cluster(data: Featurized, probability, thresholds, oracle=None) -> dict[float, list[str]]:
    """Story ids per threshold; ``oracle(members)`` may give (which pairs, gold answer)."""
    out = {t: [""] * len(data.mentions) for t in thresholds}
    sim = data.similarity
    for block in data.blocks(GROUP):
        members = [data.mentions[k] for k in block]
        pairs, matrix = block_features(members, sim.word_matrix, sim.name_matrix, data.doc_index)
        n = len(members)
        p = np.zeros((n, n), dtype=np.float32)
        cannot = np.ones((n, n), dtype=bool)
        if pairs:
            rows, cols = np.array(pairs).T
            p[rows, cols] = p[cols, rows] = probability(matrix)
            cannot[rows, cols] = cannot[cols, rows] = False
        np.fill_diagonal(cannot, False)
        if oracle is not None:
            chosen, same = oracle(members)
            p = np.where(chosen, same.astype(np.float32), p)
            cannot = np.where(chosen, ~same, cannot)
        for t in thresholds:
            TextLinker._name(data, block, link_block(p, cannot, t), out[t])
    return out


def conll(mentions, ids, gold) -> float:
    response = {m.key: s for m, s in zip(mentions, ids)}
    return coref.conll_f1({k: gold[k] for k in response}, response)


def oracles(docs, gold):
    group_of = {d.doc_id: d.seminal_group for d in docs}

    def make(kind: str):
        def oracle(members):
            chain = np.array([gold[m.key] for m in members])
            doc = np.array([m.doc for m in members])
            group = np.array([group_of[m.doc] for m in members])
            same_doc = doc[:, None] == doc[None, :]
            same_group = group[:, None] == group[None, :]
            chosen = {
                "within one document": same_doc,
                "across documents of one seminal event": ~same_doc & same_group,
                "across seminal events": ~same_group,
            }[kind]
            return chosen, chain[:, None] == chain[None, :]

        return oracle

    kinds = ("within one document", "across documents of one seminal event")
    return {k: make(k) for k in (*kinds, "across seminal events")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="the ECB+ folder")
    parser.add_argument("--cache", type=Path, help="keep the featurized topics here")
    parser.add_argument("--models", nargs="+", default=["mlp", "lr", "gb"])
    parser.add_argument("--oracle", action="store_true", help="also the oracle table (mlp)")
    args = parser.parse_args()
    docs, gold, data = featurized(args.gold, "train", args.cache)
    dev_docs, dev_gold, dev = featurized(args.gold, "dev", args.cache)
    topic_of = {d.doc_id: d.topic for d in docs}
    x, y, topic = train_linker.pair_examples(
        data.mentions, data.similarity, data.doc_index, topic_of, gold
    )
    topics = sorted({d.topic for d in docs})
    folds = [topics[i::FOLDS] for i in range(FOLDS)]
    for kind in args.models:
        grid: dict[float, list[float]] = defaultdict(list)
        for fold in folds:
            probability = fit(kind, x[~np.isin(topic, fold)], y[~np.isin(topic, fold)])
            held = data.subset([d.doc_id for d in docs if d.topic in fold])
            for t, ids in cluster(held, probability, THRESHOLDS).items():
                grid[t].append(conll(held.mentions, ids, gold))
        scores = {t: float(np.mean(v)) for t, v in grid.items()}
        best = max(scores, key=lambda t: scores[t])
        ids = cluster(dev, fit(kind, x, y), [best])[best]
        report = score_response(dev_docs, dev_gold, {m.key: s for m, s in zip(dev.mentions, ids)})
        halves = " / ".join(f"{h} {v['conll_f1']:.3f}" for h, v in report["halves"].items())
        print(f"{kind}: CV {scores[best]:.4f} at {best}; dev {report['conll_f1']:.4f} ({halves})")
    if args.oracle:
        table: dict[str, list[float]] = defaultdict(list)
        for fold in folds:
            probability = fit("mlp", x[~np.isin(topic, fold)], y[~np.isin(topic, fold)])
            held = data.subset([d.doc_id for d in docs if d.topic in fold])
            table["none"].append(
                conll(held.mentions, cluster(held, probability, [0.25])[0.25], gold)
            )
            for name, oracle in oracles(docs, gold).items():
                ids = cluster(held, probability, [0.25], oracle)[0.25]
                table[name].append(conll(held.mentions, ids, gold))
        for name, values in table.items():
            print(f"perfect pairs {name}: held-out CoNLL F1 {np.mean(values):.4f}")


if __name__ == "__main__":
    main()
