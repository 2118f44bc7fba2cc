"""What each lexicon layer adds: PLOVER and CASE 2021 (rules only) on both halves, coded with the
CAMEO dictionary alone, our hand lexicon alone, and the hand lexicon over the CAMEO dictionary.

    .venv/bin/python eval/lexicon_layers.py --shared ../shared

Each row also scores our own sentences (tests/test_event_kinds.py: the top event's type) and
counts the events coded on the first 100 GeoWebNews articles (real news with no
event gold): a layer that adds many events there and nothing on the gold sets adds noise. The
trained ACLED head is off, as it only relabels what the rules give. Parses are cached as in
eval/snapshot_events.py.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

import yaml

from crisislens.data import read_text
from crisislens.evaluation import case2021, plover
from crisislens.evaluation.metrics import f1_scores
from crisislens.evaluation.split import half
from crisislens.events.lexicon import Lexicon
from crisislens.ingest import make_article
from crisislens.pipeline import Pipeline
from crisislens.schemas import ArticleRecord
from crisislens.settings import Settings

HERE = Path(__file__).resolve().parent
# the trigger sections of the hand lexicon; "CAMEO alone" keeps the rest (governors, light verbs)
TRIGGER_SECTIONS = ("verbs", "nouns", "objects", "object_classes")


def layers() -> dict[str, Lexicon]:
    """Each layer configuration, as a lexicon."""
    hand = yaml.safe_load(read_text("event_lexicon.yaml"))
    bare = yaml.safe_dump({k: v for k, v in hand.items() if k not in TRIGGER_SECTIONS})
    return {
        "CAMEO dictionary alone": Lexicon.load(text=bare),
        "hand lexicon alone": Lexicon.load(base=None),
        "hand over CAMEO (shipped)": Lexicon.load(),
    }


def own_sentences() -> list[tuple[str, str]]:
    """(sentence, expected top type): tests/test_event_kinds.py's sentences of our own."""
    spec = importlib.util.spec_from_file_location(
        "kinds", HERE.parent / "tests" / "test_event_kinds.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return [(text, want) for _, text, want in module.CASES]


def _snapshot_module():
    spec = importlib.util.spec_from_file_location("snapshot", HERE / "snapshot_events.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def code(pipeline, items, docs) -> dict[str, ArticleRecord]:
    records = {}
    for (key, text, published), doc in zip(items, docs):
        article = make_article(text, origin=key, source_id=key, published=published)
        records[key] = pipeline.record(doc, article)
    return records


def scores(records: dict[str, ArticleRecord], shared: Path) -> dict[str, dict[str, float]]:
    data = shared / "data"
    out: dict[str, dict[str, float]] = {"A": {}, "B": {}}
    rows = [
        plover._row(g, records[f"plover:{g['id']}@{n}"])
        for n, g in enumerate(plover.load_gold(data / "plover" / "plover_gsr_dev.json"))
    ]
    gold = case2021.load_gold(data / "case2021" / "case2021_task2_dev.tsv")
    for name in ("A", "B"):
        s = plover.score([r for r in rows if half(r["key"]) == name])
        out[name]["top1"] = s["top1_type_accuracy"]
        out[name]["actor"] = s["actor_country_accuracy"] or 0.0
        out[name]["recipient"] = s["recipient_country_accuracy"] or 0.0
        mine = [
            (label, records[f"case2021:{i}"])
            for i, _, label in gold
            if half(f"case2021:{i}") == name
        ]
        predicted = [case2021.predict_label(r) for _, r in mine]
        labels = [label for label, _ in mine]
        out[name]["case_f1"] = f1_scores(labels, predicted, list(case2021.LABEL_TO_ACLED))[
            "weighted_f1"
        ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/crisislens-snapshot"))
    args = parser.parse_args()
    snapshot = _snapshot_module()
    pipeline = Pipeline.load(Settings.from_env(acled_model=False))
    items = list(snapshot.sample(args.shared))
    docs = snapshot.docs(pipeline, [text for _, text, _ in items], args.cache)
    own = own_sentences()
    own_docs = list(pipeline.nlp.pipe([text for text, _ in own]))
    names = ("top1", "actor", "recipient", "case_f1")
    print("| layers | " + " | ".join(f"{n} A | {n} B" for n in names) + " | own | GWN events |")
    print("|---" * (2 * len(names) + 3) + "|")
    for label, lexicon in layers().items():
        pipeline.events.lexicon = lexicon
        records = code(pipeline, items, docs)
        result = scores(records, args.shared)
        gwn = sum(len(r.events) for k, r in records.items() if k.startswith("gwn:"))
        mine = code(pipeline, [(f"own:{i}", t, None) for i, (t, _) in enumerate(own)], own_docs)
        right = sum(
            max(mine[f"own:{i}"].events, key=lambda e: e.confidence, default=None) is not None
            and max(mine[f"own:{i}"].events, key=lambda e: e.confidence).event_type == want
            for i, (_, want) in enumerate(own)
        )
        cells = " | ".join(f"{result['A'][n]:.3f} | {result['B'][n]:.3f}" for n in names)
        print(f"| {label} | {cells} | {right}/{len(own)} | {gwn} |")


if __name__ == "__main__":
    main()
