"""Small, dependency-free scoring helpers."""

from __future__ import annotations

from collections import Counter
from typing import Any


def f1_scores(gold: list[str], predicted: list[str], labels: list[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 and support-weighted F1 over ``labels`` (rows with other gold labels
    are left out; a prediction outside ``labels`` counts as wrong)."""
    pairs = [(g, p) for g, p in zip(gold, predicted) if g in labels]
    if not pairs:
        return {"n": 0, "accuracy": 0.0, "macro_f1": 0.0, "weighted_f1": 0.0}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    support: Counter[str] = Counter()
    for g, p in pairs:
        support[g] += 1
        if g == p:
            tp[g] += 1
        else:
            fn[g] += 1
            if p in labels:
                fp[p] += 1
    per_class = {}
    for label in labels:
        precision = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        recall = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": support[label],
        }
    present = [lab for lab in labels if support[lab] > 0]
    total = sum(support.values())
    return {
        "n": len(pairs),
        "accuracy": sum(tp.values()) / len(pairs),
        "macro_f1": sum(per_class[lab]["f1"] for lab in present) / len(present),
        "weighted_f1": sum(per_class[lab]["f1"] * support[lab] for lab in present) / total,
        "per_class": per_class,
    }


def confusions(gold: list[str], predicted: list[str], top: int = 15) -> list[dict]:
    counts = Counter((g, p) for g, p in zip(gold, predicted) if g != p)
    return [{"gold": g, "predicted": p, "count": n} for (g, p), n in counts.most_common(top)]


def percent(value) -> str:
    """A share as a percentage with one decimal ("-" when there is none): 0.9081 -> "90.8%"."""
    return "-" if value is None else f"{100 * value:.1f}%"


def median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
