"""What a report tells after an act, in words of their own, as part of that act's happening.

An analyst records one event for a hotel siege and the operation that ended it, for a riot and
the arrests the police made in it. The sentence rules code each of these as a mention of its
own type (a RETREAT, an arrest, a killing), so the grouping (events/happenings.py) would keep
them apart; this module says which mention is such a *sequel* of which *host*. The kinds
(``data/article.yaml``: sequels):

- ``ended``: a siege or standoff the other side ends ("gunmen stormed a guesthouse ...
  security forces ended the siege the next morning"), part of the attack;
- ``left``: the attackers named again as they go ("the attackers withdrew after a two-hour
  gunfight"), part of the attack;
- ``policed``: the police acting on a crowd ("police fired tear gas to scatter the marchers",
  "police detained 18 youths overnight"), part of the protest or riot;
- ``spoils``: what the attackers take or wreck as they go ("troops raided a camp on Friday ...
  the soldiers also recovered three rifles", "they also burned the market"), told by the
  attackers again or by no one, part of the attack.

Host and sequel agree in place and day (two days apart at most); a sequel with a day of its own
("the rebels withdrew from their positions on Friday") is its own happening.

>>> sequel_of(ended_siege, attack)  # doctest: +SKIP
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from crisislens.data import read_yaml
from crisislens.events.candidates import (
    Candidate,
    date_of,
    head_token,
    precision_of,
    told_roles,
)
from crisislens.events.pairs import (
    actors_compatible,
    dates_compatible,
    places_compatible,
)
from crisislens.schemas import Actor


@dataclass(frozen=True)
class SequelWords:
    """``data/article.yaml`` (sequels, attack_types)."""

    attack_types: frozenset[str]
    ending_verbs: frozenset[str]
    ended_nouns: frozenset[str]
    leaving_types: frozenset[str]
    leavers: frozenset[str]
    crowd_types: frozenset[str]
    policing: frozenset[tuple[str, str]]
    crowd_sectors: frozenset[str]
    crowd_acts: frozenset[tuple[str, str]]
    spoils: frozenset[tuple[str, str]] = frozenset()


@cache
def sequel_words() -> SequelWords:
    data = read_yaml("article.yaml")
    sequels = data["sequels"]

    def pairs(modes: dict[str, list[str]]) -> frozenset[tuple[str, str]]:
        return frozenset((kind, mode) for kind, listed in modes.items() for mode in listed)

    return SequelWords(
        attack_types=frozenset(data["attack_types"]),
        ending_verbs=frozenset(sequels["ended"]["verbs"]),
        ended_nouns=frozenset(sequels["ended"]["nouns"]),
        leaving_types=frozenset(sequels["left"]["types"]),
        leavers=frozenset(sequels["left"]["leavers"]),
        crowd_types=frozenset(sequels["policed"]["hosts"]),
        policing=pairs(sequels["policed"]["acts"]),
        crowd_sectors=frozenset(sequels["policed"]["crowd"]),
        crowd_acts=pairs(sequels["policed"]["crowd_acts"]),
        spoils=pairs(sequels["spoils"]["acts"]),
    )


def sequel_kind(c: Candidate, words: SequelWords | None = None) -> str | None:
    """Which sequel ``c`` may be, by its own words (module docstring), or None."""
    w = words or sequel_words()
    head = head_token(c.tokens)
    e = c.event
    if head is None or e.modality != "asserted":
        return None
    if head.lemma_.lower() in w.ending_verbs and any(
        t.lemma_.lower() in w.ended_nouns for t in c.tokens
    ):
        return "ended"
    if c.noun:
        return None
    if e.event_type in w.leaving_types and _attackers_again(head, w.leavers):
        return "left"
    if (e.event_type, e.mode) in w.policing:
        return "policed"
    if (e.event_type, e.mode) in w.spoils:
        return "spoils"
    return None


def _crowd_act(m: Candidate, doer: Actor | None, w: SequelWords) -> bool:
    """A protest, or a crowd's act of these (``policed.crowd_acts``: "youths set fire to cars
    and a bank") by no one the rules could code or by the crowd's sectors."""
    e = m.event
    if e.event_type in w.crowd_types:
        return True
    crowd = doer is None or doer.sector in w.crowd_sectors
    return (e.event_type, e.mode) in w.crowd_acts and crowd


def _attackers_again(verb: Token, leavers: frozenset[str]) -> bool:
    """ "the attackers withdrew", "they pulled out": a subject that names the attackers
    again; or a participle with no subject of its own ("killing four guards before
    withdrawing"), whose doers are its clause's."""
    subjects = [t for t in verb.children if t.dep_ == "nsubj"]
    if not subjects and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl"):
        return True
    definite = all(t.lower_ == "they" or _the(t) for t in subjects)
    return (
        bool(subjects)
        and definite
        and any(t.lemma_.lower() in leavers or t.lower_ == "they" for t in subjects)
    )


