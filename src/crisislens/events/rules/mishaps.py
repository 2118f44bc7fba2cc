"""Mishaps: what a natural hazard or a vehicle's blow does to someone is no one's attack.

"A shepherd was struck by lightning", "homes destroyed by Typhoon Kai", "was hit by a bus",
"the crash left twelve injured" tell of no act by anyone (a road vehicle as the subject is
rules/crashes.py's).

>>> done_by_a_hazard(draft_of("Two hikers were killed by an avalanche.", "killed"))  # doctest: +SKIP
'drop'
"""

from __future__ import annotations

from crisislens.events.rules.draft import Draft
from crisislens.events.rules.generic import DROP, Verdict
from crisislens.events.victims import by_accident
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import children, lemma, passive_agents


def done_by_a_hazard(draft: Draft) -> Verdict:
    """What a natural hazard does to someone is no act of anyone's: "a shepherd was struck by
    lightning", "two hikers were killed by an avalanche", "homes destroyed by Typhoon Kai"
    (event_rules.yaml: hazard_agents);
    nor is a vehicle's blow ("was hit by a bus", accident_agents with accident_verbs), which
    would otherwise read as an attack, or a strike as a labour strike. A hazard may be the
    subject too ("Hurricane Ida destroyed the chapel"); a vehicle only as the passive agent,
    and itself, not as the modifier of a weapon ("a car bomb hit the base" attacks); a
    vehicle as the subject is rules/crashes.py's."""
    token = draft.trigger.token
    passive = passive_agents(token)
    doers = [*passive, *children(token, "nsubj")]
    if not doers:
        return None
    words = vocabulary().words
    # the doer with its compound words: "Cyclone Chido", "Hurricane Melissa" name a hazard
    named = {lemma(w) for o in doers for w in (o, *children(o, "compound"))}
    if named & words.hazard_agents:
        return DROP
    vehicles = {lemma(o) for o in passive} & words.accident_agents
    return DROP if vehicles and lemma(token) in words.accident_verbs else None


def casualties_of_an_accident(draft: Draft) -> Verdict:
    """Casualties a mishap dealt are no one's attack: "the crash left twelve
    injured", "a bus collision killed three", "were hurt when a lorry overturned"
    (``victims.by_accident``; their figures go to no attack either)."""
    if draft.sense.event_type != "ASSAULT":
        return None
    return DROP if by_accident(draft.trigger.token) else None
