"""WikiEvents (``wikievents/dev.jsonl``): real news articles with every KAIROS event mention.

KAIROS conflict, justice and protest types are mapped to PLOVER by ``data/kairos_plover.yaml``;
the other gold events are not scored. Scoring, per mention:

- **triggers**: each mention of each of our events (``mentions[]``, else the event's own
  ``trigger``) of a scored PLOVER type is one prediction. It is *identified* when its trigger
  overlaps a mapped gold trigger, and *classified* when that gold event's PLOVER type is the
  event's type; each gold mention is matched once. A prediction whose trigger overlaps only a
  gold trigger of an unmapped type (``killed`` annotated as Life.Die) is ignored, not counted.
- **arguments**, per mention as WikiEvents annotates them: each mention's own actor,
  recipient and location (``mentions[]``; a record without them is one mention with the
  event's roles) against the gold arguments of the gold mentions its trigger classifies
  correctly; the role must agree (actor <-> Attacker, Demonstrator, Jailer..., recipient <->
  Target, Victim, Detainee..., location <-> Place, per type in the data file) and the span must
  overlap a mention of the gold entity or of an entity coreferent with it
  (``coref/dev.jsonlines``). A role of a mention on no gold trigger is a false prediction; one
  on an unmapped gold trigger is ignored. Every mapped gold argument is one to find, once per
  (gold event, role, entity).

The gold text joins sentences with no space between them ("...in SyriaThe desert..."), so the
article is rebuilt with one sentence per line and every gold offset is moved with it.
A role filled by convention is no argument the text gives and is not predicted: an unnamed
attacker or protester (its span is the trigger itself), a place marked as the article's
(``location.mention == "article"``), given for want of one in the event's own text, and a
recipient that is the mention's own place (PLOVER's country acted on because the event is
there, "attacks in Britain").
Reported over all articles and over halves A and B (``half("wikievents:<doc_id>")``); each
article's row lists its ``argument_misses`` (a role of a rightly classified event that hits no
gold argument, with the gold arguments it could have hit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from crisislens.evaluation.split import HALVES, half
from crisislens.ingest import make_article
from crisislens.schemas import Article, ArticleRecord, Event

ROLE_SLOTS = ("actor", "recipient", "location")
LABELS = ("id", "half", "false_triggers", "argument_misses")  # a row's fields that are no counts


@dataclass(frozen=True)
class Mapping:
    """One KAIROS type prefix's PLOVER type and which roles fill which slot."""

    plover: str
    roles: dict[str, str]  # KAIROS role -> actor / recipient / location


@dataclass
class GoldEvent:
    event_id: str
    kairos: str
    plover: str | None  # None: a type outside the mapped ones
    start: int
    end: int
    arguments: list[tuple[str, str]] = field(default_factory=list)  # (slot, entity id)


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    events: list[GoldEvent]
    entity_spans: dict[str, list[tuple[int, int]]]  # entity id -> spans of it and coreferents

    @property
    def key(self) -> str:
        return f"wikievents:{self.doc_id}"


@cache
def kairos_map() -> tuple[dict[str, Mapping], dict[str, frozenset[str]]]:
    """(KAIROS prefix -> Mapping, PLOVER type -> scored modes; empty means every mode)."""
    text = (resources.files("crisislens") / "data" / "kairos_plover.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    types = {
        prefix: Mapping(
            row["plover"],
            {role: slot for slot in ROLE_SLOTS for role in row.get(slot) or []},
        )
        for prefix, row in data["types"].items()
    }
    predicted = {t: frozenset(modes or []) for t, modes in data["predicted"].items()}
    return types, predicted


def mapping_for(kairos_type: str) -> Mapping | None:
    types, _ = kairos_map()
    prefixes = [p for p in types if kairos_type == p or kairos_type.startswith(p + ".")]
    return types[max(prefixes, key=len)] if prefixes else None


def scored(event: Event) -> bool:
    _, predicted = kairos_map()
    modes = predicted.get(event.event_type)
    return modes is not None and (not modes or event.mode in modes)


def _rebuild(doc: dict) -> tuple[str, list[tuple[int, int]]]:
    """One sentence per line, and each token's (start, end) in that text."""
    lines, spans, offset = [], [], 0
    for tokens, sentence in doc["sentences"]:
        base = tokens[0][1]
        spans += [(s - base + offset, e - base + offset) for _, s, e in tokens]
        lines.append(sentence)
        offset += len(sentence) + 1
    return "\n".join(lines), spans


