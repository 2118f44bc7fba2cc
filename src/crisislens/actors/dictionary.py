"""Actor data: named people and bodies with time-bounded roles, generic agents, nationalities.

Everything is read from data files (``crisislens/data/*.yaml``) plus any files the user adds
(YAML of the same shape, or CSV with columns ``name,aliases,country,sector,start,end,title``,
aliases separated by ``;``). Roles are resolved at the article's date:

>>> d = ActorDictionary.load()
>>> d.named("Tokayev", "2022-01-07")
CodedName(name='Kassym-Jomart Tokayev', country='KAZ', sector='GOV', title='President', person=True)
>>> d.named("Nazarbayev", "2022-01-07").sector
'ELI'
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from crisislens.actors.words import ActorWords
from crisislens.data import load_yaml
from crisislens.errors import ResourceError
from crisislens.nlp.names import fold_actor_name


@dataclass(frozen=True, slots=True)
class Role:
    country: str | None
    sector: str | None
    start: str | None
    end: str | None
    title: str | None = None

    def active(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    roles: tuple[Role, ...]
    person: bool


# how many names the near-miss search remembers its answers for (then it starts afresh)
NEAR_MISSES_REMEMBERED = 50_000


@dataclass(frozen=True, slots=True)
class CodedName:
    name: str
    country: str | None
    sector: str | None
    title: str | None = None
    person: bool = False


def _data(name: str) -> str:
    return (resources.files("crisislens") / "data" / name).read_text(encoding="utf-8")


def _iso(value: object) -> str | None:
    return None if value in (None, "", "null") else str(value)


# the dictionaries beneath ours, loaded unless a caller leaves them out (to measure them)
BASE_LAYERS = ("phoenix",)


class ActorDictionary:
    """Lookups from names, agent nouns and nationality words to codes."""

    def __init__(self, words: ActorWords | None = None) -> None:
        self.words = words or ActorWords.load()
        self._names: dict[str, list[Entry]] = defaultdict(list)
        self._surnames: dict[str, list[Entry]] = defaultdict(list)  # "Mr Putin": after full names
        self._base_names: dict[str, list[Entry]] = defaultdict(list)  # beneath ours: Phoenix
        self.agents: dict[str, str] = {}
        self.base_agents: dict[str, str] = {}  # beneath ours: Phoenix
        self._shapes: dict[tuple[str, int], list[tuple[str, Entry]]] | None = None
        self._letters: dict[tuple[str, int, int, str], list[int]] = {}  # see _index_letters
        self._near: dict[tuple[str, str | None], list[CodedName]] = {}  # see near_misses
        self.nationalities: dict[str, str] = {}

    @classmethod
    def load(
        cls, extra_files: tuple[Path, ...] = (), base_layers: tuple[str, ...] = BASE_LAYERS
    ) -> ActorDictionary:
        """Our data (``actors.yaml``, ``agents.yaml``), the base layers beneath it (the Phoenix
        dictionaries), and the user's files above both."""
        dictionary = cls()
        dictionary._add_yaml(load_yaml(_data("actors.yaml")))
        for sector, words in load_yaml(_data("agents.yaml")).items():
            for word in words:
                dictionary.agents.setdefault(fold_actor_name(str(word)), sector)
        if "phoenix" in base_layers:
            dictionary._add_phoenix()
        dictionary._load_nationalities()
        for path in extra_files:
            dictionary.add_file(path)
        return dictionary

    def _load_nationalities(self) -> None:
        for iso3, words in load_yaml(_data("nationalities.yaml")).items():
            for word in words:
                self.nationalities[fold_actor_name(str(word))] = iso3
        info_dir = Path(str(resources.files("countryinfo") / "data"))
        for file in info_dir.glob("*.json"):
            info = json.loads(file.read_text(encoding="utf-8"))
            iso3 = (info.get("ISO") or {}).get("alpha3")
            demonym = info.get("demonym")
            if iso3 and demonym:
                self.nationalities.setdefault(fold_actor_name(demonym), iso3)

    def add_file(self, path: Path) -> None:
        """Add a user's actor file (YAML like data/actors.yaml, or CSV); later files win."""
        try:
            if path.suffix.lower() == ".csv":
                with path.open(encoding="utf-8", newline="") as handle:
                    for row in csv.DictReader(handle):
                        role = Role(
                            _iso(row.get("country")),
                            _iso(row.get("sector")),
                            _iso(row.get("start")),
                            _iso(row.get("end")),
                            _iso(row.get("title")),
                        )
                        aliases = [a for a in (row.get("aliases") or "").split(";") if a.strip()]
                        self._add(
                            row["name"], aliases, (role,), person=bool(row.get("start")), first=True
                        )
            else:
                self._add_yaml(load_yaml(path.read_text(encoding="utf-8")) or {}, first=True)
        except (OSError, KeyError, yaml.YAMLError, TypeError, ValueError) as err:
            raise ResourceError(
                f"cannot read actor file {path}: {err}. See docs/ACTORS.md for the format."
            ) from err

    def _add_phoenix(self) -> None:
        """The Phoenix dictionaries (data/phoenix_*.tsv, built by actors/phoenix.py), beneath
        our own entries: a name we list keeps our roles."""
        for line in _data("phoenix_actors.tsv").splitlines():
            if line.startswith("#") or not line:
                continue
            name, aliases, roles, kind = line.split("\t")
            parsed = tuple(
                Role(*(None if v == "-" else v for v in role.split(" ")))
                for role in roles.split(";")
            )
            entry = Entry(name=name, roles=parsed, person=kind == "person")
            for key in {
                fold_actor_name(name),
                *(fold_actor_name(a) for a in aliases.split(";") if a),
            }:
                self._base_names[key].append(entry)
        for line in _data("phoenix_agents.tsv").splitlines():
            if line and not line.startswith("#"):
                phrase, sector = line.split("\t")
                self.base_agents.setdefault(fold_actor_name(phrase), sector)

    def _add_yaml(self, data: dict, first: bool = False) -> None:
        for person in data.get("people", []):
            roles = _roles(person.get("roles", []))
            self._add(person["name"], person.get("aliases", []), roles, person=True, first=first)
        for org in data.get("organisations", []):
            # a body whose standing changed carries dated roles, as people do (the Taliban:
            # insurgents, then the government)
            if "roles" in org:
                roles = _roles(org["roles"])
            else:
                roles = (Role(_iso(org.get("country")), _iso(org.get("sector")), None, None),)
            self._add(org["name"], org.get("aliases", []), roles, person=False, first=first)

    def _add(
        self,
        name: str,
        aliases: list[str],
        roles: tuple[Role, ...],
        *,
        person: bool,
        first: bool,
    ) -> None:
        entry = Entry(name=name, roles=tuple(_normalise_dates(r) for r in roles), person=person)
        keys = {fold_actor_name(name), *(fold_actor_name(str(a)) for a in aliases)}
        targets = [(self._names, key) for key in keys]
        last = fold_actor_name(name.split()[-1])
        if person and len(last) >= self.words.min_surname_letters and last not in keys:
            targets.append((self._surnames, last))  # surname alone: "Mr Putin"
        for table, key in targets:
            if first:
                table[key].insert(0, entry)
            else:
                table[key].append(entry)

    def named(self, text: str, day: str | None, base: bool = True) -> CodedName | None:
        """Code a proper name ("Mr Putin", "the Kremlin") at ``day`` (YYYY-MM-DD or None): our
        names, then our surnames, then (unless ``base`` is False) the base layers' names."""
        stripped = self.words.strip_titles(fold_actor_name(text))
        words = stripped.split()
        # "Human rights watchdog Amnesty International": the name is at the end
        most = self.words.max_description_words + 1
        tails = [" ".join(words[i:]) for i in range(1, min(len(words) - 1, most))]
        keys = list(dict.fromkeys((fold_actor_name(text), stripped, *tails)))
        tables = (self._names, self._surnames, self._base_names)
        for table in tables if base else tables[:2]:
            for key in keys:
                entries = table.get(key)
                if not entries:
                    continue
                coded = _resolve(entries[0], day)
                if (
                    key in tails
                    and not coded.person
                    and coded.country is not None
                    and self._name_part(text, words[: len(words) - len(key.split())])
                ):
                    continue  # "West Elbonia National Front" is no other land's National Front
                return _unplaced_elite(coded) if table is self._base_names else coded
        return None

    def _name_part(self, text: str, dropped: list[str]) -> bool:
        """Whether words before a listed name are part of one longer name, not a description:
        all capitalised in ``text``, none a people's word or an agent noun. "West Elbonia" in
        "West Elbonia National Front" is; "Rights group", "Kenyan" and "Rebel Group" are not.

        >>> d = ActorDictionary.load()
        >>> d._name_part("West Elbonia National Front", ["west", "elbonia"])
        True
        >>> d._name_part("Kenyan National Front", ["kenyan"])
        False
        """
        written = {fold_actor_name(w): w for w in text.split()}
        for word in dropped:
            shown = written.get(word, "")
            if not (shown[:1].isupper()) or self.nationality(word) or self.agent_sector(word):
                return False
        return True

    def near_misses(self, text: str, day: str | None) -> list[CodedName]:
        """People whose listed name is one letter away from ``text`` ("Mr Tokoyev" for
        Tokayev): one letter changed, added, dropped or two swapped, never the first letter,
        in names of at least ``min_near_miss_letters``. The caller decides which the article
        supports. Answers are remembered: an article asks about its names many times over."""
        found = self._near.get((text, day))
        if found is None:
            if len(self._near) >= NEAR_MISSES_REMEMBERED:
                self._near.clear()
            found = self._near[(text, day)] = self._find_near_misses(text, day)
        return list(found)

    def _find_near_misses(self, text: str, day: str | None) -> list[CodedName]:
        key = self.words.strip_titles(fold_actor_name(text))
        if len(key) < self.words.min_near_miss_letters:
            return []
        if self._shapes is None:
            self._shapes = self._index_shapes()
            self._letters = _index_letters(self._shapes)
        found: list[CodedName] = []
        for size in (len(key) - 1, len(key), len(key) + 1):
            bucket = self._shapes.get((key[0], size), [])
            for k in self._near_candidates(key, size, len(bucket)):
                other, entry = bucket[k]
                if other != key and _one_edit(key, other):
                    found.append(_resolve(entry, day))
        return found

    def _near_candidates(self, key: str, size: int, n: int) -> Iterable[int]:
        """Where in its bucket a name one edit from ``key`` can be, in order: one edit after the
        shared first letter leaves the second letter or the last as it was (in names of four
        letters or more), so only names that share one of them are tried."""
        if len(key) < 4:
            return range(n)
        second = self._letters.get((key[0], size, 1, key[1]), ())
        last = self._letters.get((key[0], size, -1, key[-1]), ())
        return sorted({*second, *last})

    def _index_shapes(self) -> dict[tuple[str, int], list[tuple[str, Entry]]]:
        """Our people's names and surnames, and the base layers' full names, by first letter
        and length (a base layer's lone surname is too common a word to guess at)."""
        shapes: dict[tuple[str, int], list[tuple[str, Entry]]] = defaultdict(list)
        tables = ((self._names, False), (self._surnames, False), (self._base_names, True))
        for table, full_names_only in tables:
            for key, entries in table.items():
                person = next((e for e in entries if e.person), None)
                if person is not None and (" " in key or not full_names_only):
                    shapes[(key[0], len(key))].append((key, person))
        return shapes

    def agent_sector(self, *phrases: str) -> str | None:
        """Sector of a generic agent noun phrase ("riot police" -> COP), by its last words, the
        longest first; several forms of one phrase (lemmas, as written) are tried together."""
        forms = [fold_actor_name(phrase).split() for phrase in phrases]
        for agents in (self.agents, self.base_agents):
            for size in (3, 2, 1):
                for words in forms:
                    sector = agents.get(" ".join(words[-size:])) if len(words) >= size else None
                    if sector:
                        return sector
        return None

    def nationality(self, word: str) -> str | None:
        """The country of a nationality or people word, singular or plural ("Norwegians")."""
        key = fold_actor_name(word)
        found = self.nationalities.get(key)
        if found is None and key.endswith("s") and len(key) > 3:
            found = self.nationalities.get(key[:-1])
        return found

    def __len__(self) -> int:
        return len(
            {
                id(e)
                for table in (self._names, self._surnames, self._base_names)
                for entries in table.values()
                for e in entries
            }
        )