def _the(noun: Token) -> bool:
    return any(t.dep_ == "det" and t.lower_ == "the" for t in noun.children)


def _dated(c: Candidate) -> bool:
    """Whether ``c``'s verb names a day of its own ("withdrew on Friday")."""
    head = head_token(c.tokens)
    return head is not None and any(
        t.ent_type_ == "DATE"
        for child in head.children
        if child.dep_ in ("prep", "npadvmod")
        for t in child.subtree
    )


def host_key(m: Candidate) -> tuple | None:
    """All that :func:`sequel_of` reads of a host but its order and ``part``: its profile (type,
    mode, modality, place, day, sides) and whether it has a date at all; None for a mention that
    hosts no sequel (a noun, or an act not asserted). Members alike in it need one check, so a
    happening of 2,000 marches checks an arrest against one of them (events/happenings.py).

    >>> host_key(march_1) == host_key(march_2)  # "protesters marched ... protesters marched"  # doctest: +SKIP
    True
    """
    if m.noun or m.event.modality != "asserted":
        return None
    return (m.profile, m.date is None)


def sequel_of(c: Candidate, m: Candidate, words: SequelWords | None = None) -> bool:
    """Whether ``c`` tells a sequel of the happening ``m`` tells by a verb (module
    docstring)."""
    w = words or sequel_words()
    kind = sequel_kind(c, w)
    if kind is None or m.part or m.noun or m.event.modality != "asserted" or c.order < m.order:
        return False
    a, b = c.event, m.event
    if not places_compatible(a.location, b.location):
        return False
    if not dates_compatible(date_of(c), date_of(m), precision_of(c), precision_of(m)):
        return False
    if kind != "ended" and (_dated(c) or m.date is None or c.date and date_of(c) != date_of(m)):
        return False  # "the rebels withdrew from their positions on Friday": a day of its own
    (doer, done_to), host_doer = told_roles(a), told_roles(b)[0]
    if kind in ("ended", "left"):
        if b.event_type not in w.attack_types:
            return False
        if doer is None or host_doer is None:
            return kind == "ended"
        return actors_compatible(doer, host_doer) == (kind == "left")
    if kind == "policed":
        crowd = done_to is None or done_to.sector in w.crowd_sectors
        police = doer is None or doer.sector not in w.crowd_sectors
        return _crowd_act(m, host_doer, w) and crowd and police
    if kind == "spoils":
        return b.event_type in w.attack_types and _takers(doer, host_doer)
    return False


def _takers(doer: Actor | None, attacker: Actor | None) -> bool:
    """Whether what was taken or wrecked was so by the attack's doers: named as them again
    ("troops raided the camp ... the soldiers recovered rifles") or by no one ("rifles were
    recovered"); not by another side ("police seized the gunmen's car")."""
    if doer is None:
        return True
    return attacker is not None and actors_compatible(doer, attacker)


def ended_siege(c: Candidate, members: list[Candidate], words: SequelWords | None = None) -> bool:
    """Whether every member of a happening that is no part of another's telling tells a siege's
    end (``ended``: "troops ended the siege at a restaurant"), and ``c`` tells that end again
    or is an attack, the one whose siege was ended, agreeing with each member in place and day:
    a report may tell the end before the attack ("Soldiers end restaurant siege ... Gunmen
    stormed the restaurant on Wednesday night"). Sides are not compared: the end's words name
    either side ("the siege by militants", "the siege at the hotel").

    >>> ended_siege(gunmen_stormed_the_restaurant, [soldiers_ended_the_siege])  # doctest: +SKIP
    True
    """
    w = words or sequel_words()
    told = [m for m in members if not m.part]
    if not told or any(sequel_kind(m, w) != "ended" for m in told):
        return False
    if c.event.modality != "asserted" or c.part:
        return False
    if sequel_kind(c, w) != "ended" and c.event.event_type not in w.attack_types:
        return False
    return all(
        places_compatible(c.event.location, m.event.location)
        and dates_compatible(date_of(c), date_of(m), precision_of(c), precision_of(m))
        for m in told
    )


def fold_ended(c: Candidate, members: list[Candidate], words: SequelWords | None = None) -> None:
    """Where ``c``, an attack, joins a happening told so far by a siege's end (:func:`ended_siege`),
    the end becomes part of the attack's telling, as it is when told after it."""
    w = words or sequel_words()
    if c.part or c.event.event_type not in w.attack_types:
        return
    for m in members:
        if not m.part and m is not c and sequel_kind(m, w) == "ended":
            m.part = True
