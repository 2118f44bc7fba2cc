"""Code a fixed sample of development text and write every event, for diffing a refactor.

A refactor of the rules must not change what they code. Run this before and after and compare:

    .venv/bin/python eval/snapshot_events.py --shared ../shared -o /tmp/before.jsonl
    ... change the code ...
    .venv/bin/python eval/snapshot_events.py --shared ../shared -o /tmp/after.jsonl
    diff /tmp/before.jsonl /tmp/after.jsonl && echo "same output"

The sample is every PLOVER and CASE 2021 development record, the first 100 GeoWebNews articles
and the project's own samples, coded by the rules alone (the trained ACLED head is off: it only
relabels what the rules give). Parses are cached under ``--cache`` (spaCy DocBin files keyed by
the text set), so a rerun costs only the rules.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from spacy.tokens import DocBin

from crisislens.evaluation import case2021, geoparse, plover
from crisislens.events.lexicon import Lexicon
from crisislens.ingest import make_article
from crisislens.pipeline import Pipeline
from crisislens.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def sample(shared: Path):
    """(key, text, published) for each text of the sample."""
    data = shared / "data"
    for n, r in enumerate(plover.load_gold(data / "plover" / "plover_gsr_dev.json")):
        yield f"plover:{r['id']}@{n}", r["text"], r.get("date") or None  # (ids repeat)
    for i, text, _ in case2021.load_gold(data / "case2021" / "case2021_task2_dev.tsv"):
        yield f"case2021:{i}", text, None
    for i, article in enumerate(geoparse.load_gold(data / "geoparsing" / "GWN.xml")[:100]):
        yield f"gwn:{i}", article.text, None
    for path in sorted((ROOT / "samples").glob("*.txt")):
        yield f"samples:{path.name}", path.read_text(encoding="utf-8"), "2022-01-07"


def docs(pipeline, texts: list[str], cache: Path):
    digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache / f"snapshot-{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(pipeline.nlp.vocab))
    parsed = list(pipeline.nlp.pipe(texts, batch_size=32))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=parsed, store_user_data=True).to_disk(path)
    return parsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/crisislens-snapshot"))
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument(
        "--no-base-lexicon",
        action="store_true",
        help="Code with the hand lexicon alone, without the CAMEO layer under it.",
    )
    args = parser.parse_args()
    settings = Settings.from_env(acled_model=False)
    pipeline = Pipeline.load(settings)
    if args.no_base_lexicon:
        pipeline.events.lexicon = Lexicon.load(base=None)
    items = list(sample(args.shared))
    parsed = docs(pipeline, [text for _, text, _ in items], args.cache)
    with args.output.open("w", encoding="utf-8") as out:
        for (key, text, published), doc in zip(items, parsed):
            article = make_article(text, origin=key, source_id=key, published=published)
            record = pipeline.record(doc, article)
            for event in record.events:
                out.write(json.dumps({"key": key, **event.model_dump(mode="json")}) + "\n")


if __name__ == "__main__":
    main()
