"""Coreference scores: MUC, B-cubed, CEAF-e and their mean, the CoNLL F1.

The definitions are those of the CoNLL reference scorer as Pradhan et al. (2014, "Scoring
coreference partitions of predicted mentions: a reference implementation") restate them, so that
key and response may hold different mentions:

- MUC (Vilain et al. 1995): links. Recall is, over key clusters K, the sum of |K| - |p(K)|
  divided by the sum of |K| - 1, where p(K) is K cut by the response (a mention the response
  lacks is a part of its own). Precision swaps key and response.
- B-cubed (Bagga & Baldwin 1998): per mention. Recall is the sum over key clusters K and response
  clusters R of |K ∩ R|^2 / |K|, over the number of key mentions.
- CEAF-e (Luo 2005): clusters aligned one to one (Kuhn-Munkres) to maximise the sum of
  2 |K ∩ R| / (|K| + |R|); recall divides it by the number of key clusters, precision by the
  number of response clusters.

Clusters are given as ``{mention: cluster_id}``; a mention is any hashable value (for ECB+,
``(doc_id, start, end)``). Singletons count, as in the standard ECB+ evaluation.

>>> key = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2, "f": 2, "g": 2}
>>> response = {"a": 1, "b": 1, "c": 2, "d": 2, "f": 3, "g": 3, "h": 3, "i": 3}
>>> round(conll_f1(key, response), 4)
0.4582
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

Clustering = Mapping[Any, Any]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def clusters(assignment: Clustering) -> list[frozenset]:
    """``{mention: cluster_id}`` -> the list of clusters as sets of mentions."""
    groups: dict[Hashable, set] = defaultdict(set)
    for mention, cluster in assignment.items():
        groups[cluster].add(mention)
    return [frozenset(g) for g in groups.values()]


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _muc_recall(key: list[frozenset], response: Clustering) -> float:
    num = den = 0
    for cluster in key:
        parts = {response.get(m, ("missing", m)) for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return _ratio(num, den)


def muc(key: Clustering, response: Clustering) -> PRF:
    return PRF(
        precision=_muc_recall(clusters(response), key),
        recall=_muc_recall(clusters(key), response),
    )


def _b3_recall(key: list[frozenset], response: Clustering) -> float:
    num = 0.0
    total = 0
    for cluster in key:
        overlap = Counter(response[m] for m in cluster if m in response)
        num += sum(n * n for n in overlap.values()) / len(cluster)
        total += len(cluster)
    return _ratio(num, total)


def b_cubed(key: Clustering, response: Clustering) -> PRF:
    return PRF(
        precision=_b3_recall(clusters(response), key),
        recall=_b3_recall(clusters(key), response),
    )


def ceaf_e(key: Clustering, response: Clustering) -> PRF:
    from scipy.optimize import linear_sum_assignment

    k, r = clusters(key), clusters(response)
    if not k or not r:
        return PRF(0.0, 0.0)
    column = {m: j for j, cluster in enumerate(r) for m in cluster}
    sim = np.zeros((len(k), len(r)))
    for i, cluster in enumerate(k):
        for m in cluster:
            if m in column:
                sim[i, column[m]] += 1
    sizes_k = np.array([len(c) for c in k], dtype=float)[:, None]
    sizes_r = np.array([len(c) for c in r], dtype=float)[None, :]
    sim = 2 * sim / (sizes_k + sizes_r)
    rows, cols = linear_sum_assignment(sim, maximize=True)
    total = float(sim[rows, cols].sum())
    return PRF(precision=total / len(r), recall=total / len(k))


def conll_f1(key: Clustering, response: Clustering) -> float:
    """The mean of the MUC, B-cubed and CEAF-e F1 scores."""
    return (muc(key, response).f1 + b_cubed(key, response).f1 + ceaf_e(key, response).f1) / 3


def score_all(key: Clustering, response: Clustering) -> dict:
    """Every measure, as a JSON-ready dict."""
    scores: dict[str, Any] = {
        "muc": muc(key, response).as_dict(),
        "b_cubed": b_cubed(key, response).as_dict(),
        "ceaf_e": ceaf_e(key, response).as_dict(),
    }
    scores["conll_f1"] = sum(s["f1"] for s in scores.values()) / 3
    scores["mentions"] = len(key)
    scores["key_clusters"] = len(clusters(key))
    scores["response_clusters"] = len(clusters(response))
    return scores


def pairwise(key: Clustering, response: Clustering) -> PRF:
    """Precision and recall over pairs of mentions put in one cluster (the key's mentions)."""

    def pairs(assignment: Clustering) -> set[frozenset]:
        out: set[frozenset] = set()
        for cluster in clusters(assignment):
            members = sorted(cluster, key=repr)
            out.update(frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1 :])
        return out

    k, r = pairs(key), pairs(response)
    return PRF(precision=_ratio(len(k & r), len(r)), recall=_ratio(len(k & r), len(k)))
