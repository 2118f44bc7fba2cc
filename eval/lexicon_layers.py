"""What each lexicon layer adds: PLOVER and CASE 2021 (rules only) on both halves, coded with our
hand lexicon alone and with the CAMEO dictionary layered under it.

    .venv/bin/python eval/lexicon_layers.py --shared ../shared

Each row also counts the events coded on the first 100 GeoWebNews articles (real news with no
event gold): a layer that adds many events there and nothing on the gold sets adds noise. The
trained ACLED head is off, as it only relabels what the rules give. Parses are cached as in
eval/snapshot_events.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crisislens.evaluation import case2021, plover
from crisislens.evaluation.metrics import f1_scores
from crisislens.evaluation.split import half
from crisislens.events.lexicon import Lexicon
from crisislens.ingest import make_article
from crisislens.pipeline import Pipeline
from crisislens.schemas import ArticleRecord
from crisislens.settings import Settings

HERE = Path(__file__).resolve().parent
LAYERS = {"hand lexicon alone": None, "hand over CAMEO": "cameo_lexicon.yaml"}


def _snapshot_module():
    import importlib.util

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
    names = ("top1", "actor", "recipient", "case_f1")
    print("| layers | " + " | ".join(f"{n} A | {n} B" for n in names) + " | GWN events |")
    print("|---" * (2 * len(names) + 2) + "|")
    for label, base in LAYERS.items():
        pipeline.events.lexicon = Lexicon.load(base=base)
        records = code(pipeline, items, docs)
        result = scores(records, args.shared)
        gwn = sum(len(r.events) for k, r in records.items() if k.startswith("gwn:"))
        cells = " | ".join(f"{result['A'][n]:.3f} | {result['B'][n]:.3f}" for n in names)
        print(f"| {label} | {cells} | {gwn} |")


if __name__ == "__main__":
    main()
