"""CASE 2021 task 2 (``case2021_task2_dev.tsv``): the ACLED sub-event type of a news snippet.

The label of a snippet is the ``acled_sub_event_type`` of its top (highest-confidence) event that
has one; a snippet with none is predicted NONE. Scores are over the 25 ACLED classes; the five
non-ACLED classes are reported as what we output for them.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

from crisislens.evaluation.metrics import confusions, f1_scores
from crisislens.ingest import make_article

LABEL_TO_ACLED = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike", "ARMED_CLASH": "Armed clash", "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack", "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity", "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory", "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established", "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest", "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention", "REM_EXPLOS":
    "Remote explosive/landmine/IED", "SEX_VIOL": "Sexual violence", "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
ACLED_TO_LABEL = {v: k for k, v in LABEL_TO_ACLED.items()}
NON_ACLED = ["DIPLO", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ATTRIB"]


def load_gold(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["id"], row["EventSnippet"], row["SubType"].strip()) for row in reader
                if row.get("EventSnippet")]


def predict_label(record) -> str:
    coded = [e for e in record.events if e.acled_sub_event_type]
    if not coded:
        return "NONE"
    top = max(coded, key=lambda e: e.confidence)
    return ACLED_TO_LABEL.get(top.acled_sub_event_type, "NONE")


def evaluate(pipeline, gold_path: Path, limit: int | None = None, predictor=None) -> dict:
    gold = load_gold(gold_path)[:limit]
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
    return {
        "dataset": gold_path.name,
        "n": len(gold),
        "acled25": scores,
        "per_class_f1": {k: round(v["f1"], 3) for k, v in per_class.items()},
        "non_acled_outputs": {k: dict(v.most_common()) for k, v in sorted(outside.items())},
        "no_event": predicted.count("NONE"),
        "confusions": confusions([g for g in labels if g in acled],
                                 [p for g, p in zip(labels, predicted) if g in acled]),
    }
