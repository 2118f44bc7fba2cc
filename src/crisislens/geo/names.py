"""The gazetteer file's schema (shared by the build and the reader, so that neither imports the
other). Place names are folded for lookup by ``crisislens.nlp.names.fold_place_name``."""

from __future__ import annotations

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
