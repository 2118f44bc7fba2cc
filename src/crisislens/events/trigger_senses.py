"""Choosing among a trigger's readings: a word the lexicon reads several ways ("struck":
a blow or a labour strike; "occupied": a seizure or a sit-in) takes the reading its arguments
give, else the one that who acts and whom it is aimed at make likely, else its first.
Each way of choosing is one rule below; SENSE_RULES gives their order.

>>> choose_sense(find_triggers(nlp("Dockworkers struck."), lex)[0], "LAB", None)  # doctest: +SKIP
Sense(event_type='PROTEST', ...)
"""

from __future__ import annotations

from crisislens.events.lexicon import Sense
from crisislens.events.triggers import Trigger
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary


def by_actor_sector(trigger: Trigger, actor: str | None, recipient: str | None) -> Sense | None:
    """The reading the actor's sector makes likely: "dockworkers struck" PROTEST, "jets
    struck" ASSAULT."""
    types = event_types()
    return next((s for s in trigger.senses if actor in types[s.event_type].likely_sectors), None)


def not_by_actor_sector(trigger: Trigger, actor: str | None, recipient: str | None) -> Sense | None:
    """Not the reading the actor's sector makes unlikely: "soldiers occupied the island" is a
    seizure, not a sit-in (which "students occupied the hall" is). Verbs only: an event noun's
    actor is often the sentence's subject, who did something else ("police detained union
    organisers before a planned strike")."""
    types = event_types()
    if trigger.kind == "noun" or actor not in types[trigger.sense.event_type].unlikely_sectors:
        return None
    return next(
        (s for s in trigger.senses if actor not in types[s.event_type].unlikely_sectors), None
    )


def without_actor(trigger: Trigger, actor: str | None, recipient: str | None) -> Sense | None:
    """With no actor coded, an unnamed crowd: "roads were blocked in protest" PROTEST."""
    if actor is not None:
        return None
    types = event_types()
    return next(
        (s for s in trigger.senses if types[s.event_type].has("reading_without_actor")), None
    )


def against_force(trigger: Trigger, actor: str | None, recipient: str | None) -> Sense | None:
    """Aimed at soldiers, rebels, civilians or police, force: "struck the patrol" ASSAULT."""
    if recipient not in vocabulary().sectors.armed_or_civil:
        return None
    types = event_types()
    return next(
        (s for s in trigger.senses if types[s.event_type].has("reading_against_force")), None
    )


SENSE_RULES = (by_actor_sector, not_by_actor_sector, without_actor, against_force)


def choose_sense(trigger: Trigger, actor_sector: str | None, recipient_sector: str | None) -> Sense:
    """The reading its arguments give (rules/arguments.py); else pick among a trigger's
    readings by who acts and whom it is aimed at; else the first."""
    if trigger.argument is not None:
        return trigger.argument
    if len(trigger.senses) < 2:
        return trigger.sense
    for rule in SENSE_RULES:
        sense = rule(trigger, actor_sector, recipient_sector)
        if sense is not None:
            return sense
    return trigger.sense
