"""Does the store's pair model gain from real-news-like hard negatives? Trained on ECB+'s train
topics (and GVDB's reports), scored on ECB+'s dev topics by half.

    .venv/bin/python eval/experiments/store_hard_negatives.py --shared ../shared \\
        --cache $CRISISLENS_CACHE_DIR/store_hard_negatives

Why: the store's model (``eval/train_linker.py``, variant ``store``) is trained on crisislens's
own events of ECB+'s train topics, all dated to one day, with at most ten negatives per positive
drawn at random, so most negatives are events of other topics, which share little but the
type. Real news is harder: two shootings in one city in one week, the tariffs imposed and the
tariffs delayed. The variant trained here differs in three ways:

- **each document's own dates, moved to one day** (:func:`aligned_days`): a document keeps
  its dates relative to its publication, and an undated event stays undated (it then pairs
  only on common ground, as in the store), where the shipped model dates every event alike;
- **every negative within a gold topic** (the other seminal event of the topic: two
  earthquakes, two office shootings, moved to one day), and at most ``--across`` negatives of
  other topics per positive (:func:`hard_negatives`);
- with ``--gvdb``, **GVDB's 400 dev reports of US shootings** as more pairs, with their own
  dates: each report is about one shooting, and two reports are of one shooting when they name
  the same victims (one pair does), so nearly every pair is two shootings of one country in one
  season. GVDB is a dev set of the figures and places measures, never of stories.

Dates are left out of the variant's features: ECB+'s original documents carry no dateline and
their ECB+ counterparts do, so on ECB+ a date in common tells the two seminal events apart by
corpus, not by news.

Scored (:func:`score_store_dev`) on the dev topics as trained (one day, labels by seminal event
and type; the store links them as ``ingest`` does): CoNLL F1 and pairwise precision and recall
over pairs of events of two documents, over all dev topics and each fixed half (by topic). The
dev topics are never trained on; the test topics are never read. The shipped model is scored
alike. Thresholds are chosen by 5-fold cross-validation by topic on the train topics (CoNLL F1),
as ``train_linker.py`` chooses them. Fixed seeds throughout.

Result (2026-12-03, main after f55c746; CoNLL F1 / cross-document pair precision / recall):

=====================  =====================  =====================
dev half               shipped (threshold .3) hard negatives (.05)
=====================  =====================  =====================
A                      0.585 / 0.880 / 0.293  0.597 / 0.811 / 0.313
B                      0.609 / 0.742 / 0.338  0.617 / 0.651 / 0.357
=====================  =====================  =====================

At the shipped threshold the variant gives A 0.576 / 0.864 / 0.273, B 0.615 / 0.698 / 0.350;
with ECB+ alone (``--no-gvdb``) B is 0.613 / 0.681 / 0.350. The VOA story pairs
(``story_merging.py --model``) and ECB+ dev end to end do not move with either model: the
pairs that decide them are scored near 0 or near 1 by every variant. So the variant is not
shipped: it buys CoNLL F1 with precision, and half B's precision falls. The store's pairs that
real news gets wrong (a train attack and a bombing days later told in one sentence, the
tariffs imposed and the tariffs delayed) share type, place, week, actors and often the very
sentence; no feature the store computes tells them apart, so harder negatives alone do not
teach it to.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from train_linker import (
    FOLDS,
    ONE_DAY,
    THRESHOLDS,
    VARIANTS,
    _conll,
    coded_events,
    fit,
    store_pairs,
)

from crisislens.evaluation.ecbplus import Document, read_topics
from crisislens.evaluation.split import HALVES, half
from crisislens.link.documents import DocumentSimilarity
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.model import PairModel
from crisislens.link.stories import StoryLinker

SEED = 13
# dates say which ECB+ corpus a document comes from, not which event it tells (module docstring)
FEATURES = tuple(f for f in VARIANTS["store"] if f != "time_match")


def _shift(t: TimeValue | None, days: int) -> TimeValue | None:
    """A date moved by ``days``, at its precision (a month or year stays the first of one)."""
    if t is None:
        return None
    moved = date.fromordinal(t.day.toordinal() + days)
    if t.precision == "month":
        moved = moved.replace(day=1)
    elif t.precision == "year":
        moved = moved.replace(month=1, day=1)
    return TimeValue(moved, t.precision)


def aligned_days(mentions: list[LinkMention]) -> list[LinkMention]:
    """The mentions as if every document were published on one day, each document's dates
    moved with it (a document without a dateline is anchored on its most common event day;
    one with neither keeps no dates)."""
    anchor: dict[str, date] = {}
    days: dict[str, list[date]] = defaultdict(list)
    for m in mentions:
        if m.published is not None:
            anchor.setdefault(m.doc, m.published)
        if m.time is not None and m.time.precision in ("day", "week"):
            days[m.doc].append(m.time.day)
    for doc, found in days.items():
        anchor.setdefault(doc, max(sorted(set(found)), key=found.count))
    out = []
    for m in mentions:
        if m.doc in anchor:
            time = _shift(m.time, ONE_DAY.date().toordinal() - anchor[m.doc].toordinal())
        else:
            time = None
        out.append(replace(m, time=time, published=ONE_DAY.date(), sentence_times=()))
    return out


def _cached(cache: Path | None, name: str, make):
    path = cache / f"{name}.pkl" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(value))
    return value


def ecb_events(docs: list[Document], cache: Path | None, name: str):
    """crisislens's events of ECB+ documents, on one day (:func:`aligned_days`), and texts."""
    mentions, texts = _cached(cache, name, lambda: coded_events(docs))
    return aligned_days(mentions), texts


