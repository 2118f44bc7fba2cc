"""News outlets in text: newspapers, channels and agencies are sources, never places or actors.

The list is ``data/media.yaml``. The place resolver drops every toponym inside an outlet's name,
and the actor coder can do the same for actors.

>>> outlets = Outlets.load()
>>> [m.outlet.name for m in outlets.find("Police fired, The New York Times reported.")]
['The New York Times']
>>> outlets.find("The National Guard was deployed.")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from crisislens.data import load_yaml


@dataclass(frozen=True, slots=True)
class Outlet:
    """One news outlet: its printed name, its kind (agency, newspaper, tv ...) and home country."""

    name: str
    kind: str
    country: str | None


@dataclass(frozen=True, slots=True)
class OutletMention:
    """Where an outlet is named: character offsets into the text."""

    start: int
    end: int
    outlet: Outlet


def _pattern(name: str) -> str:
    """The regular expression for one printed name: "The" may be lower case before a name of two
    words or more ("the Wall Street Journal"), but not before one word ("the Times" is not)."""
    core = name.removeprefix("The ")
    if core != name and " " in core:
        return r"[Tt]he\s+" + re.escape(core).replace(r"\ ", r"\s+") + "|" + _plain(core)
    return _plain(name)


def _plain(name: str) -> str:
    return re.escape(name).replace(r"\ ", r"\s+")


class Outlets:
    """Finds outlet names in text: each word that can begin a name is tried against the names
    that begin with it (the longest first)."""

    # group 1 is the word's first part, as _first_word gives it
    _WORD = re.compile(r"(?<![\w.-])(\w+)[\w.&/-]*")
    # whole words, and no capitalised word straight after ("The Times Square" is no outlet)
    _END = r"(?![\w-])(?!\s+[A-Z])"

    def __init__(self, outlets: list[tuple[str, Outlet]]) -> None:
        by_first: dict[str, list[str]] = {}
        for name, _ in outlets:
            for variant in _pattern_starts(name):
                by_first.setdefault(variant, []).append(name)
        self._by_first = {
            first: re.compile(
                "(?:"
                + "|".join(f"(?:{_pattern(n)})" for n in sorted(names, key=len, reverse=True))
                + ")"
                + self._END
            )
            for first, names in by_first.items()
        }
        self._folded = {_fold(n): o for n, o in outlets}
        self._last: tuple[str, tuple[OutletMention, ...]] | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> Outlets:
        return _load(str(path) if path else None)

    def find(self, text: str) -> list[OutletMention]:
        """Every outlet named in ``text``, in order. The last text's are kept: the place finder
        and the actor coder both ask for the whole article's."""
        if self._last is not None and self._last[0] == text:
            return list(self._last[1])
        found = self._find(text)
        self._last = (text, tuple(found))
        return found

    def _find(self, text: str) -> list[OutletMention]:
        found: list[OutletMention] = []
        end = 0
        for word in self._WORD.finditer(text):
            start = word.start()
            regex = self._by_first.get(word.group(1))
            if start < end or regex is None:
                continue
            match = regex.match(text, start)
            outlet = self._folded.get(_fold(match.group())) if match else None
            if match is not None and outlet is not None:
                found.append(OutletMention(start, match.end(), outlet))
                end = match.end()
        return found

    def named(self, text: str) -> Outlet | None:
        """The outlet that ``text`` names as a whole, if any ("the BBC", "Reuters")."""
        return self._folded.get(_fold(text))


def _first_word(token: str) -> str:
    return re.split(r"[.&/-]", token, maxsplit=1)[0] or token


def _pattern_starts(name: str) -> list[str]:
    """The first words with which ``name`` can appear ("The" and "the" for "The Hill Times")."""
    first = _first_word(name.split()[0])
    core = name.removeprefix("The ")
    if core != name and " " in core:
        return ["The", "the", _first_word(core.split()[0])]
    return [first]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().removeprefix("the ").removeprefix("The ")


@lru_cache(maxsize=2)
def _load(path: str | None) -> Outlets:
    file = Path(path) if path else Path(str(resources.files("crisislens") / "data" / "media.yaml"))
    data = load_yaml(file.read_text(encoding="utf-8"))
    pairs: list[tuple[str, Outlet]] = []
    for entry in data["outlets"]:
        outlet = Outlet(entry["name"], entry["kind"], entry.get("country"))
        pairs.extend((name, outlet) for name in (entry["name"], *entry.get("aliases", [])))
    return Outlets(pairs)
