"""How sure an event is, and the small facts of its record: its figures, date, evidence, id.

Confidence adds named weights (``data/event_rules.yaml``): the trigger's weight, a bonus for a
governing event, the clause it sits in, and the roles found; an event that is not asserted
counts for less. The highest-confidence event of a sentence is its main event.

>>> confidence(draft, lex, has_actor=True, has_recipient=False, fallback=0.0)  # doctest: +SKIP
0.9
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Span, Token

from crisislens.events.dates import resolve_date_text
from crisislens.events.lexicon import Lexicon
from crisislens.events.quantities import in_cause
from crisislens.events.rules.draft import Draft
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.doc_cache import span_ents
from crisislens.nlp.syntax import SUBORDINATE_DEPS, is_root, lemma
from crisislens.schemas import Quantity, TextSpan


def trigger_weight(draft: Draft, lex: Lexicon) -> float:
    """An event noun that a light verb carries counts as much as a verb: "announced a
    suspension of flights" is as much an event as "suspended flights"."""
    token = draft.trigger.token
    if (
        draft.trigger.kind == "noun"
        and token.dep_ in ("dobj", "attr")
        and lemma(token.head) in lex.light_verbs
    ):
        return max(draft.trigger.weight, vocabulary().weights.verb_trigger)
    return draft.trigger.weight


def salience(draft: Draft) -> float:
    """The main clause's event is the sentence's event; one in a relative or adverbial clause,
    or an event noun under a preposition of time, is background: "a tanker that was seized
    last month", "after the ceasefire"."""
    weights, words = vocabulary().weights, vocabulary().words
    token = draft.trigger.token
    node = token
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "attr"):
        node = token.head  # an event noun takes its verb's place in the sentence
    for _ in range(vocabulary().limits.conj_hops):
        if node.dep_ != "conj":
            break
        node = node.head
    if node.dep_ == "ROOT":
        return weights.main_clause_bonus
    if node.dep_ in SUBORDINATE_DEPS or (
        token.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ in words.background_preps
    ):
        return -weights.subordinate_penalty
    return 0.0


def confidence(
    draft: Draft, lex: Lexicon, has_actor: bool, has_recipient: bool, fallback: float
) -> float:
    """The event's confidence, from the named weights (see the module's docstring)."""
    weights = vocabulary().weights
    score = trigger_weight(draft, lex) + draft.weight_bonus - fallback + salience(draft)
    score += weights.actor_bonus if has_actor else 0.0
    score += weights.recipient_bonus if has_recipient else 0.0
    if draft.modality != "asserted":
        score *= weights.unasserted_factor
    return round(min(score, weights.confidence_cap), 3)


def _reaches(
    token: Token, targets: set[int], hops: int, stops: frozenset[int] = frozenset()
) -> bool:
    """Whether ``token`` or one of its first ``hops`` heads is among ``targets``, before any
    among ``stops``."""
    node = token
    for _ in range(hops):
        if node.i in targets or node.i in stops or is_root(node) or _told_by(node, stops):
            break
        node = node.head
    return node.i in targets


def _told_by(verb: Token, others: frozenset[int]) -> bool:
    """A clause whose subject is another event's trigger tells that event's figures: in "struck
    on Monday, killing four, a week after a car bomb in the town left 60 dead" the 60 hang under
    "left", whose subject is the bombing, not under the strike."""
    return bool(others) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in others for c in verb.children
    )


def own_quantities(
    draft: Draft, quantities: list[tuple[Token, Quantity]], others: frozenset[int] = frozenset()
) -> list[Quantity]:
    """The figures that hang under the event's triggers ("killing at least 12 villagers"), or
    on the casualty verb that names the trigger as their cause ("five died in the fighting").
    A figure under another event's trigger on the way up (``others``, the sentence's other
    triggers) is that event's: in "killed 15 villagers, a week after an ambush that left 30
    soldiers dead" the 30 are the ambush's, not the killing's."""
    triggers = [draft.trigger.token, *(d.trigger.token for d in draft.absorbed)]
    trigger_ids = {t.i for t in triggers}
    hops = vocabulary().limits.quantity_hops
    return [
        q
        for anchor, q in quantities
        if _reaches(anchor, trigger_ids, hops, others - trigger_ids)
        or any(in_cause(anchor, t) for t in triggers)
    ]


def event_date(draft: Draft, sent: Span, published: str | None) -> str | None:
    """A date attached to the trigger, else the sentence's only date, else (for an event the
    text asserts or denies) the publication date."""
    trigger = draft.trigger.token
    dates = [e for e in span_ents(sent) if e.label_ == "DATE"]
    hops = vocabulary().limits.date_hops
    attached = [e for e in dates if _reaches(e.root, {trigger.i}, hops)]
    for ent in attached + (dates if len(dates) == 1 else []):
        resolved = resolve_date_text(ent.text, published)
        if resolved:
            return resolved
    if draft.modality in ("asserted", "negated"):
        return published
    return None


def evidence(sent: Span) -> TextSpan:
    """The sentence, without its surrounding white space."""
    text = sent.text
    stripped = text.rstrip()
    lead = len(stripped) - len(stripped.lstrip())
    return TextSpan(
        text=stripped.lstrip(), start=sent.start_char + lead, end=sent.start_char + len(stripped)
    )


def event_id(article_id: str, start: int, event_type: str) -> str:
    """A stable id: the same article, trigger offset and type give the same id."""
    return hashlib.sha256(f"{article_id}:{start}:{event_type}".encode()).hexdigest()[:16]
