"""Pairwise features of two event mentions: could they tell of one happening?

Each feature is a small function over the record's own fields (type, actor, place, date), so
the same test serves within one article (events/article.py) and across articles (the story
linker). A feature answers *compatible* (nothing in the two contradicts one happening), not
*same*: two mentions with no place are compatible in place.

>>> from crisislens.schemas import Place
>>> almaty = Place(text="Almaty", start=0, end=6, name="Almaty", country="KAZ", lat=43.25,
...                lon=76.9, feature="city")
>>> kazakhstan = Place(text="Kazakhstan", start=9, end=19, name="Kazakhstan", country="KAZ",
...                    lat=48.0, lon=68.0, feature="country")
>>> places_compatible(almaty, kazakhstan), places_compatible(almaty, None)
(True, True)
>>> dates_compatible("2022-01-05", "2022-01"), dates_compatible("2022-01-05", "2022-01-09")
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import yaml

from crisislens.geo.resolver import haversine_km
from crisislens.schemas import Actor, Place

STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
BROAD_FEATURES = {"country", "admin1", "admin2", "region", "continent", "sea"}


@dataclass(frozen=True)
class PairRules:
    """``data/article.yaml``: which types one happening may carry, and the distances allowed."""

    compatible_types: frozenset[frozenset[str]]
    modes_may_differ: frozenset[str]
    generic_nouns: frozenset[str]
    same_place_km: float
    same_date_days: int


@cache
def pair_rules() -> PairRules:
    text = (resources.files("crisislens") / "data" / "article.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return PairRules(
        compatible_types=frozenset(frozenset(pair) for pair in data["compatible_types"]),
        modes_may_differ=frozenset(data["modes_may_differ"]),
        generic_nouns=frozenset(data["generic_nouns"]),
        same_place_km=float(data["same_place_km"]),
        same_date_days=int(data["same_date_days"]),
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
    """No place, the same place, one inside the other (Almaty in Kazakhstan), or two points
    close enough to be one place ("New Orleans East", "New Orleans")."""
    if a is None or b is None:
        return True
    if a.name.casefold() == b.name.casefold():
        return True
    if a.country and b.country and a.country != b.country:
        return False
    for broad, narrow in ((a, b), (b, a)):
        if broad.feature == "country" and narrow.country == broad.country:
            return True
        if broad.feature == "admin1" and narrow.admin1 and narrow.admin1 == broad.admin1:
            return True
    if a.feature in BROAD_FEATURES or b.feature in BROAD_FEATURES:
        return False
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= pair_rules().same_place_km


def dates_compatible(a: str | None, b: str | None) -> bool:
    """No date, one date within the other ("2022-01" holds "2022-01-05"), or two days at most
    ``same_date_days`` apart."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        gap = abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
        return gap <= pair_rules().same_date_days
    return False


def actors_compatible(a: Actor | None, b: Actor | None) -> bool:
    """No actor, the same name, or no contradiction in country or side: the state's organs
    (government, army, police...) are one side ("Mr Putin sent troops" and "the Russian
    deployment"); other sectors must agree, civilians agreeing with any."""
    if a is None or b is None:
        return True
    if a.name.casefold() == b.name.casefold():
        return True
    if a.country and b.country and a.country != b.country:
        return False
    return _side(a.sector) == _side(b.sector) or None in (_side(a.sector), _side(b.sector))


def _side(sector: str | None) -> str | None:
    if sector in STATE_SECTORS:
        return "state"
    return None if sector in (None, "CVL") else sector