def _roles(rows: list) -> tuple[Role, ...]:
    """[country, sector, start, end, title?] rows as Roles."""
    return tuple(
        Role(_iso(r[0]), _iso(r[1]), _iso(r[2]), _iso(r[3]), r[4] if len(r) > 4 else None)
        for r in rows
    )


def _unplaced_elite(coded: CodedName) -> CodedName:
    """A base-layer person with no office at the date keeps their country, not Phoenix's
    catch-all ELI: the dictionaries end in 2014, so the text's title or event decides."""
    if coded.person and coded.sector == "ELI":
        return CodedName(coded.name, coded.country, None, None, True)
    return coded


def _index_letters(
    shapes: dict[tuple[str, int], list[tuple[str, Entry]]],
) -> dict[tuple[str, int, int, str], list[int]]:
    """Where in its bucket (first letter, length) each name is, by its second letter (key
    ``(first, length, 1, letter)``) and by its last (``(first, length, -1, letter)``)."""
    letters: dict[tuple[str, int, int, str], list[int]] = defaultdict(list)
    for (first, size), bucket in shapes.items():
        for k, (name, _) in enumerate(bucket):
            if len(name) >= 2:
                letters[(first, size, 1, name[1])].append(k)
                letters[(first, size, -1, name[-1])].append(k)
    return dict(letters)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, added or dropped, or two neighbours
    swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
        return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return shorter[i:] == longer[i + 1 :]


