"""Train the ACLED sub-event head (src/crisislens/data/acled_head.npz) on CASE 2021 snippets.

    .venv/bin/python eval/train_acled_head.py --gold ../shared/data/case2021/case2021_task2_dev.tsv

Data: CASE 2021 shared task 2 development snippets (news text owned by its publishers; read in
place from ../shared, never copied). The artifact holds only weights (30 x 410 floats) and the
SHA-1 of each training snippet, which `crisislens eval case2021` uses to cross-validate instead of
scoring the head on snippets it learned from. Model: all-MiniLM-L6-v2 (MIT) embeddings of each
snippet's evidence sentence + the rules' label, multinomial logistic regression (scikit-learn).
Takes about a minute on two cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from crisislens.evaluation import case2021
from crisislens.events import acled_model
from crisislens.nlp.embedder import SentenceEmbedder
from crisislens.pipeline import Pipeline
from crisislens.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="CASE 2021 task 2 TSV")
    parser.add_argument(
        "--c", type=float, default=acled_model.DEFAULT_C, help="inverse regularisation strength"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "src/crisislens/data/acled_head.npz")
    args = parser.parse_args()
    # the rules alone: the head learns from what they say, never from its own earlier output
    pipeline = Pipeline.load(Settings.from_env(acled_model=False))
    data = case2021.examples(pipeline, case2021.load_gold(args.gold))
    vectors = SentenceEmbedder().encode(data.evidence)
    rule_labels = [acled_model.NONE, *sorted(pipeline.events.acled.event_types)]
    head = acled_model.train(
        vectors, data.rule_subs, data.labels, rule_labels, c=args.c, texts=data.texts
    )
    head.save(args.output)
    print(
        json.dumps(
            {
                "output": str(args.output),
                "examples": len(data.texts),
                "classes": len(head.classes),
                "c": args.c,
                "gold_sha256": hashlib.sha256(args.gold.read_bytes()).hexdigest(),
            }
        )
    )


if __name__ == "__main__":
    main()
