"""Road crashes: what a bus, a lorry or a car does when it crashes is no one's attack.

A road vehicle as the subject of a blow to a thing ("the bus hit a bump", "a lorry slammed
into a wall"), or of a verb of mishap ("a minibus overturned", "a coach plunged into a
gorge"), has crashed; the deaths it dealt, told by a participle of that verb ("..., killing
six people") or by the vehicle as the subject of the killing ("a bus that veered off a bridge
killed 32 people"), are no attack either. A vehicle laden with explosives or driven by an
attacker attacks ("a truck packed with explosives hit the gate": event_rules.yaml
explosive_cues, vehicle_attackers), and one that hits people may (``a car hit the marchers``
is left as it was). A vehicle as a passive agent ("was hit by a bus") is
rules/mishaps.done_by_a_hazard's.

>>> crash_no_attack(draft_of("A minibus hit a tree near Dorn, killing six people.", "killing"))  # doctest: +SKIP
'drop'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.figure_words import words as figure_words
from crisislens.events.rules.draft import Draft
from crisislens.events.rules.generic import DROP, Verdict
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import children, lemma, pobj


def road_vehicle(verb: Token) -> bool:
    """Whether ``verb``'s subject is a road vehicle, with no explosives and no attacker told
    with it (event_rules.yaml: road_vehicles)."""
    words = vocabulary().words
    drivers = [s for s in children(verb, "nsubj") if lemma(s) in words.road_vehicles]
    said = {form for s in drivers for w in s.subtree for form in (lemma(w), w.lower_)}
    return bool(drivers) and not said & (words.vehicle_attackers | words.explosive_cues)


def _people(noun: Token) -> bool:
    """Whether ``noun`` names people: a name, a nationality or a word that counts people
    ("the marchers", "three pedestrians")."""
    return noun.ent_type_ in ("PERSON", "NORP") or lemma(noun) in figure_words().people_nouns


def _struck_things(verb: Token) -> list[Token]:
    """What a blow verb strikes: its object ("hit a tree"), or what it is driven into
    ("slammed into the rear of the bus"; event_rules.yaml ramming_verbs, ramming_preps)."""
    words = vocabulary().words
    if lemma(verb) in words.accident_verbs:
        return children(verb, "dobj")
    if lemma(verb) not in words.ramming_verbs:
        return []
    preps = [p for p in children(verb, "prep") if p.lower_ in words.ramming_preps]
    return [o for p in preps for o in [pobj(p)] if o]


def crashed(verb: Token) -> bool:
    """A road vehicle hit a thing, or overturned, collided or plunged: "the bus hit a bump",
    "a lorry slammed into a wall", "a minibus overturned" (event_rules.yaml: crash_verbs).

    >>> crashed(nlp("A van hit a wall.")[2])  # doctest: +SKIP
    True
    """
    if not road_vehicle(verb):
        return False
    if lemma(verb) in vocabulary().words.crash_verbs:
        return True
    things = _struck_things(verb)
    return bool(things) and not any(_people(t) for t in things)


def toll_of_a_crash(token: Token) -> bool:
    """The deaths a crash dealt: "killing six" in "a minibus hit a tree near Dorn, killing six
    people" and in "the bus hit a bump and overturned, killing four and injuring nine" (the
    verb of the crash, or the verb it is joined to), or "killed" in "a bus that veered off a bridge killed 32
    people" (the killer a road vehicle told crashing), or in "a boat capsized and killed 22
    people" (joined to the crash)."""
    if token.dep_ == "conj" and token.head.tag_ == "VBG":
        token = token.head  # "..., killing 17 people and injuring 16 others"
    if token.dep_ == "conj" and crashed(token.head):
        return True  # "the ferry sank and killed 40"
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        head = token.head
        return crashed(head) or (head.dep_ == "conj" and crashed(head.head))
    mishaps = vocabulary().words.crash_verbs
    return road_vehicle(token) and any(
        lemma(c) in mishaps for s in children(token, "nsubj") for c in children(s, "relcl", "acl")
    )


def crash_no_attack(draft: Draft) -> Verdict:
    """A road crash, or the deaths it dealt, is no attack (see the module's docstring)."""
    token = draft.trigger.token
    return DROP if crashed(token) or toll_of_a_crash(token) else None