def _gold_doc(doc: dict, clusters: list[list[str]]) -> GoldDoc:
    text, token_spans = _rebuild(doc)

    def chars(start: int, end: int) -> tuple[int, int]:
        return token_spans[start][0], token_spans[end - 1][1]

    own = {e["id"]: [chars(e["start"], e["end"])] for e in doc["entity_mentions"]}
    entity_spans = dict(own)
    for cluster in clusters:
        spans = [s for member in cluster for s in own.get(member, [])]
        for member in cluster:
            entity_spans[member] = spans
    events = []
    for mention in doc["event_mentions"]:
        mapping = mapping_for(mention["event_type"])
        start, end = chars(mention["trigger"]["start"], mention["trigger"]["end"])
        arguments = []
        if mapping is not None:
            arguments = [
                (mapping.roles[a["role"]], a["entity_id"])
                for a in mention["arguments"]
                if a["role"] in mapping.roles
            ]
        events.append(
            GoldEvent(
                mention["id"],
                mention["event_type"],
                mapping.plover if mapping else None,
                start,
                end,
                sorted(set(arguments)),
            )
        )
    return GoldDoc(doc["doc_id"], text, events, entity_spans)


def load_gold(path: Path) -> list[GoldDoc]:
    coref_path = path.parent / "coref" / f"{path.stem}.jsonlines"
    clusters: dict[str, list[list[str]]] = {}
    if coref_path.exists():
        for line in coref_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                clusters[row["doc_key"]] = row["clusters"]
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [_gold_doc(d, clusters.get(d["doc_id"], [])) for d in docs]


def article_for(doc: GoldDoc) -> Article:
    return make_article(doc.text, origin=doc.key, source_id=doc.doc_id)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class Told:
    """One mention of an event as the scorer reads it: its trigger span and its roles."""

    trigger: tuple[int, int]
    actor: object = None
    recipient: object = None
    location: object = None


def _told_mentions(event: Event) -> list[Told]:
    """The event's mentions with their own roles (``mentions[]``; a record without them is
    one mention, its trigger with the event's roles)."""
    mentions = [m for m in getattr(event, "mentions", None) or [] if m.trigger is not None]
    if mentions:
        return [
            Told((m.trigger.start, m.trigger.end), m.actor, m.recipient, m.location)
            for m in mentions
        ]
    if event.trigger is None:
        return []
    span = (event.trigger.start, event.trigger.end)
    return [Told(span, event.actor, event.recipient, event.location)]


def _mention_triggers(event: Event) -> list[tuple[int, int]]:
    return [m.trigger for m in _told_mentions(event)]


def told_argument(event: Event, slot: str, value, place=None) -> bool:
    """Whether a role is an argument the text gives, not one filled by convention: an unnamed
    attacker or protester ("Unidentified armed group (FRA)") has the event's own trigger as its
    span, a place the record marks as the article's (``location.mention == "article"``)
    stands in for a place the event's own text does not name, and a recipient that is the
    event's own ``place`` (the same span) is PLOVER's country acted on because the event is
    there. None of them is predicted."""
    if slot == "location":
        return getattr(value, "mention", "name") != "article"
    span = (value.start, value.end)
    if slot == "recipient" and place is not None and (place.start, place.end) == span:
        return False
    return not any(s <= span[0] and span[1] <= e for s, e in _mention_triggers(event))


def _gold_argument(gold: GoldDoc, event: GoldEvent, slot: str, value, found: set) -> tuple | None:
    """The first gold argument of ``event`` in ``slot``, not yet found, that ``value``'s span
    overlaps (a mention of the entity or of one coreferent with it)."""
    for s, entity in event.arguments:
        key = (event.event_id, s, entity)
        if s != slot or key in found:
            continue
        if any(_overlaps((value.start, value.end), sp) for sp in gold.entity_spans.get(entity, [])):
            return key
    return None


def _score_arguments(
    gold: GoldDoc,
    event: Event,
    told: Told,
    matched: list[GoldEvent],
    found: set,
    counts: dict,
    misses: list[dict],
) -> None:
    """Count one mention's told roles as argument predictions, against the gold mentions its
    trigger classifies correctly, and their hits; record each role of a correctly classified
    mention that hits nothing (``--errors`` prints them)."""
    for slot in ROLE_SLOTS:
        value = getattr(told, slot)
        if value is None or not told_argument(event, slot, value, told.location):
            continue
        counts["arg_pred"] += 1
        hit = next((k for g in matched if (k := _gold_argument(gold, g, slot, value, found))), None)
        if hit is not None:
            found.add(hit)
            counts["arg_tp"] += 1
        elif matched:
            wanted = [
                (s, gold.text[slice(*gold.entity_spans[e][0])] if gold.entity_spans.get(e) else e)
                for g in matched
                for s, e in g.arguments
            ]
            misses.append({"slot": slot, "coded": value.text, "gold": wanted})