def gvdb_pairs(path: Path, cache: Path | None):
    """Pairs of crisislens's events of GVDB's reports, with their own dates: features, labels
    (one shooting: the same victims named; else each report its own) and topic -1."""
    from train_linker import _coded_articles

    from crisislens.evaluation.gvdb import article_for, load_gold

    shootings = load_gold(path)
    ids = [f"gvdb:{s.article_id}" for s in shootings]
    mentions = _cached(
        cache, "gvdb", lambda: _coded_articles([article_for(s) for s in shootings], ids)
    )
    shooting = {
        i: "|".join(sorted(v.lower() for v in s.victims)) or i for i, s in zip(ids, shootings)
    }
    label_of = {m.key: (shooting[m.doc], m.event_type) for m in mentions}
    similarity = DocumentSimilarity([s.text for s in shootings])
    index = {i: n for n, i in enumerate(ids)}
    return store_pairs(mentions, similarity, index, label_of, dict.fromkeys(ids, -1))


def hard_negatives(y: np.ndarray, topic: np.ndarray, across: int, seed: int) -> np.ndarray:
    """Indices of the training pairs: every positive, every negative within one topic, and
    negatives of two topics up to ``across`` per positive."""
    rng = np.random.default_rng(seed)
    within = topic[:, 0] == topic[:, 1]
    others = np.flatnonzero(~y & ~within)
    keep = min(len(others), across * int(y.sum()))
    chosen = np.concatenate([np.flatnonzero(y | within), rng.choice(others, keep, replace=False)])
    return np.sort(chosen)


def store_links(model: PairModel, mentions: list[LinkMention], texts: dict) -> list[str]:
    """The store's story of each mention (a lone background mention is a singleton)."""
    assigned = StoryLinker(model).assign(mentions, [], lambda ids: texts)
    return [assigned[str(m.key)] or f"alone:{m.key}" for m in mentions]


def _pairwise(mentions: list[LinkMention], ids: list[str], label_of: dict) -> dict:
    """Precision and recall over pairs of events of two documents."""
    tp = fp = fn = 0
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            if a.doc == mentions[j].doc:
                continue
            same = label_of[a.key] == label_of[mentions[j].key]
            linked = ids[i] == ids[j]
            tp, fp, fn = tp + (same and linked), fp + (linked and not same), fn + (same > linked)
    return {
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "recall": round(tp / (tp + fn), 4) if tp + fn else None,
    }


