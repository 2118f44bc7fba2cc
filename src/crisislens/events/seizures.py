"""Seizures of people within a happening: an attack and the hostages its attackers took are
one happening, told by the attack (events/happenings.py weighs the two with these tests).

>>> seizure(took_forty_hostages), attack_verb(stormed_a_depot)  # doctest: +SKIP
(True, True)
"""

from __future__ import annotations

from functools import cache

from crisislens.data import read_yaml
from crisislens.events.candidates import Candidate, date_of, precision_of, told_roles
from crisislens.events.pairs import actors_compatible, dates_compatible, places_compatible


@cache
def _seizure_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """``data/article.yaml``: the types of an attack, and the types and modes of a seizure."""
    data = read_yaml("article.yaml")
    modes = {kind: frozenset(m) for kind, m in data["seizure_modes"].items()}
    return frozenset(data["attack_types"]), modes


def attack_types() -> frozenset[str]:
    """``data/article.yaml``: the event types of an attack (``attack_types``)."""
    return _seizure_words()[0]


def seizure(c: Candidate) -> bool:
    """Whether ``c`` tells people seized: "took forty passengers hostage", "abducted 23 pupils"
    (not "arrested five suspects")."""
    modes = _seizure_words()[1].get(str(c.event.event_type))
    return modes is not None and c.event.mode in modes


def seizure_in_attack(c: Candidate, m: Candidate) -> bool:
    """Whether one of ``c`` and ``m`` is an attack and the other the seizure of people its
    attackers made, told apart by a verb: "Gunmen stormed a depot in Kassala on Monday. They
    took forty passengers hostage." The two agree in place and day (one with neither of its own
    agrees), and the takers are the attackers or go unnamed ("they"); those seized need not be
    those the attack hit (a train attacked, its passengers held). Two seizures, or a seizure and an
    attack told by a noun ("the attack"), are weighed as any two mentions are."""
    taking, attack = (c, m) if seizure(c) else (m, c)
    if not seizure(taking) or taking.noun or not attack_verb(attack):
        return False  # a noun ("charged with kidnapping") may name any seizure
    days = [(date_of(x), precision_of(x)) for x in (taking, attack)]
    if all(day == "day" for _, day in days):
        same_day = days[0] == days[1]
    else:
        same_day = dates_compatible(*(d for d, _ in days), *(p for _, p in days))
    a, b = taking.event, attack.event
    return (
        same_day
        and places_compatible(a.location, b.location)
        and actors_compatible(told_roles(a)[0], told_roles(b)[0])
    )


def told_attack(c: Candidate) -> bool:
    """An attack told by its verb with a place or a day of its own ("gunmen stormed a depot in
    Kassala on Monday"): what a seizure told apart must join ("the battle is not won" is none)."""
    attack = c.event.event_type in attack_types() and not c.part and not c.noun
    return attack and (c.event.location is not None or c.date is not None)


def attack_verb(c: Candidate) -> bool:
    """Whether ``c`` is an attack told by its verb that seizes no one ("gunmen stormed a
    depot"), the act a seizure its attackers made is part of: not "the attack", a noun that
    may name the seizure itself, nor "abducted 20 traders", a seizure.

    >>> attack_verb(stormed_a_depot), attack_verb(the_attack)  # doctest: +SKIP
    (True, False)
    """
    return c.event.event_type in attack_types() and not c.noun and not seizure(c)


def fold_seizures(members: list[Candidate]) -> None:
    """In a happening (its ``members``) told by an attack's verb (:func:`attack_verb`), a
    seizure is part of the attack's telling: the happening is the attack ("stormed a depot ...
    took forty passengers hostage"). A seizure is no attack that folds itself, nor is an attack noun one that folds
    it ("Gunmen seized three nurses ... who escaped the attack ... The nurses were freed on
    Sunday"): the abduction stays the happening's telling, so that a release, another type, is
    still weighed against it (and stays a happening of its own)."""
    if any(not m.part and attack_verb(m) for m in members):
        for m in members:
            if seizure(m):
                m.part = True


def attack_beside(c: Candidate, members: list[Candidate]) -> bool:
    """Whether an attack told by its verb (:func:`attack_verb`) is told in the paragraph of a
    seizure among ``c`` and a happening's ``members``: "Insurgents stormed the hotel ... some
    guests were held hostage as the attackers battled the police", one paragraph, is one attack
    though it names no place or day of its own (:func:`told_attack`)."""
    told = [c, *members]
    paragraphs = {x.paragraph for x in told if seizure(x)}
    return any(attack_verb(x) and not x.part and x.paragraph in paragraphs for x in told)
