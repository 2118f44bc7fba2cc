"""Train the eventness scorer (events/eventness.py) on half A of our analyst benchmark.

    PYTHONPATH=src .venv/bin/python eval/train_eventness.py                  # writes the model
    PYTHONPATH=src .venv/bin/python eval/train_eventness.py --report-only    # cross-validation only

Data: tests/data/voa (our own gold; tests/data/voa/ANNOTATION.md), **half A only**
(``crisislens.evaluation.split.half``): its stories and, unless ``--stories-only``, its one-event
descriptions. Half B is never read here; ``crisislens eval analyst`` scores the model on it.

Labels come from the benchmark's own matching (evaluation/analyst.py), with the scorer off: an
asserted coded event of a story is real when it is matched to a gold event (not a duplicate); of
a description, when it is the description's one event (``main_event``). Model: logistic
regression (scikit-learn, fixed seed) over the features ``events/eventness.py`` reads.

Choosing C and the threshold: five folds over half A's articles (grouped, so that no article is
both trained and scored on), out-of-fold scores; each threshold is applied as the coder would
apply it (drop the asserted events scored under it, keep each article's best, match again). By
default the threshold that raises half A's share of real events most while its recall stays
within ``--recall-slack`` (0.01) of the coder's without the scorer is kept
(``--recall-slack -1``: the best F1 of share and recall instead, which trades recall for
precision), provided the descriptions' event is still found as often (within
``--found-slack``). The written model is fitted on all of half A.
Takes about a minute once the spaCy pipeline is loaded.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from crisislens.evaluation import analyst
from crisislens.evaluation.analyst_gold import load_benchmark
from crisislens.evaluation.split import half
from crisislens.events.eventness import MODEL_FILE, kept_events
from crisislens.pipeline import Pipeline
from crisislens.schemas import Event

ROOT = Path(__file__).resolve().parents[1]
SEED = 13
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
RECALL_SLACK = 0.01
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.05, 0.71, 0.025))


class Recorder:
    """Stands in for the scorer while the data is read: keeps every event and its features."""

    def __init__(self) -> None:
        self.seen: list[tuple[Event, dict[str, float]]] = []

    threshold = 0.0

    def score(self, event: Event, features: dict[str, float]) -> float:
        self.seen.append((event, features))
        return 1.0


@dataclass
class Item:
    """One coded article of half A: its events, their features and labels, and its gold."""

    kind: str  # "story" or "description"
    gold: object
    events: list[Event]
    features: list[dict[str, float] | None] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)


def _key(e: Event) -> tuple:
    trigger = (e.trigger.start, e.trigger.end) if e.trigger else None
    return (trigger, e.evidence.start, e.evidence.end, e.event_type)


def read(pipeline: Pipeline, folder: Path, stories_only: bool) -> list[Item]:
    bench = load_benchmark(folder)
    recorder = Recorder()
    pipeline.article.eventness = recorder
    todo: list[tuple[str, object, object]] = [
        ("story", s, analyst._story_article(s))
        for s in bench.stories
        if half(f"voa:{s.story_id}") == "A"
    ]
    if not stories_only:
        todo += [
            ("description", d, analyst._description_article(d))
            for d in bench.descriptions
            if half(f"voa:{d.description_id}") == "A"
        ]
    items = []
    for kind, gold, article in todo:
        recorder.seen.clear()
        record = pipeline.process_one(article)  # type: ignore[arg-type]
        found = {_key(e): f for e, f in recorder.seen}
        item = Item(kind, gold, record.events)
        item.features = [
            found.get(_key(e)) if e.modality == "asserted" else None for e in item.events
        ]
        item.labels = _labels(item)
        items.append(item)
    return items


def _labels(item: Item) -> list[int]:
    if item.kind == "story":
        matching = analyst.match_events(item.gold.events, item.events)  # type: ignore[attr-defined]
        return [int(i in matching.pairs) for i in range(len(item.events))]
    main = analyst.main_event(item.gold.event, item.events)  # type: ignore[attr-defined]
    return [int(e is main) for e in item.events]


def scored(items: list[Item]) -> list[tuple[int, int, dict[str, float], int]]:
    """(item, event, features, label) for every asserted event with features."""
    return [
        (i, j, f, item.labels[j])
        for i, item in enumerate(items)
        for j, f in enumerate(item.features)
        if f is not None
    ]


def out_of_fold(items: list[Item], c: float) -> dict[tuple[int, int], float]:
    rows = scored(items)
    groups = np.array([i for i, _, _, _ in rows])
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([f for _, _, f, _ in rows])
    y = np.array([label for *_, label in rows])
    scores = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
        model.fit(x[train], y[train])
        scores[test] = model.predict_proba(x[test])[:, 1]
    return {(i, j): float(s) for (i, j, _, _), s in zip(rows, scores)}


def simulate(items: list[Item], scores: dict[tuple[int, int], float], t: float) -> dict:
    """The benchmark's measures on half A with the asserted events scored under ``t`` dropped."""
    story_rows, description_rows = [], []
    for i, item in enumerate(items):
        marks = [
            scores.get((i, j), 1.0) if e.modality == "asserted" else None
            for j, e in enumerate(item.events)
        ]
        keep = [e for e, k in zip(item.events, kept_events(marks, t)) if k]
        record = _Record(keep)
        if item.kind == "story":
            story_rows.append(analyst.score_story(item.gold, record))  # type: ignore[arg-type]
        else:
            description_rows.append(analyst.score_description(item.gold, record))  # type: ignore[arg-type]
    s = analyst.summarise_stories(story_rows)
    d = analyst.summarise_descriptions(description_rows) if description_rows else {}
    real, recall = s["real_event_share"] or 0.0, s["recall"] or 0.0
    return {
        "threshold": t,
        "real": real,
        "recall": recall,
        "f1": 2 * real * recall / (real + recall) if real + recall else 0.0,
        "duplicates": s["duplicate_share"],
        "asserted": s["asserted_events"],
        "descriptions_found": d.get("found"),
        "descriptions_events_each": d.get("asserted_per_description"),
    }


