"""Experiment: which top events the ACLED head's mpnet top head should re-read.

    .venv/bin/python eval/experiments/top_gate.py \
        --gold ../shared/data/case2021/case2021_task2_dev.tsv        # needs make install-mpnet

For each criterion: CASE 2021 weighted F1 over the 25 ACLED classes as `crisislens eval case2021`
scores it (5 stratified folds; the mean over fold seeds 13, 1 and 2; halves A and B of the fixed
split), the share of the snippets' top events the top head re-read, and the share it would
re-read of the top events of real news (bench/throughput.py's corpus, every --every-th article,
coded by the rules alone, relabelled by heads trained on all snippets). The MiniLM head and the
top head are trained once per fold (`acled_model.train`, `train_top`) and reused for every
criterion; a criterion picks, among the rows `acled_model.top_rows` gives, those to re-read
(`AcledHead.relabel` does the same with ``sure < top_gate``). Results of 2026-12-03 are in
docs/DESIGN.md ("The ACLED head")."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

from crisislens.evaluation import case2021
from crisislens.evaluation.metrics import f1_scores
from crisislens.evaluation.split import split
from crisislens.events import acled_model
from crisislens.ingest import make_article
from crisislens.nlp.embedder import open_encoder
from crisislens.pipeline import Pipeline
from crisislens.schemas import Event
from crisislens.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
Criterion = Callable[[float, str, "str | None", Event], bool]


def criteria(default_sub: Callable[[Event], str | None]) -> dict[str, Criterion]:
    """Name -> whether to re-read a top event, from the first head's probability and class,
    the rules' class and the event."""
    out: dict[str, Criterion] = {
        "every one": lambda sure, first, rule, e: True,
        "none": lambda sure, first, rule, e: False,
        "first class differs from the rules'": lambda sure, first, rule, e: first != rule,
        "rules typed it by default": lambda sure, first, rule, e: default_sub(e) == rule,
        "rules typed it by a cue": lambda sure, first, rule, e: default_sub(e) != rule,
    }
    for gate in (0.8, 0.7, 0.6, 0.55, 0.5, 0.4):
        out[f"first head below {gate}"] = lambda sure, first, rule, e, g=gate: sure < g
    return out


def relabel(head, batch, embed, embed_top, event_types, criterion, tally) -> list[list[Event]]:
    """`AcledHead.relabel` with the top head's rows chosen by ``criterion``."""
    chosen = [
        (n, i) for n, ev in enumerate(batch) for i, e in enumerate(ev) if e.acled_sub_event_type
    ]
    if not chosen:
        return batch
    ordered = [acled_model.typed_sentences(ev) for ev in batch]
    sentences = list(dict.fromkeys(s for article in ordered for s in article))
    vectors = embed(sentences)
    row = {s: k for k, s in enumerate(sentences)}
    texts = [batch[n][i].evidence.text for n, i in chosen]
    embeddings = vectors[[row[s] for s in texts]]
    neighbours = [acled_model.neighbours(ordered[n], s) for (n, _), s in zip(chosen, texts)]
    contexts = acled_model.context_vectors(vectors, row, neighbours)
    rules = [batch[n][i].acled_sub_event_type for n, i in chosen]
    labels, sure = head.predict_sure(embeddings, contexts, rules)
    tops = acled_model.top_rows(batch, chosen)
    rows = [
        k
        for k in tops
        if criterion(sure[k], labels[k], rules[k], batch[chosen[k][0]][chosen[k][1]])
    ]
    tally[0] += len(rows)
    tally[1] += len(tops)
    if rows:
        extra = embed_top([texts[k] for k in rows])
        top = head.top.predict(
            acled_model.joined(embeddings[rows], extra), contexts[rows], [rules[k] for k in rows]
        )
        for k, label in zip(rows, top):
            labels[k] = label
    return acled_model._with_labels(batch, chosen, labels, event_types)


def news_corpus(every: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import load_corpus

    return load_corpus(None)[::every]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="CASE 2021 task 2 TSV")
    parser.add_argument("--every", type=int, default=2, help="every K-th news article")
    args = parser.parse_args()
    settings = Settings.from_env(acled_model=False)
    pipeline = Pipeline.load(settings)
    gold = case2021.load_gold(args.gold)
    data = case2021.examples(pipeline, gold)
    embed = case2021.memo(open_encoder(acled_model.MINILM, settings.encoder_path, None, 1).encode)
    embed_top = case2021.memo(
        open_encoder(acled_model.MPNET, settings.encoder_path, None, 1).encode
    )
    vectors, contexts = data.vectors(embed)
    extra = embed_top(data.evidence)
    mapper = pipeline.events.acled
    event_types = mapper.event_types
    rule_labels = [acled_model.NONE, *sorted(event_types)]

    def default_sub(e: Event) -> str | None:
        sector = lambda actor: actor.sector if actor else None  # noqa: E731
        return mapper._default(e.event_type, e.mode, sector(e.actor), sector(e.recipient))

    def heads(idx) -> acled_model.AcledHead:
        pick = lambda xs: [xs[i] for i in idx]  # noqa: E731
        head = acled_model.train(
            vectors[idx], contexts[idx], pick(data.rule_subs), pick(data.labels), rule_labels
        )
        head.top = acled_model.train_top(
            vectors[idx],
            extra[idx],
            contexts[idx],
            pick(data.rule_subs),
            pick(data.labels),
            rule_labels,
            acled_model.MPNET,
        )
        return head

    labels = [label for _, _, label in gold]
    acled = list(case2021.LABEL_TO_ACLED)
    halves = split(range(len(gold)), key=lambda i: f"case2021:{gold[i][0]}")
    named = criteria(default_sub)
    scores: dict[str, list[dict]] = {name: [] for name in named}
    for seed in (13, 1, 2):
        from sklearn.model_selection import StratifiedKFold

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
            trained = [(heads(tr), te) for tr, te in folds.split(vectors, np.array(data.labels))]
        for name, criterion in named.items():
            tally = [0, 0]
            records = list(data.records)
            for head, test in trained:
                batch = [data.records[i].events for i in test]
                for i, events in zip(
                    test, relabel(head, batch, embed, embed_top, event_types, criterion, tally)
                ):
                    records[i] = data.records[i].model_copy(update={"events": events})
            predicted = [case2021.predict_label(r) for r in records]
            score = {
                "all": f1_scores(labels, predicted, acled)["weighted_f1"],
                "share": tally[0] / max(1, tally[1]),
            }
            for half, rows in halves.items():
                score[half] = f1_scores(
                    [labels[i] for i in rows], [predicted[i] for i in rows], acled
                )["weighted_f1"]
            scores[name].append(score)
    head = heads(np.arange(len(gold)))
    articles = [make_article(t, origin=f"bench:{i}") for i, t in enumerate(news_corpus(args.every))]
    with pipeline.without_head():
        news = [r.events for r in pipeline.process(articles)]
    for name, criterion in named.items():
        tally = [0, 0]
        relabel(head, news, embed, embed_top, event_types, criterion, tally)
        mean = {k: sum(s[k] for s in scores[name]) / len(scores[name]) for k in scores[name][0]}
        print(
            f"{name:<38} {mean['all']:.4f} (A {mean['A']:.4f} / B {mean['B']:.4f})  "
            f"CASE re-read {mean['share']:.2f}  news re-read {tally[0]}/{tally[1]}"
        )


if __name__ == "__main__":
    main()
