"""Train the ACLED sub-event classifier shipped in src/crisislens/data/acled_model.npz.

    .venv/bin/python eval/train_acled.py --gold ../shared/data/case2021/case2021_task2_dev.tsv

It prints 5-fold cross-validated scores next to the rules-only scores (both over the 25 ACLED
classes) and writes the model trained on all snippets, plus eval/acled_model_cv.json.
Needs scikit-learn (in requirements.lock); the run-time pipeline needs only numpy.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from crisislens.evaluation.acled_training import train_and_save
from crisislens.evaluation.case2021 import LABEL_TO_ACLED
from crisislens.evaluation.metrics import f1_scores
from crisislens.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared/data/case2021/"
                        "case2021_task2_dev.tsv")
    parser.add_argument("--out", type=Path, default=ROOT / "src/crisislens/data/acled_model.npz")
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    parser.add_argument("--override", type=float, default=0.6,
                        help="probability above which the model labels an event the rules left "
                             "without an ACLED type")
    args = parser.parse_args()
    result = train_and_save(Pipeline.load(), args.gold, args.out, c=args.c,
                            override_probability=args.override)
    labels = list(LABEL_TO_ACLED)
    report = {"rules_only": f1_scores(result["gold"], result["rules_only"], labels),
              "cross_validated_5fold": f1_scores(result["gold"], result["cv_predictions"], labels),
              "c": args.c, "override_probability": args.override, "gold": str(args.gold.name)}
    for value in report.values():
        if isinstance(value, dict):
            value.pop("per_class", None)
    (ROOT / "eval" / "acled_model_cv.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
