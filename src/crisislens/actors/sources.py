"""Where a text names its sources: datelines, photo credits and news outlets; and the labels
of a web page's layout copied with it ("Caption", "View Photos"), which name no one either.

A source tells who reported, never who acted: the agency of a dateline ("KABUL (Reuters) -"),
the photographer of a credit ("Photo: Jan Example/AFP") and a newspaper that reports ("reports
The Daily Telegraph") are not actors, and none of them is the "he" of the next sentence. The
outlets are the shared list ``data/media.yaml`` (the place resolver keeps them off the map).

>>> finder = SourceFinder(Outlets.load())
>>> text = "LAGOS (Reuters) - Troops fired on a crowd. Photo: Jan Example/AFP"
>>> [(text[s:e], kind) for s, e, kind in finder.spans(text)]
[('LAGOS (Reuters) -', 'dateline'), ('Photo: Jan Example/AFP', 'credit'), ('Reuters', 'outlet')]
>>> [kind for _, _, kind in finder.spans("Caption Farmers blocked a road.")]
['layout']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crisislens.data import read_yaml
from crisislens.geo.media import Outlets

FILE = "actor_words.yaml"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class SourceFinder:
    """Finds the character spans of a text that name its sources."""

    def __init__(self, outlets: Outlets, is_place: Callable[[str], bool] | None = None) -> None:
        self.outlets = outlets
        self.is_place = is_place  # a name the gazetteer knows as a town or country
        data = read_yaml(FILE)["sources"]
        months = _alternation(data["dateline_words"])
        # a dateline: capitalised words, numbers and dates, perhaps an agency in brackets, then a
        # dash or colon, at the start of one of the first lines ("ALMATY, Jan 6 (AFP) -")
        word = rf"(?:[A-Z][\w.'-]*|\d[\d,.]*|(?:{months})\.?|,)"
        self._dateline = re.compile(
            rf"^[ \t]*(?:{word}[ \t]*){{1,8}}(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:\u2014|\u2013|--|-|:)",
            re.MULTILINE,
        )
        # a place in title case opening a paragraph, then a dash with a space on each side and
        # a sentence after it ("Beirut - Troops fired"): a place's dateline, where prose would
        # go on in lower case ("The Minister - who flew in - met them")
        self._titled = re.compile(
            rf"^[ \t]*(?:{word}[ \t]*){{1,6}}(?:\([^()\n]{{1,40}}\)[ \t]*)?"
            r"(?<=[ \t])(?:\u2014|\u2013|--|-)(?=[ \t]+[A-Z0-9\"\u201c])",
            re.MULTILINE,
        )
        # a place in title case, perhaps with its day ("Lagos, May 3"), then a colon and a
        # sentence ("Lagos: The army said"): a dateline when the gazetteer knows the place (a
        # label, "Update:", is none)
        self._colon = re.compile(
            r"^[ \t]*((?:[A-Z][\w.'-]*[ \t]+){0,3}[A-Z][\w.'-]*)"
            rf"(?:,[ \t]*(?:{months})\.?[ \t]+\d{{1,2}})?"
            r"[ \t]*:(?=[ \t]+[A-Z\"\u201c])",
            re.MULTILINE,
        )
        credit = _alternation(data["credit_words"])
        self._credit = re.compile(
            rf"(?:\((?:{credit})s?\b[^()\n]{{0,80}}\)|\b(?:{credit})s?[ \t]*:[^\n]{{0,80}}?(?=\n|$))",
            re.IGNORECASE,
        )
        self.dateline_lines = int(data["dateline_lines"])
        labels = _alternation(data["layout_labels"])
        self._layout = re.compile(rf"\b(?:{labels}|\d+ of \d+(?= [A-Z]))\b")

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) for each dateline, credit, outlet name and layout label; kind says
        which."""
        found = [
            (match.start() + _indent(match.group()), match.end(), "dateline")
            for match in self._dateline.finditer(text)
            if _has_caps(match.group())
            and (
                text.count("\n", 0, match.start()) < self.dateline_lines
                or _opens_paragraph(text, match.start())
            )
        ]
        found += [
            (match.start() + _indent(match.group()), match.end(), "dateline")
            for match in self._titled.finditer(text)
            if _opens_paragraph(text, match.start()) and not _has_caps(match.group())
        ]
        found += self._colon_datelines(text)
        found += [(m.start(), m.end(), "credit") for m in self._credit.finditer(text)]
        found += [(m.start, m.end, "outlet") for m in self.outlets.find(text)]
        found += [(m.start(), m.end(), "layout") for m in self._layout.finditer(text)]
        return found

    def _colon_datelines(self, text: str) -> list[tuple[int, int, str]]:
        """ "Lagos: The army said ...": a known place and a colon opening one of the first lines
        or a paragraph."""
        if self.is_place is None:
            return []
        return [
            (match.start(1), match.end(), "dateline")
            for match in self._colon.finditer(text)
            if (
                text.count("\n", 0, match.start()) < self.dateline_lines
                or _opens_paragraph(text, match.start())
            )
            and self.is_place(match.group(1))
        ]


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens the text or a paragraph (a blank line before it)."""
    if start == 0:
        return True
    before = text.rfind("\n", 0, start - 1)
    return not text[before + 1 : start].strip()


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _has_caps(text: str) -> bool:
    """A dateline has a word in capitals (its city, "LAGOS") or an agency in brackets."""
    return bool(re.search(r"\b[A-Z]{3,}\b|\([^)]+\)", text))
