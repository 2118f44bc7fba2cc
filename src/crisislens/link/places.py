"""Where two event mentions happened: one place, two places, or unknown (split from
:mod:`crisislens.link.features`, which reads these rules for :func:`~crisislens.link.features.
compatible` and the ``place_match`` feature; :mod:`crisislens.link.block` reads them as matrices).

Two coded places are one place within a distance that depends on the coarser precision of the
two (:data:`PLACE_KM` within one article, :data:`REPORTS_PLACE_KM` across reports); two
countries are two places; a province and a place the gazetteer puts in another province are two
places (:func:`provinces_differ`); two towns of two states within :data:`ONE_CITY_KM` are one
city (:func:`one_city_two_states`).

>>> a = LinkMention("a", "d1", 0, 4, place=(12.0, 8.5, "city", "NGA"))
>>> b = LinkMention("b", "d2", 0, 4, place=(12.3, 8.6, "city", "NGA"))
>>> place_relation(a, b), place_relation(a, LinkMention("c", "d2", 0, 4, place=(9.0, 7.4, "city", "NGA")))
('match', 'conflict')
"""

from __future__ import annotations

from crisislens.geo.resolver import haversine_km
from crisislens.link.mention import LinkMention

# how far apart two places named in one article may be and still be one place, by the coarser
# precision (the article coder's test: one writer names one happening's place alike)
PLACE_KM = {"city": 50.0, "landmark": 50.0, "admin2": 100.0, "admin1": 300.0, "unknown": 50.0}
# the same across reports: reports of one event by different outlets name towns up to about a
# hundred kilometres apart (the nearest town, the district's seat, the city a hijacked train
# left from), and a province by a centroid that may lie hundreds of kilometres from the town
REPORTS_PLACE_KM = {
    "city": 150.0,
    "landmark": 150.0,
    "admin2": 150.0,
    "admin1": 500.0,
    "unknown": 150.0,
}
WIDE_FEATURES = (None, "country", "region", "sea", "continent")
# two towns or landmarks this near, coded to two states, are one city that two states claim or
# a border town's two sides, not two places (:func:`one_city_two_states`)
ONE_CITY_KM = 25.0


def place_relation(
    a: LinkMention, b: LinkMention, radius: dict[str, float] = PLACE_KM
) -> str | None:
    """ "match", "conflict" or None (unknown) for the coded places of two mentions, within
    ``radius`` (by the coarser precision: :data:`PLACE_KM` within one article,
    :data:`REPORTS_PLACE_KM` across reports)."""
    if a.place is None or b.place is None:
        return None
    (lat1, lon1, f1, c1), (lat2, lon2, f2, c2) = a.place, b.place
    if c1 and c2 and c1 != c2:
        return "conflict"
    if f1 in WIDE_FEATURES or f2 in WIDE_FEATURES:
        return "match" if c1 and c1 == c2 else None
    if provinces_differ(a, b):
        return "conflict"
    limit = max(radius.get(f1, 50.0), radius.get(f2, 50.0))
    return "match" if haversine_km(lat1, lon1, lat2, lon2) <= limit else "conflict"


def province_of(m: LinkMention) -> str | None:
    """The first-level division (state, province) the gazetteer gives the mention's place."""
    return m.extra.get("place_admin1") or None


def provinces_differ(a: LinkMention, b: LinkMention) -> bool:
    """Is one of two places a province (admin1) and the other in another province, or another
    province? A province is read by its centroid, which may lie hundreds of kilometres from its
    towns, so the distance says little; but a town lies in one province. "Kaduna" (the state)
    and Gada, a town of Sokoto state 440 km from Kaduna's centroid, are two places. Where the
    provinces agree the distance still decides, as where the gazetteer gives no province.

    >>> state = LinkMention("a", "d1", 0, 4, place=(10.4, 7.9, "admin1", "NGA"),
    ...                     extra={"place_admin1": "Kaduna"})
    >>> town = LinkMention("b", "d2", 0, 4, place=(13.8, 5.7, "city", "NGA"),
    ...                    extra={"place_admin1": "Sokoto"})
    >>> provinces_differ(state, town), place_relation(state, town, REPORTS_PLACE_KM)
    (True, 'conflict')
    >>> village = LinkMention("c", "d2", 0, 4, place=(10.6, 7.2, "city", "NGA"),
    ...                       extra={"place_admin1": "Kaduna"})
    >>> provinces_differ(state, village), provinces_differ(town, village)
    (False, False)
    """
    if a.place is None or b.place is None or "admin1" not in (a.place[2], b.place[2]):
        return False
    mine, theirs = province_of(a), province_of(b)
    return bool(mine and theirs and mine != theirs)


def one_city_two_states(a: LinkMention, b: LinkMention) -> bool:
    """Two precise places (towns, landmarks, districts) within ``ONE_CITY_KM`` of each other
    but coded to two states: one report's western district of a city and another's eastern
    one, which the gazetteer gives to another state, or the two sides of a border town. That
    is no place conflict (the pair model and the other rules still weigh the pair).

    >>> a = LinkMention("a", "d1", 0, 4, place=(31.769, 35.216, "city", "ISR"))
    >>> b = LinkMention("b", "d2", 0, 4, place=(31.783, 35.234, "city", "PSE"))
    >>> one_city_two_states(a, b), one_city_two_states(a, LinkMention("c", "d2", 0, 4,
    ...     place=(31.9, 35.2, "region", "PSE")))
    (True, False)
    """
    if a.place is None or b.place is None:
        return False
    (lat1, lon1, f1, c1), (lat2, lon2, f2, c2) = a.place, b.place
    if not (c1 and c2 and c1 != c2) or f1 in WIDE_FEATURES or f2 in WIDE_FEATURES:
        return False
    return haversine_km(lat1, lon1, lat2, lon2) <= ONE_CITY_KM


def listed_by_each(a: LinkMention, b: LinkMention, mine: str | None, theirs: str | None) -> bool:
    """Two countries, each named by the other mention's sentences: one deployment "to Germany,
    Poland and Romania" coded at Germany in one report and at Poland in another (each report
    names both), not an attack in Kabul and another in Peshawar.

    >>> a = LinkMention("a", "d1", 0, 4, named_countries=frozenset({"DEU", "POL"}))
    >>> b = LinkMention("b", "d2", 0, 4, named_countries=frozenset({"POL", "DEU", "ROU"}))
    >>> listed_by_each(a, b, "DEU", "POL"), listed_by_each(a, b, "DEU", "ROU")
    (True, False)
    """
    return bool(
        mine
        and theirs
        and mine != theirs
        and mine in b.named_countries
        and theirs in a.named_countries
    )


def place_country(m: LinkMention) -> str | None:
    """The country of the mention's coded place, if any."""
    return m.place[3] if m.place else None
