"""PLOVER gold records (``plover_gsr_dev.json``): event type, actor and recipient codes.

Scoring rules (see docs/ACCURACY.md):
- the top event of a sentence is its highest-confidence event; no event counts as wrong;
- PLOVER 0.5 labels are mapped to 2021 names (DEMAND->REQUEST, DISAPPROVE->ACCUSE,
  FIGHT->ASSAULT, INVESTIGATE->ACCUSE);
- actor (recipient) country is right when the top event's actor (recipient) code is one of the
  gold source (target) codes; an IGO is coded "IGO" as in the gold;
- sector is compared on its first three letters, where the gold has one.
"""

from __future__ import annotations

import json
from pathlib import Path

from crisislens.evaluation.metrics import confusions
from crisislens.ingest import make_article
from crisislens.schemas import Actor, ArticleRecord

OLD_TO_2021 = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
# the gold's legacy CAMEO spellings of a few ISO codes
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def load_gold(path: Path) -> list[dict]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def _codes(side) -> list[dict]:
    return (
        [a for a in side if isinstance(a, dict) and a.get("code")] if isinstance(side, list) else []
    )


def _actor_code(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.country


def top_event(record: ArticleRecord):
    return max(record.events, key=lambda e: e.confidence, default=None)


def evaluate(pipeline, gold_path: Path, limit: int | None = None) -> dict:
    gold = load_gold(gold_path)[:limit]
    articles = [
        make_article(
            r["text"], origin=r["id"], source_id=r["id"], published=(r.get("date") or None)
        )
        for r in gold
    ]
    records = list(pipeline.process(articles))
    gold_types, predicted_types = [], []
    any_hits = 0
    actor_n = actor_ok = recipient_n = recipient_ok = sector_n = sector_ok = 0
    rows = []
    for g, record in zip(gold, records):
        gold_type = OLD_TO_2021.get(g["event"], g["event"])
        top = top_event(record)
        predicted = top.event_type if top else "NONE"
        gold_types.append(gold_type)
        predicted_types.append(predicted)
        any_hits += any(e.event_type == gold_type for e in record.events)
        sources = _codes(g.get("source"))
        targets = _codes(g.get("target"))
        source_codes = {CODE_ALIASES.get(a["code"], a["code"]) for a in sources}
        target_codes = {CODE_ALIASES.get(a["code"], a["code"]) for a in targets}
        if source_codes:
            actor_n += 1
            actor_ok += _actor_code(top.actor if top else None) in source_codes
        if target_codes:
            recipient_n += 1
            recipient_ok += _actor_code(top.recipient if top else None) in target_codes
        sectors = {a["sector"][:3] for a in sources if a.get("sector") and a["sector"][:3] != "***"}
        if sectors:
            sector_n += 1
            sector_ok += bool(top and top.actor and (top.actor.sector or "")[:3] in sectors)
        rows.append(
            {
                "id": g["id"],
                "gold": gold_type,
                "predicted": predicted,
                "actor": _actor_code(top.actor) if top else None,
                "gold_source": sorted(source_codes),
            }
        )
    n = len(gold)
    return {
        "dataset": gold_path.name,
        "n": n,
        "top1_type_accuracy": sum(a == b for a, b in zip(gold_types, predicted_types)) / n,
        "any_event_recall": any_hits / n,
        "actor_country_accuracy": actor_ok / actor_n if actor_n else None,
        "actor_country_n": actor_n,
        "recipient_country_accuracy": recipient_ok / recipient_n if recipient_n else None,
        "recipient_country_n": recipient_n,
        "sector_accuracy": sector_ok / sector_n if sector_n else None,
        "sector_n": sector_n,
        "no_event": predicted_types.count("NONE"),
        "confusions": confusions(gold_types, predicted_types),
        "rows": rows,
    }
