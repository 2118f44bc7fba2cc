"""Train the story linker's pair models (src/crisislens/data/link_model*.npz) on ECB+ train topics.

    .venv/bin/python eval/train_linker.py --gold ../shared/data/realnews/ecbplus

Data: ECB+'s training topics (split.json's train_topics; the dev topics are for `crisislens eval
ecbplus`, the test topics are held out and never read). The news text is read in place from
../shared, never copied; the artifacts hold only weights and thresholds. Three models:

- ``full`` (`link_model.npz`, for `crisislens link`): the gold event mentions, featurized exactly
  as `link` does (spaCy parse, all-MiniLM-L6-v2 context vectors, document similarities);
- ``fast`` (`link_model_fast.npz`, `link --fast`): the same without the encoder's evidence;
- ``store`` (`link_model_store.npz`, `ingest` and `stories`): crisislens's own coded events, as
  the store links them (type, actor, recipient, place, date, figures, word vectors; no parse),
  each labelled with the gold chain of a gold mention its trigger overlaps (events that overlap
  none are left out of training);
- ``partners`` (`link_model_partners.npz`, the second reading of `crisislens link`,
  link/partners.py): the pair features with the first reading's probability and the cosine of
  the two mentions' rows of first probabilities. Its examples are the pairs of the linker's own
  blocks (document groups at the full model's cut) of each fold's topics, read by a first model
  (one network) fitted on the other folds' topics, so that it learns from first readings of
  topics the first model had not seen, as on new text.

For each: pairs within each gold topic that the hard rules allow are the examples (label: same
gold chain); the clustering threshold (and, for the text models, the document-grouping cut) is
chosen by 5-fold cross-validation by topic (CoNLL F1 of the held-out topics); the final model is
trained on every training topic (the text models as the mean of ``MEMBERS`` networks from
different seeds, :func:`fit_members`). Features that never vary in a model's training data are left out
of it. About 15 minutes on two cores; --cache keeps the featurized documents for a rerun.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import numpy as np

from crisislens.evaluation import coref
from crisislens.evaluation.ecbplus import Document, read_topics
from crisislens.evaluation.ecbplus_link import link_inputs
from crisislens.link.block import block_features
from crisislens.link.cluster import link_block
from crisislens.link.documents import DocumentSimilarity
from crisislens.link.features import FEATURES, PARTNER_FEATURES
from crisislens.link.linker import Featurized, TextLinker
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.model import SPACE, PairModel
from crisislens.link.partners import partner_columns
from crisislens.link.stories import StoryLinker

ROOT = Path(__file__).resolve().parents[1]
HIDDEN = 32
ALPHA = 1e-3
FOLDS = 5
MEMBERS = 5  # networks averaged in a shipped text model (link/model.py)
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6)
GROUP_THRESHOLDS = (0.85, 0.9, 0.95, 1.0)
_ENCODER = ("context_similarity", "sentence_similarity")
# a coded event has no parse of its own: no part of speech, sentence number or sentence dates
_PARSE_ONLY = (
    "sentence_gap",
    "sentence_time_match",
    "sentence_time_conflict",
    "number_overlap",
    "both_verbs",
    "both_nouns",
    "count_match",
    "count_conflict",
)
VARIANTS = {
    "full": FEATURES,
    "fast": tuple(f for f in FEATURES if f not in _ENCODER),
    "store": tuple(f for f in FEATURES if f not in _ENCODER + _PARSE_ONLY),
    "partners": FEATURES + PARTNER_FEATURES,
}
FILES = {
    "full": "link_model.npz",
    "fast": "link_model_fast.npz",
    "store": "link_model_store.npz",
    "partners": "link_model_partners.npz",
}
ONE_DAY = datetime(2020, 6, 1)  # any day: only that it is one
NEGATIVES_PER_POSITIVE = (
    10  # the store's training pairs: all positives, at most this many negatives
)


def pair_examples(mentions: list[LinkMention], similarity, doc_index, topic_of, label_of):
    """Compatible pairs within each gold topic: features, labels and the topic."""
    by_topic: dict[int, list[LinkMention]] = defaultdict(list)
    for m in mentions:
        by_topic[topic_of[m.doc]].append(m)
    xs, ys, ts = [], [], []
    for topic, members in by_topic.items():
        pairs, matrix = block_features(
            members, similarity.word_matrix, similarity.name_matrix, doc_index
        )
        xs.append(matrix)
        ys.extend(label_of[members[i].key] == label_of[members[j].key] for i, j in pairs)
        ts.extend([topic] * len(pairs))
    return np.vstack(xs), np.array(ys), np.array(ts)


def fit(x: np.ndarray, y: np.ndarray, features: tuple[str, ...], seed: int = 0) -> PairModel:
    from sklearn.neural_network import MLPClassifier

    columns = [SPACE.index(f) for f in features]
    varied = [c for c in columns if x[:, c].std() > 1e-6]  # a constant says nothing
    x = x[:, varied]
    mean, scale = x.mean(0), x.std(0)
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
    names = tuple(SPACE[c] for c in varied)
    return PairModel(names, mean, scale, layers, threshold=0.5, group_threshold=0.9)


def fit_members(
    x: np.ndarray, y: np.ndarray, features: tuple[str, ...], members: int = MEMBERS
) -> PairModel:
    """The mean of ``members`` networks fitted from seeds 0, 1, ...: one network's dev score
    moves by about 0.005 CoNLL F1 with its seed alone (cross-validation, which only picks the
    thresholds, fits one network per fold)."""
    networks = [fit(x, y, features, seed) for seed in range(members)]
    model = networks[0]
    model.members = [n.layers for n in networks[1:]]
    return model


def _conll(mentions, ids, label_of) -> float:
    response = {m.key: sid for m, sid in zip(mentions, ids)}
    return coref.conll_f1({k: label_of[k] for k in response}, response)


def cross_validate(variant, folds, x, y, topic, evaluate) -> tuple[dict, dict]:
    """Mean held-out CoNLL F1 per setting; ``evaluate(model, fold)`` -> {setting: score}."""
    grid = defaultdict(list)
    for fold in folds:
        train = ~np.isin(topic, fold)
        for setting, score in evaluate(fit(x[train], y[train], VARIANTS[variant]), fold).items():
            grid[setting].append(score)
    return {k: float(np.mean(v)) for k, v in grid.items()}, grid


def text_variant(variant, args, docs, linker, data: Featurized, gold, folds) -> dict:
    topic_of = {d.doc_id: d.topic for d in docs}
    x, y, topic = pair_examples(data.mentions, data.similarity, data.doc_index, topic_of, gold)

    def evaluate(model, fold):
        linker.model = model
        held = data.subset([d.doc_id for d in docs if d.topic in fold])
        out = {}
        for g in GROUP_THRESHOLDS:
            for t, ids in linker.cluster_many(held, THRESHOLDS, g).items():
                out[(t, g)] = _conll(held.mentions, ids, gold)
        return out

    scores, _ = cross_validate(variant, folds, x, y, topic, evaluate)
    (threshold, group), best = max(scores.items(), key=lambda kv: kv[1])
    summary = _fit_and_save(args, variant, x, y, threshold, group)
    return summary | {
        "cross_validated_conll_f1": round(best, 4),
        "grid": {f"{t}/{g}": round(v, 4) for (t, g), v in sorted(scores.items())},
    }


def _fit_and_save(args, variant: str, x, y, threshold: float, group: float) -> dict:
    """The variant's model fitted on every pair, with the chosen thresholds, saved to its file;
    what the report says of it."""
    model = fit_members(x, y, VARIANTS[variant])
    model.threshold, model.group_threshold = threshold, group
    model.save(args.output / FILES[variant])
    return {
        "pairs": len(y),
        "positive": int(y.sum()),
        "features": list(model.features),
        "threshold": threshold,
        "group_threshold": group,
    }


def first_readings(docs, linker, data: Featurized, gold, folds, group: float) -> list:
    """Per fold: its topics' documents (a :class:`Featurized`) and, per block of the linker's
    groups there, the block, its pairs, their rows for the partner model, their labels and the
    cannot-link matrix; the first probabilities come from one network fitted on the other
    folds' topics (pairs within each gold topic, as the full model is trained)."""
    topic_of = {d.doc_id: d.topic for d in docs}
    x, y, topic = pair_examples(data.mentions, data.similarity, data.doc_index, topic_of, gold)
    out = []
    for fold in folds:
        train = ~np.isin(topic, fold)
        linker.model, linker.partners = fit(x[train], y[train], VARIANTS["full"]), None
        held = data.subset([d.doc_id for d in docs if d.topic in fold])
        blocks = []
        for block in held.blocks(group):
            pairs, matrix, probability, cannot = linker.probabilities(held, block)
            if not pairs:
                continue
            rows, cols = np.array(pairs).T
            members = [held.mentions[k] for k in block]
            labels = np.array([gold[members[i].key] == gold[members[j].key] for i, j in pairs])
            z = np.hstack([matrix, partner_columns(probability, rows, cols)])
            blocks.append((block, rows, cols, z, labels, cannot))
        out.append((held, blocks))
    return out


