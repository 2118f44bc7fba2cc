"""Drafts that another draft tells: rules over all of a sentence's drafts together.

An event noun that is the object of a trigger verb of its own type is that verb's event told
twice ("signed a truce agreement"); one that names what a threat is of is the threat's content
("issued a strike warning"); a threat whose subject is an event is a risk, not a threat ("the
raid threatened to wreck the truce").

>>> told_by_their_verb(drafts)   # "They will convene a meeting."  # doctest: +SKIP
[4]
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.rules.draft import Draft
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import children, is_noun, lemma


def risked_by_an_event(drafts: dict[int, Draft]) -> list[int]:
    """A verb of threatening whose subject is an event tells what that event risks, no threat
    by anyone: "the shelling threatened to set off a wider war", "the deal could threaten the
    base" are possible, not asserted threats (the subject is itself an event the text names).

    >>> risked_by_an_event(drafts)   # "The raid threatened to wreck the truce."  # doctest: +SKIP
    [2]
    """
    told = []
    for key, draft in drafts.items():
        token = draft.trigger.token
        if draft.sense.event_type != "THREATEN" or is_noun(token):
            continue
        if any(s.i in drafts and is_noun(s) for s in children(token, "nsubj")):
            told.append(key)
    return told


def _threat_noun(token: Token) -> bool:
    """A noun of threat, or a threat's "-ing" form that the parse tags a verb ("warning")."""
    heads = vocabulary().words.threat_heads
    return lemma(token) in heads or token.lower_ in heads


def content_of_a_threat(drafts: dict[int, Draft]) -> list[int]:
    """An event noun that names what a threat or warning is of is that threat's content, no
    event of its own: "the union issued a strike warning", "Veldoria faces new sanctions
    warning" (which the parse reads as sanctions that warn), "a fresh strike threat"
    (event_rules.yaml: threat_heads); the THREATEN is the event.

    >>> content_of_a_threat(drafts)   # "The union issued a strike warning."  # doctest: +SKIP
    [3]
    """
    told = []
    for key, draft in drafts.items():
        token = draft.trigger.token
        if not is_noun(token) or draft.sense.event_type == "THREATEN":
            continue
        heads = [token.head] if token.dep_ == "compound" else []
        heads += [c for c in children(token, "acl") if c.i == token.i + 1]
        if any(h.i in drafts and _threat_noun(h) for h in heads):
            told.append(key)
    return told


def told_by_their_verb(drafts: dict[int, Draft]) -> list[int]:
    """An event noun that is the object of a trigger verb of its own type is that verb's event
    told twice: "signed a truce agreement", "will convene a meeting"; so is one that the
    object is "of" (:func:`object_of_object`): "handed over a note of protest"."""
    told = []
    for key, draft in drafts.items():
        token = draft.trigger.token
        if not is_noun(token):
            continue
        obj = token if token.dep_ == "dobj" else object_of_object(token)
        verb = drafts.get(obj.head.i) if obj is not None else None
        if verb is None or verb is draft:
            continue
        if verb.sense.event_type == draft.sense.event_type:
            told.append(key)
    return told


def object_of_object(token: Token) -> Token | None:
    """The direct object whose "of" phrase ``token`` is: "note" for "protest" in "handed
    over a note of protest"; or None.

    >>> object_of_object(nlp("They handed over a note of protest.")[6]).text  # doctest: +SKIP
    'note'
    """
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.dep_ != "dobj":
        return None
    return prep.head