def score_doc(gold: GoldDoc, record: ArticleRecord) -> dict:
    """Counts for one article: trigger and argument true positives, predictions and gold."""
    mapped = [g for g in gold.events if g.plover is not None]
    unmapped = [g for g in gold.events if g.plover is None]
    counts = dict.fromkeys(
        ("pred", "gold", "identified", "classified", "ignored", "arg_pred", "arg_gold", "arg_tp"),
        0,
    )
    counts["gold"] = len(mapped)
    counts["arg_gold"] = sum(len(g.arguments) for g in mapped)
    used_ident: set[str] = set()
    used_class: set[str] = set()
    false: list[dict] = []  # predictions that classify no gold mention (read half A's only)
    found_args: set[tuple[str, str, str]] = set()
    misses: list[dict] = []
    for event in (e for e in record.events if scored(e)):
        for told in _told_mentions(event):
            span = told.trigger
            hits = [g for g in mapped if _overlaps(span, (g.start, g.end))]
            if not hits and any(_overlaps(span, (g.start, g.end)) for g in unmapped):
                counts["ignored"] += 1
                continue
            counts["pred"] += 1
            free = [g for g in hits if g.event_id not in used_ident]
            if free:
                counts["identified"] += 1
                used_ident.add(free[0].event_id)
            right = [g for g in hits if g.plover == event.event_type]
            unused = [g for g in right if g.event_id not in used_class]
            if unused:
                counts["classified"] += 1
                used_class.add(unused[0].event_id)
            else:
                false.append(_false_trigger(gold, span, event, hits))
            _score_arguments(gold, event, told, right, found_args, counts, misses)
    return {
        "id": gold.doc_id,
        "half": half(gold.key),
        **counts,
        "false_triggers": false,
        "argument_misses": misses,
    }


def _false_trigger(
    gold: GoldDoc, span: tuple[int, int], event: Event, hits: list[GoldEvent]
) -> dict:
    """A prediction that classifies no gold mention, and why: no gold trigger there, another
    PLOVER type there, or a gold mention another prediction already took."""
    if not hits:
        why = "no gold trigger"
    elif all(g.plover != event.event_type for g in hits):
        why = "gold " + "/".join(sorted({g.plover or "" for g in hits}))
    else:
        why = "already matched"
    line_start = gold.text.rfind("\n", 0, span[0]) + 1
    line_end = gold.text.find("\n", span[1])
    return {
        "trigger": gold.text[span[0] : span[1]],
        "type": event.event_type,
        "modality": event.modality,
        "why": why,
        "sentence": gold.text[line_start : line_end if line_end >= 0 else None][:200],
    }


def _prf(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "pred": pred,
        "gold": gold,
    }


def summarise(rows: list[dict]) -> dict:
    total = {k: sum(r[k] for r in rows) for k in rows[0] if k not in LABELS} if rows else {}
    if not total:
        return {"n": 0}
    return {
        "n": len(rows),
        "trigger_identification": _prf(total["identified"], total["pred"], total["gold"]),
        "trigger_classification": _prf(total["classified"], total["pred"], total["gold"]),
        "argument": _prf(total["arg_tp"], total["arg_pred"], total["arg_gold"]),
        "ignored_predictions": total["ignored"],
    }


def evaluate(
    pipeline, gold_path: Path, limit: int | None = None, half_only: str | None = None
) -> dict:
    """Score the pipeline on WikiEvents; ``half_only`` ("A" or "B") codes one fixed half
    (``crisislens.evaluation.split.half``): read half A's false triggers, keep a change only
    if B holds."""
    gold = load_gold(gold_path)[:limit]
    if half_only:
        gold = [d for d in gold if half(d.key) == half_only]
    records = pipeline.process([article_for(d) for d in gold])
    rows = [score_doc(d, r) for d, r in zip(gold, records)]
    report = {"dataset": gold_path.name, **summarise(rows)}
    report["halves"] = {h: summarise([r for r in rows if r["half"] == h]) for h in HALVES}
    report["rows"] = rows
    return report
