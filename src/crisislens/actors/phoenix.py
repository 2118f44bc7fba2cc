"""The Phoenix actor and agent dictionaries (Open Event Data Alliance, MIT) as crisislens data.

The Phoenix dictionaries are TABARI/PETRARCH text files: a name, its ``+`` aliases and its CAMEO
codes, each code with the dates it holds::

    JANE_EXAMPLE_  # a made-up entry
    +MADAME_EXAMPLE_
        [XYZELI 800101-050601]
        [XYZGOV >050601]
        [XYZELI]

This module turns them into two derived files that ship with crisislens, so nothing is read
from the original files at run time: ``data/phoenix_actors.tsv`` (name, aliases, roles) and
``data/phoenix_agents.tsv`` (agent noun, sector). The MIT notice of the originals heads both.
Rebuild them with::

    .venv/bin/python eval/build_phoenix_actors.py ../shared/data/dictionaries

CAMEO codes become country and sector by ``data/cameo_codes.yaml``; an undated code is the role
that holds whenever no dated one does (Phoenix's own reading). The actor dictionary loads the
result beneath ``data/actors.yaml`` (docs/ACTORS.md).

>>> list(parse_actors(["JANE_EXAMPLE_ [XYZGOV 050601-090101] [XYZELI]"]))[0].codes
[('XYZGOV', '2005-06-01', '2009-01-01'), ('XYZELI', None, None)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crisislens.data import read_yaml, word_set

ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENT_FILE = "Phoenix.agents.txt"
_CODE = re.compile(r"\[([A-Za-z~-]+)\s*([<>]?\s*\d*)(?:-(\d+))?\s*\]")
_PAREN = re.compile(r"\(([^)]*)\)")


@dataclass
class RawEntry:
    """One entry as the file writes it: names and (code, start, end) triples."""

    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)


def _day(digits: str) -> str | None:
    """A TABARI date (YYMMDD or YYYYMMDD) as YYYY-MM-DD; a two-digit year below 30 is 20xx."""
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 30 else 1900 + year}{digits[2:]}"
    if len(digits) != 8:
        return None
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    """The bracketed codes of a line: "[KAZGOV >900424]" -> ("KAZGOV", "1990-04-24", None)."""
    found: list[tuple[str, str | None, str | None]] = []
    for code, first, last in _CODE.findall(text):
        first = first.replace(" ", "")
        if first.startswith(">"):
            found.append((code, _day(first[1:]), None))
        elif first.startswith("<"):
            found.append((code, None, _day(first[1:])))
        elif first and last:
            found.append((code, _day(first), _day(last)))
        else:
            found.append((code, None, None))
    return found


def _name(raw: str) -> str:
    """A TABARI name as text: underscores are spaces, the trailing one marks a whole word."""
    return " ".join(raw.replace("_", " ").split())


def parse_actors(lines: Iterable[str]) -> Iterator[RawEntry]:
    """Entries of a TABARI ``.actors`` file, in order."""
    entry: RawEntry | None = None
    for line in lines:
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if line[0] in " \t" and body.lstrip().startswith("["):
            if entry is not None:
                entry.codes.extend(_codes(body))
        elif body.startswith("+"):
            if entry is not None:
                entry.aliases.append(_name(_CODE.sub("", body[1:])))
                entry.codes.extend(_codes(body))
        else:
            if entry is not None:
                yield entry
            head = body.split("[", 1)[0]
            entry = RawEntry(_name(head), codes=_codes(body))
    if entry is not None:
        yield entry


@dataclass(frozen=True)
class CameoCodes:
    """``data/cameo_codes.yaml``: CAMEO code pieces -> crisislens country and sector."""

    countries: dict[str, str]
    bodies: dict[str, tuple[str | None, str | None]]
    no_country: frozenset[str]
    sectors: dict[str, str]

    @classmethod
    def load(cls) -> CameoCodes:
        data = read_yaml("cameo_codes.yaml")
        return cls(
            countries=dict(data["countries"]),
            bodies={k: (v[0], v[1]) for k, v in data["bodies"].items()},
            no_country=frozenset(str(c) for c in data["no_country"]),
            sectors=dict(data["sectors"]),
        )

    def split(self, code: str) -> tuple[str | None, str | None] | None:
        """("KAZ", "GOV") for "KAZGOVMIL"; None for a code that names no country or body."""
        code = code.lstrip("~").upper()
        first = code[:3]
        if first in self.no_country or len(first) < 3:
            return None
        if first in self.bodies:
            return self.bodies[first]
        return self.countries.get(first, first), self.sector(code[3:])

    def sector(self, roles: str) -> str | None:
        """The first role piece crisislens has a sector for ("GOVMIL" -> GOV)."""
        for i in range(0, len(roles) - 2, 3):
            sector = self.sectors.get(roles[i : i + 3])
            if sector:
                return sector
        return None


# -- entries -> rows of the derived file ---------------------------------------------------------
@dataclass(frozen=True)
class ActorRow:
    """One derived actor: its names and roles as (country, sector, start, end)."""

    name: str
    aliases: tuple[str, ...]
    roles: tuple[tuple[str | None, str | None, str | None, str | None], ...]
    person: bool


def _names(raw: str) -> list[str]:
    """A name, and the acronym it carries in parentheses: "Revolutionary Front (RF)"."""
    bare = " ".join(_PAREN.sub(" ", raw).split())
    acronyms = [a for a in _PAREN.findall(raw) if a.isupper() and len(a) >= 3 and " " not in a]
    return [n for n in (bare, *acronyms) if n]


def display_name(name: str) -> str:
    """An upper-case dictionary name in the case a reader expects: "VLADIMIR PUTIN" ->
    "Vladimir Putin", "AL-QAEDA IN IRAQ" -> "Al-Qaeda in Iraq"; a one-word name, or a word
    of two letters or with no vowel, stays an acronym ("UN", "NPFL")."""
    if not name.isupper() or " " not in name:
        return name
    words = []
    for i, word in enumerate(name.split()):
        lower = word.lower()
        if i and lower in word_set("cameo_codes.yaml", "display_lowercase"):
            words.append(lower)
        elif len(word.strip(".")) <= 2 or not set(lower) & set("aeiouy"):
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in lower.split("-")))
    return " ".join(words)


def to_row(entry: RawEntry, codes: CameoCodes) -> ActorRow | None:
    """The derived actor for a raw entry; None for a place (a bare country code, with no role)
    or an entry with no code crisislens can read."""
    roles = []
    for code, start, end in entry.codes:
        split = codes.split(code)
        if split is not None:
            roles.append((split[0], split[1], start, end))
    is_body = any(code.lstrip("~")[:3].upper() in codes.bodies for code, _, _ in entry.codes)
    if not roles or not (is_body or any(sector for _, sector, _, _ in roles)):
        return None
    names = _names(entry.name)
    for alias in entry.aliases:
        names.extend(_names(alias))
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        return None
    names[0] = display_name(names[0])
    person = any(start or end for _, _, start, end in roles)
    return ActorRow(names[0], tuple(names[1:]), tuple(roles), person)


def without_place_names(entries: list[RawEntry], codes: CameoCodes) -> list[ActorRow]:
    """The actors among ``entries``, none of them named by a place: the names of the
    dictionary's countries, capitals and cities ("GREECE" in "DIRECT_ACTION_(GREECE)_") are
    coded by the gazetteer, as states."""
    rows = [(entry, to_row(entry, codes)) for entry in entries]
    places = {
        fold_name(n)
        for entry, row in rows
        if row is None and entry.codes
        for n in (entry.name, *entry.aliases)
    }
    kept = []
    for _, row in rows:
        if row is None:
            continue
        names = [n for n in (row.name, *row.aliases) if fold_name(n) not in places]
        if names:
            first = display_name(names[0]) if names[0] != row.name else row.name
            kept.append(ActorRow(first, tuple(names[1:]), row.roles, row.person))
    return kept


def fold_name(name: str) -> str:
    return " ".join(name.lower().split())


def parse_agents(lines: Iterable[str], codes: CameoCodes) -> Iterator[tuple[str, str]]:
    """(agent phrase, sector) pairs of a TABARI agents file; ``!SET!`` macros are expanded and
    the listed irregular plurals ("{CHAMBERS_OF_COMMERCE}") kept as phrases of their own."""
    macros: dict[str, list[str]] = {}
    for line in lines:
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        if body.startswith("!") and "=" in body:
            key, _, values = body.partition("=")
            macros[key.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        found = _CODE.search(body)
        sector = codes.sector(found.group(1).lstrip("~")) if found else None
        if found is None or not sector:
            continue
        head = body[: found.start()]
        plurals = re.findall(r"\{([^}]*)\}", head)
        forms = [re.sub(r"\{[^}]*\}", "", head), *plurals]
        for form in forms:
            for phrase in _expand(form, macros):
                if phrase:
                    yield phrase, sector


def _expand(form: str, macros: dict[str, list[str]]) -> list[str]:
    for key, values in macros.items():
        if key in form:
            return [p for v in values for p in _expand(form.replace(key, v), macros)]
    return [_name(form).lower()]


# -- the derived files ---------------------------------------------------------------------------
def licence_notice(text: str) -> list[str]:
    """The MIT notice block of a Phoenix file's header, as its comment lines."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "The MIT License" in line)
    end = next(i for i in range(start, len(lines)) if "THE SOFTWARE." in lines[i])
    return [line.rstrip() for line in lines[start : end + 1]]


