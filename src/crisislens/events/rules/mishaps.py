"""Mishaps: what a natural hazard or a vehicle's blow does to someone is no one's attack, and
what the victims were doing when an attack came is no act of theirs.

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
from crisislens.nlp.syntax import children, has_child_word, lemma, passive_agents


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


def scene_of_another_act(draft: Draft) -> Verdict:
    """A routine duty told in the progressive beside a "when", "as" or "while" clause is the
    scene of another happening: "the policemen were patrolling a road and were killed when a
    bomb exploded", "a bomb went off as the rangers were travelling home" (event_rules.yaml:
    errand_verbs, other_event_marks). "Police stepped up patrols" deploys them, and a trip to a
    named city or country stays a visit.

    >>> scene_of_another_act(draft)   # "patrolling" in "They were patrolling when it hit."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    words = vocabulary().words
    if token.tag_ != "VBG" or lemma(token) not in words.errand_verbs:
        return None
    if not any(lemma(a) == "be" for a in children(token, "aux")):
        return None
    if any(o.ent_type_ == "GPE" for p in children(token, "prep") for o in children(p, "pobj")):
        return None  # "was travelling to Cairo for talks when ...": a visit still
    clauses = [token, *token.conjuncts]
    beside = [c for t in clauses for c in children(t, "advcl")]
    if token.dep_ == "advcl":
        beside.append(token)
    marks = words.other_event_marks
    return DROP if any(has_child_word(c, ("mark", "advmod"), marks) for c in beside) else None