def _cluster_second(held: Featurized, blocks, model: PairModel, thresholds) -> dict:
    """Story ids per threshold of ``held``'s mentions, each block cut on ``model``'s reading."""
    out = {t: [f"alone:{k}" for k in range(len(held.mentions))] for t in thresholds}
    for block, rows, cols, z, _, cannot in blocks:
        probability = np.zeros(cannot.shape, dtype=np.float32)
        probability[rows, cols] = probability[cols, rows] = model.probability(z)
        for t in thresholds:
            TextLinker._name(held, block, link_block(probability, cannot, t), out[t])
    return out


def partner_variant(args, docs, linker, data: Featurized, gold, folds) -> dict:
    """The second reading: fitted on the first readings of :func:`first_readings`; its
    threshold chosen by cross-validation over the same folds (the second model of each fold
    fitted on the other folds' blocks)."""
    group = PairModel.load(args.output / FILES["full"]).group_threshold
    readings = first_readings(docs, linker, data, gold, folds, group)
    grid = defaultdict(list)
    for f, (held, blocks) in enumerate(readings):
        others = [b for g, (_, bs) in enumerate(readings) if g != f for b in bs]
        model = fit(
            np.vstack([b[3] for b in others]),
            np.concatenate([b[4] for b in others]),
            VARIANTS["partners"],
        )
        for t, ids in _cluster_second(held, blocks, model, THRESHOLDS).items():
            grid[t].append(_conll(held.mentions, ids, gold))
    scores = {t: float(np.mean(v)) for t, v in grid.items()}
    threshold, best = max(scores.items(), key=lambda kv: kv[1])
    every = [b for _, bs in readings for b in bs]
    x, y = np.vstack([b[3] for b in every]), np.concatenate([b[4] for b in every])
    return _fit_and_save(args, "partners", x, y, threshold, group) | {
        "members": MEMBERS,
        "cross_validated_conll_f1": round(best, 4),
        "grid": {str(t): round(v, 4) for t, v in sorted(scores.items())},
    }


