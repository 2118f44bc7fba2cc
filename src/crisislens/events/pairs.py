"""Pairwise tests of two event mentions of one article: could they tell of one happening?

A test answers *compatible* (nothing in the two contradicts one happening), not *same*: two
mentions with no place are compatible in place. Places and dates are compared as the story
linker compares them (``crisislens.link.places.place_relation``, ``link.mention.TimeValue``),
so within-article and cross-article coreference share one notion of "the same place and time";
what is added here is what only one article settles: a riot told as "the violence" (compatible
types through a generic noun), modes, and the state's organs as one side.

>>> from crisislens.schemas import Place
>>> almaty = Place(text="Almaty", start=0, end=6, name="Almaty", country="KAZ", lat=43.25,
...                lon=76.9, feature="city")
>>> kazakhstan = Place(text="Kazakhstan", start=9, end=19, name="Kazakhstan", country="KAZ",
...                    lat=48.0, lon=68.0, feature="country")
>>> places_compatible(almaty, kazakhstan), places_compatible(almaty, None)
(True, True)
>>> dates_compatible("2022-01-05", "2022-01"), dates_compatible("2022-01-05", "2022-01-09")
(True, False)
>>> dates_compatible("2022-01-03", "2022-01-09", "week", None)
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crisislens.data import read_yaml
from crisislens.link.features import words_of
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.places import place_relation
from crisislens.schemas import Actor, Place

STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
ARMED_GROUP_CODE = "IMG"  # CAMEO's country code of a transnational armed group
MIN_NAME_WORD = 3  # longer words of a party's name tell who it is ("the", "of", "al" do not)


@dataclass(frozen=True)
class PairRules:
    """``data/article.yaml``: which types and modes one happening may carry."""

    compatible_types: frozenset[frozenset[str]]
    modes_may_differ: frozenset[str]
    generic_nouns: frozenset[str]


@cache
def pair_rules() -> PairRules:
    data = read_yaml("article.yaml")
    return PairRules(
        compatible_types=frozenset(frozenset(pair) for pair in data["compatible_types"]),
        modes_may_differ=frozenset(data["modes_may_differ"]),
        generic_nouns=frozenset(data["generic_nouns"]),
    )


def types_compatible(type_a: str, type_b: str, generic: bool = False) -> bool:
    """Same PLOVER type; or a compatible pair (PROTEST, ASSAULT) where one of the two mentions
    is a generic noun such as "the violence" (``generic``)."""
    if type_a == type_b:
        return True
    return generic and frozenset((type_a, type_b)) in pair_rules().compatible_types


def modes_compatible(event_type: str, mode_a: str | None, mode_b: str | None) -> bool:
    """One mode, or none given, or a type whose mentions may differ in mode (ASSAULT, PROTEST)."""
    if mode_a is None or mode_b is None or mode_a == mode_b:
        return True
    return event_type in pair_rules().modes_may_differ


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """No place, or places the story linker would not call apart (``link.features``: within
    50 km for towns, the same country for a country and its towns)."""
    if a is None or b is None or a.name.casefold() == b.name.casefold():
        return True
    return place_relation(_at(a), _at(b)) != "conflict"


def _at(place: Place) -> LinkMention:
    point = None
    if place.lat is not None and place.lon is not None:
        point = (place.lat, place.lon, place.feature, place.country)
    return LinkMention(key=place.start, doc="", start=place.start, end=place.end, place=point)


def dates_compatible(
    a: str | None, b: str | None, precision_a: str | None = None, precision_b: str | None = None
) -> bool:
    """No date, or dates the story linker would not call apart (``link.mention.TimeValue``:
    one within the other, or days at most two apart: "shot on Monday, died on Tuesday")."""
    time_a, time_b = TimeValue.parse(a, precision_a), TimeValue.parse(b, precision_b)
    return time_a is None or time_b is None or not time_a.conflicts(time_b)


def actors_compatible(a: Actor | None, b: Actor | None) -> bool:
    """No actor, the same name or one named again by its common noun (:func:`named_again`),
    or no contradiction in country or side: the state's organs
    (government, army, police...) are one side ("Mr Putin sent troops" and "the Russian
    deployment"); other sectors must agree, civilians agreeing with any."""
    if a is None or b is None:
        return True
    if a.name.casefold() == b.name.casefold() or named_again(a, b) or named_again(b, a):
        return True
    if a.country and b.country and a.country != b.country and not _armed_group_in(a, b):
        return False
    return _side(a.sector) == _side(b.sector) or None in (_side(a.sector), _side(b.sector))


def _armed_group_in(a: Actor, b: Actor) -> bool:
    """One party is a transnational armed group (country ``IMG``: "a senior Islamic State
    commander") and the other no organ of a state, coded by the country it is in ("a militant
    commander" in a raid in Syria): the group's fighters may be coded either way, so the two
    countries do not set them apart (the Syrian army and the Islamic State still are)."""
    group, other = (a, b) if a.country == ARMED_GROUP_CODE else (b, a)
    return group.country == ARMED_GROUP_CODE and other.sector not in STATE_SECTORS


def named_again(short: Actor, full: Actor) -> bool:
    """``short`` names again, by the common noun it ends in, the party ``full`` named first
    ("the bloc's foreign ministers" ... "the ministers said"): one party, whatever country
    the words around each naming gave it. A name of its own ("Russian forces" against
    "NATO forces") is no such naming.

    >>> from crisislens.schemas import Actor
    >>> def side(name): return Actor(text=name, start=0, end=len(name), name=name)
    >>> named_again(side("ministers"), side("Senior ministers"))
    True
    >>> named_again(side("Russian forces"), side("NATO forces"))
    False
    """
    words, first = short.name.split(), full.name.split()
    if not words or not first or any(w[:1].isupper() for w in words):
        return False
    last = words[-1].casefold() == first[-1].casefold()
    return last and name_words(short.name) <= name_words(full.name)


def _side(sector: str | None) -> str | None:
    if sector in STATE_SECTORS:
        return "state"
    return None if sector in (None, "CVL") else sector


def related_words(lemma_a: str, lemma_b: str) -> bool:
    """One word, or one derived from the other ("shell" and "shelling", "protest" and
    "protester", "demonstrate" and "demonstration"): they share all but a short ending.

    >>> related_words("shell", "shelling"), related_words("kill", "intervene")
    (True, False)
    """
    if not lemma_a or not lemma_b:
        return False
    shorter = min(len(lemma_a), len(lemma_b))
    common = 0
    while common < shorter and lemma_a[common] == lemma_b[common]:
        common += 1
    return common == len(lemma_a) == len(lemma_b) or common >= max(4, shorter - 2)


def party_shared(a: Actor | None, b: Actor | None) -> bool:
    """Both mentions name this side, and the names share a content word ("Mr Putin",
    "Vladimir Putin"; "40 passengers hostage", "60 hostages"): not a number, nor a short word
    such as "the" ("the army" and "the rebels" share none).

    >>> from crisislens.schemas import Actor
    >>> def side(name): return Actor(text=name, start=0, end=len(name), name=name)
    >>> party_shared(side("40 passengers hostage"), side("60 hostages"))
    True
    >>> party_shared(side("the army"), side("the rebels"))
    False
    """
    if a is None or b is None:
        return False
    return bool(name_words(a.name) & name_words(b.name))


def name_words(name: str) -> frozenset[str]:
    """The content words of a party's name, lower-cased, without a plural "s" (as the story
    linker's ``link.features.words_of``, less numbers and words of three letters or fewer)."""
    return frozenset(
        w.removesuffix("s") for w in words_of(name) if w.isalpha() and len(w) > MIN_NAME_WORD
    )
