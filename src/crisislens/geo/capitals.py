"""A country's capital named by a phrase, not by its name: "the Malian capital", "Chad's
capital" is the capital city the gazetteer marks for that country.

>>> [p.name for p in capital_places(nlp("Jets flew over the Malian capital."), places, gaz)]  # doctest: +SKIP
['Bamako']
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from crisislens.geo.gazetteer import Gazetteer
from crisislens.geo.lexicon import GeoLexicon
from crisislens.schemas import Place

# how a country's name or demonym qualifies "capital": "the Malian capital", "Chad's capital"
_QUALIFIERS = ("amod", "compound", "poss")


def capital_places(doc: Doc, places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """A place for each "capital" that a country's name or demonym qualifies and no name
    stands beside ("the capital, N'Djamena" is named already): the country's capital city,
    as sure as the country, on the word "capital"."""
    found = []
    for place in places:
        if place.feature != "country" or place.country is None:
            continue
        capital = _qualified_capital(doc, place)
        if capital is None:
            continue
        city = gazetteer.capital(place.country)
        if city is not None:
            found.append(_capital_place(capital, city, place.confidence))
    return found


def _qualified_capital(doc: Doc, place: Place) -> Token | None:
    """The word "capital" that the country named at ``place`` qualifies, with no name in
    apposition to it."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    head = root.head
    if root.dep_ not in _QUALIFIERS or head.lower_ not in GeoLexicon.load().capital_words:
        return None
    if any(c.dep_ == "appos" for c in head.children):
        return None
    return head


def _capital_place(token: Token, city, confidence: float) -> Place:
    return Place(
        text=token.text,
        start=token.idx,
        end=token.idx + len(token.text),
        name=city.name,
        geonameid=city.geonameid,
        country=city.country,
        admin1=city.admin1,
        admin1_geonameid=city.admin1_id if city.admin1_id and city.admin1_id > 0 else None,
        admin2_geonameid=city.admin2_id if city.admin2_id and city.admin2_id > 0 else None,
        lat=round(city.lat, 5),
        lon=round(city.lon, 5),
        feature="city",
        confidence=confidence,
    )