def _header(notice: list[str], what: str, columns: str) -> list[str]:
    return [
        f"# {what}",
        "# Derived by crisislens/actors/phoenix.py from the Phoenix dictionaries of the Open Event",
        "# Data Alliance (PETRARCH), which carry this notice; do not edit by hand, rebuild instead.",
        "#",
        *notice,
        "#",
        f"# columns: {columns}",
    ]


def _cell(value: str | None) -> str:
    return "" if value is None else value


def actor_lines(rows: Iterable[ActorRow]) -> Iterator[str]:
    for row in rows:
        roles = ";".join(" ".join(_cell(v) or "-" for v in role) for role in row.roles)
        yield "\t".join(
            (row.name, ";".join(row.aliases), roles, "person" if row.person else "body")
        )


def build(source: Path, target: Path) -> tuple[int, int]:
    """Write ``phoenix_actors.tsv`` and ``phoenix_agents.tsv`` into ``target`` from the Phoenix
    files in ``source``; returns how many actors and agent phrases were written."""
    codes = CameoCodes.load()
    notice = licence_notice((source / AGENT_FILE).read_text(encoding="utf-8", errors="replace"))
    entries: list[RawEntry] = []
    for name in ACTOR_FILES:
        text = (source / name).read_text(encoding="utf-8", errors="replace")
        entries.extend(parse_actors(text.splitlines()))
    rows = without_place_names(entries, codes)
    agent_text = (source / AGENT_FILE).read_text(encoding="utf-8", errors="replace")
    agents = dict(parse_agents(agent_text.splitlines(), codes))  # the first sector of a phrase
    head = _header(
        notice,
        "Phoenix actors: named people and bodies with dated roles.",
        "name, aliases (;), roles (; of 'country sector start end', - for none), kind",
    )
    (target / "phoenix_actors.tsv").write_text(
        "\n".join([*head, *actor_lines(rows)]) + "\n", encoding="utf-8"
    )
    head = _header(
        notice,
        "Phoenix agents: generic agent nouns and their sectors.",
        "phrase (lower case), sector",
    )
    (target / "phoenix_agents.tsv").write_text(
        "\n".join([*head, *(f"{p}\t{s}" for p, s in agents.items())]) + "\n", encoding="utf-8"
    )
    return len(rows), len(agents)
