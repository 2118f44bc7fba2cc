"""Roles from an event's place: an unnamed attacker of that place's country, the place's
country for an agent with none, and the place as the target where nothing else is (PLOVER's
convention), except a venue or a place forces are sent from.

>>> actor, recipient = roles_from_location(None, None, gao, draft, "ASSAULT")  # doctest: +SKIP
>>> actor.name, recipient.sector  # doctest: +SKIP
('Unidentified armed group (MLI)', 'GOV')
"""

from __future__ import annotations

from crisislens.actors.context import judged_act
from crisislens.actors.words import actor_words
from crisislens.events.rules.draft import Draft
from crisislens.events.rules.nearest import where_named
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.geo.lexicon import GeoLexicon
from crisislens.nlp.syntax import children, lemma, pobj
from crisislens.schemas import Actor, Place


def unnamed_actor(draft: Draft, location: Place, kind: str) -> Actor | None:
    """ACLED's convention: an attack with no named attacker is by an "Unidentified armed group
    (<country of its place>)"; a protest with no named protesters, by "Protesters (...)"."""
    unnamed = event_types()[kind].unnamed_actor
    if unnamed is None:
        return None
    name, sector = unnamed
    if sector == "UAF" and air_attack(draft):  # not "Protesters"
        name = next(iter(vocabulary().words.air_attack_actor))
        sector = next(iter(vocabulary().sectors.air_attack))
    token = draft.trigger.token
    end = token.idx + len(token.text)
    return Actor(
        text=token.text,
        start=token.idx,
        end=end,
        name=f"{name} ({location.country})",
        country=location.country,
        sector=sector,
    )


def air_attack(draft: Draft) -> bool:
    """An attack told as one by aircraft or drones, by its trigger, its subject or a
    preposition's object on it: "an airstrike killed", "killed in a drone strike". With no
    attacker named, armed forces (MIL) carried it out, as only states fly most of them."""
    words = vocabulary().words.air_attack_words
    token = draft.trigger.token
    near = [token, draft.actor_token, *(pobj(p) for p in children(token, "prep", "agent"))]
    for noun in near:
        if noun is None:
            continue
        modifiers = [lemma(m) for m in noun.lefts if m.dep_ in ("compound", "amod")]
        if lemma(noun) in words or " ".join([*modifiers[-1:], lemma(noun)]) in words:
            return True
    return False


def place_as_recipient(location: Place) -> Actor:
    """PLOVER's convention: with no other target, the place acted on is the target ("sent
    troops to Mali" targets Mali's state)."""
    name = location.name if location.feature == "country" else (location.country or location.name)
    return Actor(
        text=location.text,
        start=location.start,
        end=location.end,
        name=name,
        country=location.country,
        sector="GOV",
    )


def roles_from_location(
    actor: Actor | None, recipient: Actor | None, location: Place, draft: Draft, kind: str
) -> tuple[Actor | None, Actor | None]:
    """What the place of an event says of its roles: an unnamed actor; the place's country for
    an agent with none of its own; the place as target. (A country's own people acting in it
    act on its state, "Malians marched in Mali"; its state acting at home has no target
    there.)"""
    country, sectors = location.country, vocabulary().sectors
    if actor is None:
        actor = unnamed_actor(draft, location, kind)
    in_recipient = recipient is not None and recipient.start <= location.start < recipient.end
    if (
        actor is not None
        and actor.country is None
        and actor.sector not in sectors.international
        and not in_recipient
        and not (actor.sector in sectors.state and judged_place(location, draft, actor))
    ):
        actor = actor.model_copy(update={"country": country})
    if (
        recipient is not None
        and recipient.country is None
        and recipient.sector not in sectors.international
    ):
        recipient = recipient.model_copy(update={"country": country})
    if recipient is None and venue(location, draft, kind, actor):
        return actor, None
    if recipient is None and sent_from(location, draft, kind):
        return actor, None
    if recipient is None and (
        location.feature != "country"
        or actor is None
        or country != actor.country
        or actor.sector not in sectors.state
    ):
        recipient = place_as_recipient(location)
    return actor, recipient


def judged_place(location: Place, draft: Draft, actor: Actor) -> bool:
    """The place of an act of judging named inside what it judges is where that was, not
    where the judging was said (context.judged_act, ``reacting_words``): in "the Foreign
    Ministry condemned the shooting at the Ruritanian embassy in Oslo", Oslo is the
    shooting's, and a state organ with no country of its own is no Norwegian organ
    (roles_from_location gives it none). A charge's place ("charged him over the shooting in
    Dorf") is not judged so."""
    trigger = draft.trigger.token
    coder_words = actor_words()  # the actor coder's words, not event_rules.yaml's
    doc = trigger.doc
    span = doc.char_span(location.start, location.end, alignment_mode="expand")
    organ = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span) or organ is None:
        return False
    if not any(t.lower_ in coder_words.abroad_organ_words for t in organ):
        return False  # "the mayor condemned the shooting in Dayton": may be Dayton's
    act = judged_act(span.root, coder_words)
    return act is not None and act.head.i == trigger.i


def sent_from(location: Place, draft: Draft, kind: str) -> bool:
    """Where a type's recipient is where its forces go, the place they are sent from is no
    target: "officials dispatched ambulances from Gulu" aims at no one in Gulu."""
    if not event_types()[kind].has("recipient_is_destination"):
        return False
    doc = draft.trigger.token.doc
    span = doc.char_span(location.start, location.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    while token.dep_ in ("conj", "appos", "compound") and token.head.i != token.i:
        token = token.head  # "from Gulu railway station", "from Gulu and Lira"
    return token.dep_ == "pobj" and token.head.lower_ == "from"


def venue(location: Place, draft: Draft, kind: str, actor: Actor | None = None) -> bool:
    """A meeting's or a statement's place after a preposition of place on its verb or its own
    noun is where it was held, not whom it was held with: "the envoys met in Oslo" has no
    Norwegian party, and "signed the pact in Hanoi" no Vietnamese one. On the verb's object,
    only the actor's own town is no party: "the Norwegian minister and his Swedish
    counterpart held talks in Oslo" has none there, but a visitor who "held talks in Oslo"
    met its hosts. "Visited Oslo" is met
    there; "recalled its envoy from Paris" is aimed at France; "the envoy in Oslo said" names
    a post, not a venue."""
    if kind not in GeoLexicon.load().venue_event_types:
        return False
    doc, trigger = draft.trigger.token.doc, draft.trigger.token
    span = doc.char_span(location.start, location.end, alignment_mode="expand")
    if span is None or not len(span) or not where_named(span.root):
        return False
    prep = span.root
    while prep.dep_ != "prep" and prep.head.i != prep.i:
        prep = prep.head
    home = actor is not None and actor.country is not None and actor.country == location.country
    on_object = home and prep.head.dep_ == "dobj" and prep.head.head.i == trigger.i
    held = prep.head.i == trigger.i or prep.head.pos_ in ("VERB", "AUX") or on_object
    return held and prep.lower_ != "from"