def coded_events(docs: list[Document]) -> tuple[list[LinkMention], dict[str, str]]:
    """crisislens's own events of the documents (those the store links), as the store sees
    them, and the documents' texts."""
    from crisislens.ingest import make_article
    from crisislens.link.text import dateline

    articles = [make_article(d.text, origin=d.doc_id, published=dateline(d.text)) for d in docs]
    return _coded_articles(articles, [d.doc_id for d in docs]), {d.doc_id: d.text for d in docs}


def _coded_articles(articles, doc_ids: list[str]) -> list[LinkMention]:
    """crisislens's events of the articles that the store links, as it sees them."""
    from crisislens.link.events import mention_from_event
    from crisislens.link.vectors import load_word_vectors
    from crisislens.pipeline import Pipeline
    from crisislens.store.stories import LINKED_MODALITIES

    pipeline = Pipeline.load()
    vectors = load_word_vectors()
    mentions = []
    for doc_id, article, record in zip(doc_ids, articles, pipeline.process(articles)):
        published = date.fromisoformat(article.published) if article.published else None
        mentions.extend(
            mention_from_event(event, doc_id, published, vectors)
            for event in record.events
            if event.modality in LINKED_MODALITIES
        )
    return mentions


def store_pairs(mentions, similarity, index, label_of, topic_of):
    """Compatible pairs of events of one type, across all documents: features, labels and the
    topics of the two events."""
    xs, ys, ts = [], [], []
    by_type: dict[str, list[LinkMention]] = defaultdict(list)
    for m in mentions:
        by_type[m.event_type or ""].append(m)
    for members in by_type.values():
        pairs, matrix = block_features(
            members, similarity.word_matrix, similarity.name_matrix, index
        )
        if not pairs:
            continue
        rows, cols = np.array(pairs).T
        keys = [label_of[m.key] for m in members]
        topics = np.array([topic_of[m.doc] for m in members])
        xs.append(matrix)
        ys.append(np.array([keys[i] == keys[j] for i, j in pairs]))
        ts.append(np.stack([topics[rows], topics[cols]], axis=1))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ts)


def on_one_day(mentions: list[LinkMention]) -> list[LinkMention]:
    """The mentions as if all were reported on one day.

    In the store, dates and places are rules applied before the model: it only ever judges
    events of one type, days and places that fit. ECB+'s two seminal events per topic are mostly
    years apart, so their pairs would never reach the model; dated alike, they become what it
    must tell apart in the store (two shootings, two arrests, two earthquakes, on one day)."""
    day = TimeValue(ONE_DAY.date(), "day")
    return [replace(m, time=day, published=ONE_DAY.date(), sentence_times=()) for m in mentions]