def _normalise_dates(role: Role) -> Role:
    def day(value: str | None) -> str | None:
        return None if value is None else str(value)[:10]

    return Role(role.country, role.sector, day(role.start), day(role.end), role.title)


def _resolve(entry: Entry, day: str | None) -> CodedName:
    """Pick the role in force at ``day``; a person whose roles have all ended is a former (ELI)."""
    roles = entry.roles
    if not roles:
        return CodedName(entry.name, None, None, person=entry.person)
    if day is None:
        current = [r for r in roles if r.end is None] or list(roles)
        role = max(current, key=lambda r: r.start or "")
        return CodedName(entry.name, role.country, role.sector, role.title, entry.person)
    active = [r for r in roles if r.active(day)]
    if active:
        role = max(active, key=lambda r: r.start or "")
        return CodedName(entry.name, role.country, role.sector, role.title, entry.person)
    past = [r for r in roles if r.end is not None and r.end <= day]
    if past and entry.person:
        role = max(past, key=lambda r: r.end or "")
        return CodedName(
            entry.name, role.country, "ELI", f"former {role.title or 'office-holder'}", True
        )
    role = min(roles, key=lambda r: r.start or "")
    return CodedName(
        entry.name, role.country, "ELI" if entry.person else role.sector, None, entry.person
    )