@dataclass
class _Record:
    """What the scoring functions read of a record."""

    events: list[Event]
    published: str | None = None


def choose(
    items: list[Item], found_slack: float, recall_slack: float | None
) -> tuple[float, float, list[dict]]:
    """C and threshold: with ``recall_slack``, the highest real-event share whose recall is
    within the slack of the scorer-less coder's; else the best F1 of share and recall. Either
    way the descriptions' event must still be found as often (within ``found_slack``)."""
    base = simulate(items, {}, 0.0)
    table = []
    best: tuple[tuple[float, float], float, float] = ((-1.0, -1.0), 0.0, 0.0)
    for c in C_GRID:
        oof = out_of_fold(items, c)
        for t in THRESHOLDS:
            row = {"c": c, **simulate(items, oof, t)}
            table.append(row)
            found = row["descriptions_found"]
            if found is not None and found < (base["descriptions_found"] or 0) - found_slack:
                continue
            if recall_slack is None:
                key = (row["f1"], row["real"])
            elif row["recall"] >= base["recall"] - recall_slack - 1e-9:
                key = (row["real"], row["recall"])
            else:
                continue
            if key > best[0]:
                best = (key, c, t)
    return best[1], best[2], [{"c": None, **base}, *table]


def fit(items: list[Item], c: float, threshold: float) -> dict:
    rows = scored(items)
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([f for _, _, f, _ in rows])
    y = np.array([label for *_, label in rows])
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED).fit(x, y)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0])
        if abs(w) >= 1e-5
    }
    return {
        "about": "events/eventness.py: logistic weights, built by eval/train_eventness.py "
        "from half A of tests/data/voa",
        "c": c,
        "examples": len(rows),
        "positives": int(y.sum()),
        "bias": round(float(model.intercept_[0]), 5),
        "threshold": threshold,
        "weights": dict(sorted(weights.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/data/voa")
    parser.add_argument("--output", type=Path, default=ROOT / "src/crisislens/data" / MODEL_FILE)
    parser.add_argument("--stories-only", action="store_true", help="leave out the descriptions")
    parser.add_argument(
        "--found-slack",
        type=float,
        default=0.01,
        help="how much less often the descriptions' event may be found (default 0.01)",
    )
    parser.add_argument(
        "--recall-slack",
        type=float,
        default=RECALL_SLACK,
        help="keep recall within this of the coder's without the scorer and raise the share of "
        f"real events as far as that allows (default {RECALL_SLACK}); a negative value: the "
        "best F1 of the two instead",
    )
    parser.add_argument("--report-only", action="store_true", help="print the table, write nothing")
    parser.add_argument("--table", type=Path, help="also write the cross-validation table (JSON)")
    args = parser.parse_args()
    random.seed(SEED)
    np.random.seed(SEED)
    pipeline = Pipeline.load()
    items = read(pipeline, args.gold, args.stories_only)
    slack = args.recall_slack if args.recall_slack >= 0 else None
    c, threshold, table = choose(items, args.found_slack, slack)
    base = table[0]
    print(
        f"half A without the scorer: real {base['real']:.3f} recall {base['recall']:.3f} "
        f"descriptions found {base['descriptions_found']}"
    )
    chosen = next(r for r in table if r["c"] == c and r["threshold"] == threshold) if c else base
    print(f"chosen C={c} threshold={threshold}: {json.dumps(chosen)}")
    if args.table:
        args.table.write_text(json.dumps(table, indent=1))
    if args.report_only or not c:
        return
    model = fit(items, c, threshold)
    model["chosen_on_half_A"] = {k: chosen[k] for k in ("real", "recall", "duplicates")}
    model["recall_slack"] = slack
    args.output.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(model['weights'])} weights, {model['examples']} examples)")


if __name__ == "__main__":
    main()