def score_store_dev(model: PairModel, mentions, texts, docs: list[Document]) -> dict:
    """CoNLL F1 and cross-document pairwise precision and recall, all and by half."""
    group_of = {d.doc_id: d.seminal_group for d in docs}
    topic_of = {d.doc_id: d.topic for d in docs}
    label_of = {m.key: (group_of[m.doc], m.event_type) for m in mentions}
    out = {}
    for which in (None, *HALVES):
        held = [m for m in mentions if which in (None, half(f"ecbplus:{topic_of[m.doc]}"))]
        ids = store_links(model, held, texts)
        out[which or "all"] = {
            "conll_f1": round(_conll(held, ids, label_of), 4),
            "cross_document_pairs": _pairwise(held, ids, label_of),
        }
    return out


def train(args, docs: list[Document]) -> tuple[PairModel, dict]:
    """The hard-negative variant, its threshold chosen by cross-validation by topic."""
    mentions, texts = ecb_events(docs, args.cache, "train")
    group_of = {d.doc_id: d.seminal_group for d in docs}
    topic_of = {d.doc_id: d.topic for d in docs}
    label_of = {m.key: (group_of[m.doc], m.event_type) for m in mentions}
    doc_ids = sorted(texts)
    similarity = DocumentSimilarity([texts[d] for d in doc_ids])
    index = {d: n for n, d in enumerate(doc_ids)}
    x, y, topic = store_pairs(mentions, similarity, index, label_of, topic_of)
    chosen = hard_negatives(y, topic, args.across, SEED)
    x, y, topic = x[chosen], y[chosen], topic[chosen]
    if args.gvdb:
        gx, gy, gt = gvdb_pairs(args.gvdb, args.cache)
        x, y, topic = np.vstack([x, gx]), np.concatenate([y, gy]), np.vstack([topic, gt])
    topics = sorted(set(topic_of.values()))
    grid = defaultdict(list)
    for fold in (topics[i::FOLDS] for i in range(FOLDS)):
        model = fit(
            x[~np.isin(topic, fold).any(axis=1)], y[~np.isin(topic, fold).any(axis=1)], FEATURES
        )
        held = [m for m in mentions if topic_of[m.doc] in fold]
        for t in THRESHOLDS:
            model.threshold = t
            grid[t].append(_conll(held, store_links(model, held, texts), label_of))
    scores = {t: float(np.mean(v)) for t, v in grid.items()}
    threshold = max(scores, key=scores.get)
    model = fit(x, y, FEATURES)
    model.threshold = threshold
    return model, {
        "pairs": len(y),
        "positive": int(y.sum()),
        "features": list(model.features),
        "threshold": threshold,
        "cross_validated_conll_f1": {str(t): round(v, 4) for t, v in sorted(scores.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--cache", type=Path, help="keep the coded documents in this folder")
    parser.add_argument("--across", type=int, default=3, help="other-topic negatives per positive")
    parser.add_argument("--no-gvdb", action="store_true", help="train on ECB+ alone")
    parser.add_argument("--output", type=Path, help="save the variant's model (.npz) here")
    args = parser.parse_args()
    root = args.shared / "data/realnews/ecbplus"
    args.gvdb = None if args.no_gvdb else args.shared / "data/realnews/gvdb/dev.tsv"
    dev = read_topics(root, "dev")
    dev_mentions, dev_texts = ecb_events(dev, args.cache, "dev")
    shipped = PairModel.load(variant="store")
    model, report = train(args, read_topics(root, "train"))
    if args.output:
        model.save(args.output)
    result = {
        "shipped": score_store_dev(shipped, dev_mentions, dev_texts, dev),
        "hard_negatives": {**report, "dev": score_store_dev(model, dev_mentions, dev_texts, dev)},
        "at_the_shipped_threshold": {},
    }
    model.threshold = shipped.threshold
    result["at_the_shipped_threshold"] = score_store_dev(model, dev_mentions, dev_texts, dev)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
