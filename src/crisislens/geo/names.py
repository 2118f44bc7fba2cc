"""Folding place names for lookup, and the gazetteer file's schema (shared by the build and the
reader, so that neither imports the other).

>>> normalize("The Almatý")
'almaty'
"""

from __future__ import annotations

import re

from crisislens.nlp.names import plain_letters

SCHEMA_VERSION = 7
SCHEMA = """
    PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE places (place_id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT,
        country TEXT, admin1 TEXT, admin1_code TEXT, lat REAL, lon REAL, population INTEGER,
        feature TEXT, capital INTEGER, admin2 TEXT, admin1_id INTEGER, admin2_id INTEGER);
    CREATE TABLE names (name TEXT, place_id INTEGER);
"""
INDEXES = """
    CREATE INDEX names_name ON names(name);
    CREATE INDEX places_country ON places(country, feature);
"""
_SPACES = re.compile(r"\s+")


def normalize(name: str) -> str:
    """Fold a place name for lookup: accents off, lower case, one kind of apostrophe and dash,
    no leading "the" (actors fold with ``actors.dictionary.fold``; both start with
    ``nlp.names.plain_letters``). Plain ASCII, most of the gazetteer's names, skips the
    Unicode step."""
    if not name.isascii():
        name = plain_letters(name.replace("\u2013", "-"))
    folded = _SPACES.sub(" ", name).strip().lower()
    return folded.removeprefix("the ")