def store_variant(args, docs, folds, cache: Path | None) -> dict:
    """The store's model. A story is coarser than an ECB+ event chain (the shooting and the
    killing in one attack are two chains, one ASSAULT story), so an event's label is the
    seminal event its document reports (ECB+'s own grouping of documents) and its type."""
    if cache and cache.exists():
        mentions, texts = pickle.loads(cache.read_bytes())
    else:
        mentions, texts = coded_events(docs)
        if cache:
            cache.write_bytes(pickle.dumps((mentions, texts)))
    mentions = on_one_day(mentions)
    group_of = {d.doc_id: d.seminal_group for d in docs}
    label_of = {m.key: (group_of[m.doc], m.event_type) for m in mentions}
    doc_ids = sorted(texts)
    similarity = DocumentSimilarity([texts[d] for d in doc_ids])
    index = {d: n for n, d in enumerate(doc_ids)}
    topic_of = {d.doc_id: d.topic for d in docs}
    x, y, topic = store_pairs(mentions, similarity, index, label_of, topic_of)
    rng = np.random.default_rng(13)
    negatives = np.flatnonzero(~y)
    keep = min(len(negatives), NEGATIVES_PER_POSITIVE * int(y.sum()))
    chosen = np.sort(
        np.concatenate([np.flatnonzero(y), rng.choice(negatives, keep, replace=False)])
    )
    x, y, topic = x[chosen], y[chosen], topic[chosen]

    def evaluate(model, fold):
        held = [m for m in mentions if topic_of[m.doc] in fold]
        out = {}
        for t in THRESHOLDS:
            model.threshold = t
            assigned = StoryLinker(model).assign(held, [], lambda ids: texts)
            # a lone background mention has no story: it is a singleton of its own
            ids = [assigned[str(m.key)] or f"alone:{m.key}" for m in held]
            out[t] = _conll(held, ids, label_of)
        return out

    def fit_fold(train_mask):
        return fit(x[train_mask], y[train_mask], VARIANTS["store"])

    grid = defaultdict(list)
    for fold in folds:
        # train on pairs whose events both lie outside the fold (cross-topic pairs included)
        outside = ~np.isin(topic, fold).any(axis=1)
        model = fit_fold(outside)
        for t, score in evaluate(model, fold).items():
            grid[t].append(score)
    scores = {k: float(np.mean(v)) for k, v in grid.items()}
    threshold, best = max(scores.items(), key=lambda kv: kv[1])
    model = fit(x, y, VARIANTS["store"])
    model.threshold = threshold
    model.save(args.output / FILES["store"])
    return {
        "events": len(mentions),
        "pairs": len(y),
        "positive": int(y.sum()),
        "features": list(model.features),
        "threshold": threshold,
        "cross_validated_conll_f1": round(best, 4),
        "grid": {str(t): round(v, 4) for t, v in sorted(scores.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="the ECB+ folder")
    parser.add_argument(
        "--output", type=Path, default=ROOT / "src/crisislens/data", help="folder for the models"
    )
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--cache", type=Path, help="keep the featurized documents in this folder")
    parser.add_argument("--report", type=Path, help="also write the report (JSON) here")
    args = parser.parse_args()
    started = time.perf_counter()
    docs = read_topics(args.gold, "train")
    topics = sorted({d.topic for d in docs})
    folds = [topics[i::FOLDS] for i in range(FOLDS)]
    report: dict = {}
    text_variants = [v for v in args.variants if v != "store"]
    if text_variants:
        inputs, gold = link_inputs(docs)
        # (named so that no shipped partner model is loaded with it)
        placeholder = PairModel(FEATURES, np.zeros(1), np.ones(1), [], 0.5, 0.9, "placeholder")
        linker = TextLinker.load(model=placeholder)
        cache = args.cache / "text.pkl" if args.cache else None
        if cache and cache.exists():
            data = pickle.loads(cache.read_bytes())
        else:
            data = linker.featurize(inputs)
            if cache:
                cache.write_bytes(pickle.dumps(data))
        for variant in text_variants:
            if variant == "partners":
                report[variant] = partner_variant(args, docs, linker, data, gold, folds)
            else:
                linker.partners = None  # the first reading alone
                report[variant] = text_variant(variant, args, docs, linker, data, gold, folds)
            print(json.dumps({variant: report[variant]["cross_validated_conll_f1"]}), flush=True)
    if "store" in args.variants:
        cache = args.cache / "store.pkl" if args.cache else None
        report["store"] = store_variant(args, docs, folds, cache)
    report["split_sha256"] = hashlib.sha256((args.gold / "split.json").read_bytes()).hexdigest()
    report["seconds"] = round(time.perf_counter() - started)
    text = json.dumps(report, indent=1)
    print(text)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
