"""How well a gazetteer candidate fits a mention: a sum of named rules, each one weight from
``data/geo.yaml``. ``score`` adds them up; ``RULES`` is the list.

Each rule is ``(candidate, mention, context, lexicon) -> float``.
"""

from __future__ import annotations

import math

from crisislens.geo.context import CountryContext, ToponymMention, state_namesake
from crisislens.geo.gazetteer import Candidate
from crisislens.geo.lexicon import GeoLexicon
from crisislens.nlp.names import fold_place_name

WIDE_FEATURES = ("country", "continent", "region", "sea")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def prior(c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon) -> float:
    """Size and kind of place (see ``Candidate.prior``)."""
    return c.prior


def _takes_context(c: Candidate, m: ToponymMention) -> bool:
    """Places inside a country take its context (an island or a region too: "Flores" in a
    report on Guatemala is not Indonesia's island); a name that is a country's own ("Mexico")
    takes none for its namesake towns, but does for a namesake state ("Georgia" in an article
    about the United States)."""
    national = c.feature not in WIDE_FEATURES or c.feature == "region" and c.country is not None
    return national and (c.feature == "admin1" or not m.names_country)


def in_article_country(
    c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon
) -> float:
    """A place in a country the article points to, the more the more it points there
    ("Alexandria" in an article that names Egypt is Egypt's)."""
    if not _takes_context(c, m) or not _pointed_to(c, m, ctx, lex):
        return 0.0
    return lex.weight("context_base") + lex.weight("context_share") * ctx.share(c.country)


def _pointed_to(c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon) -> bool:
    """The article points to the candidate's country, and more than in passing where the name
    is also a well-known city's: "Geneva" in a report on Afghanistan that names the United
    States once is still Switzerland's, not a small American namesake."""
    if not ctx.points_to(c.country):
        return False
    if well_known(c, lex) or ctx.share(c.country) >= lex.weight("passing_share"):
        return True
    return not any(well_known(d, lex) and d.country != c.country for d in m.candidates)


def abroad(c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon) -> float:
    """A namesake in a country the article never points to, when it points somewhere, loses
    however populous ("Solhan" in a report on Burkina Faso is not the Turkish town)."""
    if not ctx.solid(lex) or not _takes_context(c, m) or _pointed_to(c, m, ctx, lex):
        return 0.0
    return -lex.weight("abroad_city_penalty" if well_known(c, lex) else "abroad_penalty")


def well_known(c: Candidate, lex: GeoLexicon) -> bool:
    """A capital, a province or a big city: a place a text names for itself, wherever it is."""
    return (
        c.capital
        or c.feature == "admin1"
        or c.population >= lex.weight("big_city_population")
        and c.feature == "city"
    )


def country_or_state(
    c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon
) -> float:
    """ "Georgia" in an article that points to the United States but never to Georgia is the
    state, not the country, unless the text says it is a country ("its border with Georgia")."""
    if c.feature != "country" or not ctx or ctx.points_to(c.country) or m.says_unit == "country":
        return 0.0
    states = [d for d in state_namesake(m) if ctx.points_to(d.country)]
    return -lex.weight("abroad_penalty") if states else 0.0


def in_title_country(
    c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon
) -> float:
    """The headline's countries weigh a little more."""
    titled = _takes_context(c, m) and c.country in ctx.title_countries
    return lex.weight("title_bonus") if titled else 0.0


def in_container(c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon) -> float:
    """ "Paris, Texas", "Turnabah, Idlib": the place lies in the unit named after the comma
    (by GeoNames id, or by the province's name), or in the country so named."""
    if not m.container:
        return 0.0
    units = {u.place_id for u in m.container_candidates if u.feature in ("admin1", "admin2")}
    if units & {c.admin1_id, c.admin2_id} - {None}:
        return lex.weight("container_admin_bonus")
    folded = fold_place_name(m.container)
    if folded and c.admin1 and fold_place_name(c.admin1).startswith(folded):
        return lex.weight("container_admin_bonus")
    if m.container_country and c.country == m.container_country:
        return lex.weight("container_country_bonus")
    return 0.0


def own_name(c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon) -> float:
    """A place's own name beats another place's alternate name."""
    return lex.weight("primary_name_bonus") if fold_place_name(c.name) == m.folded else 0.0


def city_over_its_unit(
    c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon
) -> float:
    """A bare name that is both a city and the province or district it lies in is the city
    ("Almaty", "Idlib"), unless the text says it is the unit ("the Almaty region"). A city
    whose own name is longer only shortens to it ("Bihar" for Bihar Sharif, in Bihar state)
    is no namesake: the name is the province's; nor is a city whose own name is shorter and
    that bears the name only as an alternate ("Rio Grande", once "Rio Grande do Sul", in the
    state of Rio Grande do Sul). A kind word does not make a name longer: "New York" is New
    York City."""
    if c.feature not in ("admin1", "admin2") or m.says_unit:
        return 0.0
    words = _bare_length(m.folded, lex)
    holds_namesake = any(
        d.feature == "city"
        and c.place_id in (d.admin1_id, d.admin2_id)
        and _bare_length(fold_place_name(d.name), lex) == words
        for d in m.candidates
    )
    return -lex.weight("city_over_its_unit") if holds_namesake else 0.0


def _bare_length(folded: str, lex: GeoLexicon) -> int:
    """How many words a folded name has besides kind nouns ("new york city": 2)."""
    return len([w for w in folded.split() if w not in lex.kind_nouns])


def said_unit(c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon) -> float:
    """ "Idlib province", "the Almaty region", "Karo district": the unit of that level; a
    name in a container's place ("Buffalo, New York") is a unit of any level, unless it is a
    country's name ("Tijuana, Mexico" is the country, not the capital's province)."""
    contains = m.says_unit == "unit" and c.feature in ("admin1", "admin2") and not m.names_country
    fits = c.feature == m.says_unit or contains
    return lex.weight("says_unit_bonus") if fits else 0.0


RULES = (
    prior,
    in_article_country,
    abroad,
    country_or_state,
    in_title_country,
    in_container,
    own_name,
    city_over_its_unit,
    said_unit,
)


def score(c: Candidate, m: ToponymMention, ctx: CountryContext, lex: GeoLexicon) -> float:
    return sum(rule(c, m, ctx, lex) for rule in RULES)


def coherence(c: Candidate, anchors: list[Candidate], lex: GeoLexicon) -> float:
    """Closeness to the article's other specific places: within 200 km, within 800 km, or in
    the same province."""
    if not anchors or c.feature in WIDE_FEATURES:
        return 0.0
    nearest = min(haversine_km(c.lat, c.lon, a.lat, a.lon) for a in anchors)
    same_region = c.admin1 is not None and any(
        a.admin1 == c.admin1 and a.country == c.country for a in anchors
    )
    near = (
        lex.weight("coherence_near")
        if nearest < lex.weight("near_km")
        else lex.weight("coherence_region")
        if nearest < lex.weight("region_km")
        else 0.0
    )
    return near + (lex.weight("coherence_region") if same_region else 0.0)
