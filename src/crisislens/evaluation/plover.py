"""PLOVER gold records (``plover_gsr_dev.json``): event type, actor and recipient codes.

Scoring rules (see docs/ACCURACY.md):
- the top event of a sentence is its highest-confidence event; no event counts as wrong;
- PLOVER 0.5 labels are mapped to 2021 names (DEMAND->REQUEST, DISAPPROVE->ACCUSE,
  FIGHT->ASSAULT, INVESTIGATE->ACCUSE);
- actor (recipient) country is right when the top event's actor (recipient) code is one of the
  gold source (target) codes; an IGO is coded "IGO" as in the gold;
- sector is compared on its first three letters, where the gold has one.

Each wrong top-1 type gets one error kind (``ERROR_KINDS``), counted per half: where the
coder's gap between the halves comes from, without reading half B's sentences.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from crisislens.evaluation.metrics import confusions
from crisislens.evaluation.split import split
from crisislens.events.lexicon import Lexicon
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
# why a top-1 type is wrong, judged in this order (see error_kind)
ERROR_KINDS = {
    "no_event": "no event coded in the sentence",
    "gold_type_not_top": "an event of the gold type was coded, but another outranked it",
    "wrong_type_on_gold_word": "the top event is on a gold event word, with another type",
    "top_on_other_word": "the top event is on a word the gold does not mark",
    "gold_word_unknown": "no lexicon layer knows the gold event words",
}


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
    """Scores over all records, and over each fixed half (``halves``; see evaluation/split)."""
    gold = load_gold(gold_path)[:limit]
    articles = [
        make_article(
            r["text"], origin=r["id"], source_id=r["id"], published=(r.get("date") or None)
        )
        for r in gold
    ]
    records = list(pipeline.process(articles))
    rows = [_row(g, record) for g, record in zip(gold, records)]
    lexicon = pipeline.events.lexicon
    for g, record, row in zip(gold, records, rows):
        if row["gold"] != row["predicted"]:
            row["error"] = error_kind(g, record, lexicon, event_lemmas(g, pipeline.nlp))
    report = {"dataset": gold_path.name, **score(rows)}
    report["halves"] = {
        name: score(group) for name, group in split(rows, key=lambda r: r["key"]).items()
    }
    report["rows"] = rows
    return report


def event_lemmas(g: dict, nlp) -> set[str]:
    """The lemmas of the gold's event words (``eventText``), as they stand in its sentence."""
    words = {w.lower() for w in str(g.get("eventText") or "").split()}
    return {t.lemma_.lower() for t in nlp(g["text"]) if t.lower_ in words}


def error_kind(g: dict, record: ArticleRecord, lexicon: Lexicon, lemmas: set[str]) -> str:
    """Why the record's top event type is not the gold's: one of ``ERROR_KINDS``."""
    gold_type = OLD_TO_2021.get(g["event"], g["event"])
    top = top_event(record)
    if top is None:
        return "no_event"
    if any(e.event_type == gold_type for e in record.events):
        return "gold_type_not_top"
    words = {w.lower() for w in str(g.get("eventText") or "").split()}
    trigger = set(top.trigger.text.lower().split()) if top.trigger else set()
    if words & trigger:
        return "wrong_type_on_gold_word"
    if not any(_known(lexicon, lemma) for lemma in lemmas):
        return "gold_word_unknown"
    return "top_on_other_word"


def _known(lexicon: Lexicon, lemma: str) -> bool:
    """Whether any layer of ``lexicon`` has ``lemma`` as a trigger or a trigger's head."""
    return (
        lemma in lexicon.verbs
        or lemma in lexicon.nouns
        or lemma in lexicon.objects
        or any(lemma in key for key in lexicon.phrasal)
        or any(lemma in key for key in lexicon.compound_nouns)
    )


def _row(g: dict, record: ArticleRecord) -> dict:
    """One gold record's outcome: what was predicted, and whether each scored field is right
    (None where the gold has nothing to score)."""
    gold_type = OLD_TO_2021.get(g["event"], g["event"])
    top = top_event(record)
    sources = _codes(g.get("source"))
    targets = _codes(g.get("target"))
    source_codes = {CODE_ALIASES.get(a["code"], a["code"]) for a in sources}
    target_codes = {CODE_ALIASES.get(a["code"], a["code"]) for a in targets}
    sectors = {a["sector"][:3] for a in sources if a.get("sector") and a["sector"][:3] != "***"}
    actor = _actor_code(top.actor if top else None)
    return {
        "id": g["id"],
        "key": f"plover:{g['id']}",
        "gold": gold_type,
        "predicted": top.event_type if top else "NONE",
        "trigger": top.trigger.text if top and top.trigger else None,
        "any_hit": any(e.event_type == gold_type for e in record.events),
        "actor": actor,
        "gold_source": sorted(source_codes),
        "actor_ok": actor in source_codes if source_codes else None,
        "recipient_ok": (
            _actor_code(top.recipient if top else None) in target_codes if target_codes else None
        ),
        "sector_ok": (
            bool(top and top.actor and (top.actor.sector or "")[:3] in sectors) if sectors else None
        ),
    }


def _share(rows: list[dict], field: str) -> tuple[float | None, int]:
    scored = [r[field] for r in rows if r[field] is not None]
    return (sum(scored) / len(scored) if scored else None), len(scored)


def score(rows: list[dict]) -> dict:
    """The PLOVER measures over some rows of :func:`evaluate` (all of them, or one half)."""
    n = len(rows)
    gold_types = [r["gold"] for r in rows]
    predicted_types = [r["predicted"] for r in rows]
    actor, actor_n = _share(rows, "actor_ok")
    recipient, recipient_n = _share(rows, "recipient_ok")
    sector, sector_n = _share(rows, "sector_ok")
    return {
        "n": n,
        "top1_type_accuracy": sum(r["gold"] == r["predicted"] for r in rows) / n if n else 0.0,
        "any_event_recall": sum(r["any_hit"] for r in rows) / n if n else 0.0,
        "actor_country_accuracy": actor,
        "actor_country_n": actor_n,
        "recipient_country_accuracy": recipient,
        "recipient_country_n": recipient_n,
        "sector_accuracy": sector,
        "sector_n": sector_n,
        "no_event": predicted_types.count("NONE"),
        "confusions": confusions(gold_types, predicted_types),
        "errors": dict(Counter(r["error"] for r in rows if r.get("error")).most_common()),
    }
