"""CASE 2021 task 2 (``case2021_task2_dev.tsv``): the ACLED sub-event type of a news snippet.

The label of a snippet is the ``acled_sub_event_type`` of its top (highest-confidence) event that
has one; a snippet with none is predicted NONE. Scores are over the 25 ACLED classes; the five
non-ACLED classes are reported as what we output for them.

The pipeline's trained ACLED head (events/acled_model.py) learned from these development
snippets. Where the gold file holds snippets it was trained on, the head is not scored on them:
the evaluation retrains it in 5 folds and labels each fold with a head that never saw it
(``"acled_model": "cross-validated (5 folds)"`` in the report). A file with no such snippet
(held-out data) is coded by the shipped head, as ``crisislens extract`` would code it.
"""

from __future__ import annotations

import csv
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from crisislens.evaluation.metrics import confusions, f1_scores
from crisislens.evaluation.split import split
from crisislens.events import acled_model
from crisislens.ingest import make_article

LABEL_TO_ACLED = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
ACLED_TO_LABEL = {v: k for k, v in LABEL_TO_ACLED.items()}
NON_ACLED = ["DIPLO", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ATTRIB"]


def load_gold(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            (row["id"], row["EventSnippet"], row["SubType"].strip())
            for row in reader
            if row.get("EventSnippet")
        ]


def predict_label(record) -> str:
    coded = [e for e in record.events if e.acled_sub_event_type]
    if not coded:
        return "NONE"
    top = max(coded, key=lambda e: e.confidence)
    return ACLED_TO_LABEL.get(top.acled_sub_event_type, "NONE")


@dataclass
class Examples:
    """What the ACLED head sees for each snippet, from a pass of the pipeline without it."""

    texts: list[str]
    records: list  # ArticleRecord per snippet, as the rules left them
    evidence: list[str]  # the sentence the head reads
    contexts: list[list[str]]  # the event sentences around it (acled_model.neighbours)
    rule_subs: list[str | None]
    labels: list[str]  # gold, as ACLED sub-event type names or non-ACLED class names

    def vectors(self, embed: acled_model.Embed) -> tuple[np.ndarray, np.ndarray]:
        """Each snippet's evidence embedding and context embedding, every sentence once."""
        sentences = list(dict.fromkeys([*self.evidence, *(s for c in self.contexts for s in c)]))
        vectors = embed(sentences)
        row = {s: k for k, s in enumerate(sentences)}
        return (
            vectors[[row[s] for s in self.evidence]],
            acled_model.context_vectors(vectors, row, self.contexts),
        )


def examples(pipeline, gold: list[tuple[str, str, str]]) -> Examples:
    """Run the pipeline with its head switched off; pick each snippet's sentence to learn from."""
    articles = [make_article(text, origin=f"case:{i}", source_id=i) for i, text, _ in gold]
    # the pipeline's own switch: the CLI hands in a proxy, on which setting acled_head to None
    # would switch nothing off (the shipped head, trained on these snippets, would leak in)
    with pipeline.without_head():
        records = list(pipeline.process(articles))
    evidence, contexts, rule_subs = [], [], []
    for (_, text, _), record in zip(gold, records):
        # the sentence of the top ACLED-typed event, else of the top event, else the snippet:
        # every snippet teaches the head something, even one the rules did not type
        coded = [e for e in record.events if e.acled_sub_event_type]
        top = max(coded or record.events, key=lambda e: e.confidence, default=None)
        evidence.append(top.evidence.text if top is not None else text)
        contexts.append(acled_model.neighbours(acled_model.typed_sentences(coded), evidence[-1]))
        rule_subs.append(top.acled_sub_event_type if top is not None else None)
    return Examples(
        [t for _, t, _ in gold],
        records,
        evidence,
        contexts,
        rule_subs,
        [LABEL_TO_ACLED.get(label, label) for _, _, label in gold],
    )


def memo(embed: acled_model.Embed) -> acled_model.Embed:
    """``embed`` that encodes each sentence once, however many folds ask for it."""
    cache: dict[str, np.ndarray] = {}

    def embed_once(sentences: list[str]) -> np.ndarray:
        new = [s for s in dict.fromkeys(sentences) if s not in cache]
        if new:
            cache.update(zip(new, embed(new)))
        return np.array([cache[s] for s in sentences], dtype=np.float32)

    return embed_once


def cross_validated_records(pipeline, data: Examples, folds: int = 5, seed: int = 13) -> list:
    """Records whose ACLED types come from heads trained without the snippet's own fold."""
    from sklearn.model_selection import StratifiedKFold

    embed = memo(pipeline.embedder.encode)
    vectors, contexts = data.vectors(embed)
    event_types = pipeline.events.acled.event_types
    shipped = pipeline.acled_head  # its settings, not its weights
    embed_top = extra = None
    if shipped.top is not None and pipeline.top_embedder is not None:
        # its second encoder reads each snippet's top typed event
        embed_top = memo(pipeline.top_embedder.encode)
        extra = embed_top(data.evidence)
    out = list(data.records)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # classes with fewer members than folds
        splits = list(splitter.split(vectors, np.array(data.labels)))
    for train_idx, test_idx in splits:
        head = acled_model.train(
            vectors[train_idx],
            contexts[train_idx],
            [data.rule_subs[i] for i in train_idx],
            [data.labels[i] for i in train_idx],
            shipped.rule_labels,
            rule_weight=shipped.rule_weight,
            context_weight=shipped.context_weight,
            encoder=shipped.encoder,
        )
        if extra is not None:
            head.top = acled_model.train_top(
                vectors[train_idx],
                extra[train_idx],
                contexts[train_idx],
                [data.rule_subs[i] for i in train_idx],
                [data.labels[i] for i in train_idx],
                shipped.rule_labels,
                shipped.top.encoder,
            )
            head.top_gate = shipped.top_gate
        batch = head.relabel(
            [data.records[i].events for i in test_idx], embed, event_types, embed_top
        )
        for i, events in zip(test_idx, batch):
            out[i] = data.records[i].model_copy(update={"events": events})
    return out


def evaluate(
    pipeline, gold_path: Path, limit: int | None = None, predictor=None, with_rows: bool = False
) -> dict:
    """Weighted and macro F1 over the 25 ACLED classes, on the whole set and each half (the
    head cross-validated where it was trained on these snippets); ``with_rows`` adds each
    snippet's id, gold and predicted label (for `eval case2021 --errors`)."""
    gold = load_gold(gold_path)[:limit]
    head = getattr(pipeline, "acled_head", None)
    seen = head is not None and any(acled_model.text_key(t) in head.trained_on for _, t, _ in gold)
    if seen:
        records = cross_validated_records(pipeline, examples(pipeline, gold))
    else:
        articles = [make_article(text, origin=f"case:{i}", source_id=i) for i, text, _ in gold]
        records = list(pipeline.process(articles))
    labels = [label for _, _, label in gold]
    predicted = [predictor(r) if predictor else predict_label(r) for r in records]
    acled = list(LABEL_TO_ACLED)
    scores = f1_scores(labels, predicted, acled)
    outside: dict[str, Counter] = defaultdict(Counter)
    for g, p in zip(labels, predicted):
        if g in NON_ACLED:
            outside[g][p] += 1
    per_class = scores.pop("per_class")
    halves = split(range(len(gold)), key=lambda i: f"case2021:{gold[i][0]}")
    rows = [{"id": g[0], "gold": g[2], "predicted": p} for g, p in zip(gold, predicted)]
    return ({"rows": rows} if with_rows else {}) | {
        "dataset": gold_path.name,
        "n": len(gold),
        "acled_model": "cross-validated (5 folds)"
        if seen
        else ("shipped head" if head is not None else "off (rules only)"),
        "acled_top_head": _top_head(pipeline, head),
        "acled25": scores,
        "halves": {
            name: {
                "acled25": _without_classes(
                    f1_scores([labels[i] for i in rows], [predicted[i] for i in rows], acled)
                )
            }
            for name, rows in halves.items()
        },
        "per_class_f1": {k: round(v["f1"], 3) for k, v in per_class.items()},
        "non_acled_outputs": {k: dict(v.most_common()) for k, v in sorted(outside.items())},
        "no_event": predicted.count("NONE"),
        "confusions": confusions(
            [g for g in labels if g in acled], [p for g, p in zip(labels, predicted) if g in acled]
        ),
    }


def _top_head(pipeline, head) -> str | None:
    """What re-read each snippet's top event: the top head's encoder and gate, or why none."""
    top = getattr(head, "top", None)
    if top is None:
        return None
    if getattr(pipeline, "top_embedder", None) is None:
        return f"{top.encoder} not installed: the first head alone"
    return f"{top.encoder}, where the first head's probability is below {head.top_gate:.2f}"


def _without_classes(scores: dict) -> dict:
    scores.pop("per_class", None)
    return scores
