"""Name -> gazetteer candidates: the entries a place name may refer to, most likely first.

Each rule is a function ``(finder, surface, found) -> list[Candidate]`` that may add to or
replace what the earlier rules found; ``RULES`` is their order.

>>> finder = CandidateFinder(gazetteer)          # doctest: +SKIP
>>> finder("Mangystau Region")[0].feature        # doctest: +SKIP
'admin1'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from crisislens.geo.gazetteer import Candidate, Gazetteer
from crisislens.geo.lexicon import GeoLexicon
from crisislens.nlp.names import fold_place_name

UNIT_FEATURES = ("admin1", "admin2")
REGION_FEATURES = ("country", "admin1", "admin2", "region")


class CandidateFinder:
    """Candidates for a surface form; the gazetteer and the demonym lookup are passed in."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        lexicon: GeoLexicon | None = None,
        demonym_country: Callable[[str], str | None] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon or GeoLexicon.load()
        self.demonym_country = demonym_country or (lambda text: None)
        kinds = "|".join(sorted(map(re.escape, self.lexicon.kind_nouns)))
        self.kind_words = re.compile(rf"^(?:the )?(?:{kinds}) of |\s+(?:{kinds})$", re.IGNORECASE)
        units = "|".join(sorted(map(re.escape, self.lexicon.unit_words), key=len, reverse=True))
        self.unit_suffix = re.compile(rf"^(?P<bare>.+?)\s+(?P<word>{units})$", re.IGNORECASE)

    def __call__(self, surface: str) -> list[Candidate]:
        found: list[Candidate] = []
        for rule in RULES:
            found = rule(self, surface, found)
        return found[: int(self.lexicon.weight("max_candidates"))]

    def unit_level(self, word: str) -> str:
        """ "admin1" for a first-level word ("oblast"), "admin2" for a second-level one."""
        return "admin1" if word.lower() in self.lexicon.first_level_words else "admin2"


def by_name(finder: CandidateFinder, surface: str, found: list[Candidate]) -> list[Candidate]:
    """The gazetteer's entries for the name as written, or without a leading "the"."""
    found = finder.gazetteer.lookup(surface)
    if not found and surface.lower().startswith("the "):
        found = finder.gazetteer.lookup(surface[4:])
    return found


def unit_by_suffix(
    finder: CandidateFinder, surface: str, found: list[Candidate]
) -> list[Candidate]:
    """ "Mangystau Region", "Almaty Oblast", "Idlib Governorate", "Karo District": the unit
    whose bare name it is. A unit of the level the word names comes first, and one whose own
    name is longer than the bare name ("Almaty oblysy") before one that is just the city
    ("Almaty", the city as a province). Where the whole name is one unit's own alias ("East
    Region" is Cameroon's), the other units of the bare name follow it (Burkina Faso's East
    region, which the registry calls "Est"): the context chooses."""
    match = finder.unit_suffix.match(surface)
    if match is None:
        return found
    bare, level = match.group("bare"), finder.unit_level(match.group("word"))
    units = [c for c in finder.gazetteer.lookup(bare) if c.feature in UNIT_FEATURES]
    units.sort(
        key=lambda c: (
            c.feature != level,
            fold_place_name(c.name) == fold_place_name(bare),
            -c.population,
        )
    )
    if any(c.feature in UNIT_FEATURES for c in found):
        known = {c.place_id for c in found}
        return found + [c for c in units if c.place_id not in known]
    return units + found if units else found


def without_kind_word(
    finder: CandidateFinder, surface: str, found: list[Candidate]
) -> list[Candidate]:
    """ "Zamfara state", "the city of Homs": the name without its kind, where the whole name
    is unknown."""
    if found:
        return found
    bare = finder.kind_words.sub("", surface).strip()
    return finder.gazetteer.lookup(bare) if bare and bare != surface else found


def demonym_stem(finder: CandidateFinder, surface: str, found: list[Candidate]) -> list[Candidate]:
    """ "Londoners", "Manitobans", "Sicilian": the place a regional demonym is made from."""
    if found or " " in surface:
        return found
    stem = demonym_place(finder.gazetteer, surface, finder.lexicon)
    return [stem] if stem is not None else found


def demonym_country(
    finder: CandidateFinder, surface: str, found: list[Candidate]
) -> list[Candidate]:
    """ "German", "Canadian": the country first, not San Germán or Canadian County."""
    iso3 = finder.demonym_country(surface)
    country = finder.gazetteer.country(iso3) if iso3 else None
    if country is None:
        return found
    return [replace(country, population=country.population * 10), *found[:5]]


def direction_part(
    finder: CandidateFinder, surface: str, found: list[Candidate]
) -> list[Candidate]:
    """ "South Lebanon", "northern Mali": part of a country or region, not a namesake town; but
    a unit or a big city of that whole name is a place of its own ("West Virginia", "East
    Java", "East Jerusalem"). A side of a big city that no entry names ("Southwest
    Philadelphia") is the city."""
    first, _, rest = surface.partition(" ")
    if first.lower() not in finder.lexicon.directions or not rest:
        return found
    kept = finder.lexicon.weight("direction_kept_population")
    if any(
        c.feature in REGION_FEATURES
        or fold_place_name(c.name) == fold_place_name(surface)
        and c.population >= kept
        for c in found[:3]
    ):
        return found
    named = finder.gazetteer.lookup(rest)[:3]
    whole = [c for c in named if c.feature in ("country", "admin1", "region")]
    parts = [replace(c, feature="region", population=c.population // 4) for c in whole[:1]]
    if not found and not parts:
        parts = _city_side(finder, rest, named)
    return sorted(found + parts, key=lambda c: -c.prior)


def _city_side(finder: CandidateFinder, rest: str, named: list[Candidate]) -> list[Candidate]:
    """ "West Philadelphia", "North Spokane": a side of a city the gazetteer lacks by that
    name is placed at the city (a big one: a small town has no named sides, and "South Park"
    is not Park)."""
    least = finder.lexicon.weight("city_side_population")
    return [
        c
        for c in named[:1]
        if c.feature == "city"
        and c.population >= least
        and fold_place_name(c.name) == fold_place_name(rest)
    ]


def demonym_place(
    gazetteer: Gazetteer, word: str, lexicon: GeoLexicon | None = None
) -> Candidate | None:
    """The place a regional demonym is made from: London-ers, Manitoba-ns, Sicil-ian -> y. A
    city counts by its own name only: "Makeen" is a town, not "Makee", one of Macau's
    alternate names, with an "-n"."""
    lexicon = lexicon or GeoLexicon.load()
    for suffix, ending in lexicon.demonym_endings.items():
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)] + ending
            top = next(iter(gazetteer.lookup(stem)), None)
            if top is not None and (
                top.feature in ("country", "admin1", "region")
                or top.feature == "city"
                and top.population >= lexicon.weight("demonym_city_population")
                and fold_place_name(top.name) == fold_place_name(stem)
            ):
                return top
    return None


RULES = (by_name, unit_by_suffix, without_kind_word, demonym_stem, demonym_country, direction_part)
