"""The analyst benchmark's gold: real news stories and one-event descriptions, annotated by us.

A benchmark folder (``tests/data/voa``) holds ``stories.jsonl`` (Voice of America news, public
domain: ``id``, ``url``, ``title``, ``author``, ``published``, ``text``), ``descriptions.jsonl``
(one-paragraph event descriptions of our own: ``id``, ``text``) and ``gold.yaml``: the places,
each story's events and the passages that are *not* events, and each description's one event.
``ANNOTATION.md`` beside them says how they were annotated. Everything here is a reader: it turns
the files into typed gold records and raises ``ValueError`` (one line) on a file that is not one.

A party is written as a code string: ``"PAK REB"`` (country, sector), alternatives with ``|``
inside a slot and ``;`` between whole codes, ``-`` for "any" (``"PAK MIL|COP; IMG REB"``,
``"SYR -"``).

>>> party("PAK MIL|COP; IMG REB").accepts("PAK", "COP")
True
>>> date_span(["2025-03-11", "2025-03-12"]).precision
'days'
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from crisislens.data import load_yaml
from crisislens.schemas import PLOVER_TYPES

FIGURE_KINDS = ("dead", "injured", "arrested", "displaced", "troops", "size")
GOLD_MODALITIES = ("asserted", "threatened", "planned", "demanded")
# how precisely a gold place is known: the first are compared by distance, the rest by unit
POINT_PRECISIONS = ("city", "town", "village", "district", "landmark")
UNIT_PRECISIONS = ("province", "country", "region")


@dataclass(frozen=True)
class Party:
    """The codes an actor or recipient may rightly carry: (countries, sectors) pairs, where
    ``None`` in a slot accepts anything."""

    options: tuple[tuple[frozenset[str] | None, frozenset[str] | None], ...]
    name: str | None = None

    def accepts(self, country: str | None, sector: str | None) -> bool:
        return any(
            (countries is None or country in countries) and (sectors is None or sector in sectors)
            for countries, sectors in self.options
        )


@dataclass(frozen=True)
class DateSpan:
    """The days a gold date covers, and how it was given (day, month, year, or a span of days)."""

    first: date
    last: date
    precision: str


@dataclass(frozen=True)
class GoldPlace:
    name: str
    country: str
    lat: float
    lon: float
    precision: str
    geonameid: int | None = None
    named: bool = True  # the text names this place for the event (not the article's context)


@dataclass
class GoldEvent:
    """One happening an analyst records, with the text passages that tell of it."""

    event_type: str
    passages: list[tuple[int, int]]
    accept: frozenset[str] = frozenset()
    mode: str | None = None
    modality: frozenset[str] = frozenset({"asserted"})
    actor: Party | None = None
    recipient: Party | None = None
    place: GoldPlace | None = None
    date: DateSpan | None = None
    figures: dict[str, tuple[int, int]] = field(default_factory=dict)
    optional: bool = False  # background: right to code, not missed when left out
    note: str | None = None
    happening: str | None = None  # shared by other stories' gold events of the same happening

    def type_right(self, event_type: str) -> bool:
        return event_type == self.event_type or event_type in self.accept


@dataclass(frozen=True)
class NotEvent:
    """A passage an analyst records no event for, and why (history, speculation, ...)."""

    start: int
    end: int
    kind: str


@dataclass
class Story:
    story_id: str
    text: str
    title: str | None
    url: str | None
    published: str | None
    events: list[GoldEvent]
    not_events: list[NotEvent]
    set: int = 1  # 1: the first 40 stories; 2: those added later (figures kept comparable)


@dataclass
class Description:
    description_id: str
    text: str
    event: GoldEvent


@dataclass
class Benchmark:
    stories: list[Story]
    descriptions: list[Description]


def party(code: str | None, name: str | None = None) -> Party | None:
    """Parse a party code (see the module docstring); ``None`` stays ``None``."""
    if code is None:
        return None
    options = []
    for alternative in code.split(";"):
        slots = alternative.split()
        if len(slots) != 2:
            raise ValueError(f"party code {code!r}: each alternative is 'COUNTRY SECTOR'")
        countries, sectors = (frozenset(slot.split("|")) for slot in slots)
        options.append(
            (None if "-" in countries else countries, None if "-" in sectors else sectors)
        )
    return Party(tuple(options), name)


def date_span(value: str | list | None) -> DateSpan | None:
    """``"2025-03-11"``, ``"2025-03"``, ``"2025"`` or a ``[first, last]`` pair of days."""
    if value is None:
        return None
    if isinstance(value, list):
        first, last = (date.fromisoformat(str(v)) for v in value)
        if last < first:
            raise ValueError(f"date span {value} ends before it starts")
        return DateSpan(first, last, "days")
    text = str(value)
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return DateSpan(day, day, "day")
    if len(parts) == 2:
        year, month = parts
        return DateSpan(
            date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
        )
    return DateSpan(date(parts[0], 1, 1), date(parts[0], 12, 31), "year")


def _figures(raw: dict | None) -> dict[str, tuple[int, int]]:
    figures = {}
    for kind, value in (raw or {}).items():
        if kind not in FIGURE_KINDS:
            raise ValueError(f"figure kind {kind!r} is not one of {', '.join(FIGURE_KINDS)}")
        low, high = (value, value) if isinstance(value, int) else value
        figures[kind] = (int(low), int(high))
    return figures


def _place(raw: str | dict | None, places: dict[str, dict]) -> GoldPlace | None:
    if raw is None:
        return None
    ref, named = (raw, True) if isinstance(raw, str) else (raw["at"], raw.get("named", True))
    entry = places[ref]
    if entry["precision"] not in POINT_PRECISIONS + UNIT_PRECISIONS:
        raise ValueError(f"place {ref}: precision {entry['precision']!r} is not known")
    return GoldPlace(
        name=entry["name"],
        country=entry["country"],
        lat=float(entry["lat"]),
        lon=float(entry["lon"]),
        precision=entry["precision"],
        geonameid=entry.get("geonameid"),
        named=bool(named),
    )


def _party_field(raw: str | dict | None) -> Party | None:
    if isinstance(raw, dict):
        return party(raw["code"], raw.get("name"))
    return party(raw)


def _modalities(raw: str | list | None) -> frozenset[str]:
    values = frozenset([raw] if isinstance(raw, str) else raw or ["asserted"])
    if not values <= set(GOLD_MODALITIES):
        raise ValueError(f"modality {sorted(values)}: use {', '.join(GOLD_MODALITIES)}")
    return values


def passage_spans(text: str, passage: str) -> list[tuple[int, int]]:
    """Every place ``passage`` occurs in ``text``; a passage that is not there is an error."""
    spans, start = [], text.find(passage)
    while start >= 0:
        spans.append((start, start + len(passage)))
        start = text.find(passage, start + 1)
    if not spans:
        raise ValueError(f"passage not in its text: {passage[:60]!r}")
    return spans


def gold_event(raw: dict, places: dict[str, dict], spans: list[tuple[int, int]]) -> GoldEvent:
    """One gold event from its YAML mapping (``spans``: where its passages are)."""
    types = [raw["type"], *raw.get("accept", [])]
    if unknown := [t for t in types if t not in PLOVER_TYPES]:
        raise ValueError(f"event types {unknown} are not PLOVER types")
    return GoldEvent(
        event_type=raw["type"],
        passages=spans,
        accept=frozenset(raw.get("accept", [])),
        mode=raw.get("mode"),
        modality=_modalities(raw.get("modality")),
        actor=_party_field(raw.get("actor")),
        recipient=_party_field(raw.get("recipient")),
        place=_place(raw.get("place"), places),
        date=date_span(raw.get("date")),
        figures=_figures(raw.get("figures")),
        optional=bool(raw.get("optional", False)),
        note=raw.get("note"),
        happening=str(raw["happening"]) if raw.get("happening") else None,
    )


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError(f"{path.name} line {lineno}: not an object with a text")
            rows.append(row)
    return rows


def _story(row: dict, gold: dict, places: dict[str, dict]) -> Story:
    text = row["text"]
    events = [
        gold_event(e, places, [s for p in e["evidence"] for s in passage_spans(text, p)])
        for e in gold.get("events", [])
    ]
    not_events = [
        NotEvent(start, end, n["kind"])
        for n in gold.get("not_events", [])
        for start, end in passage_spans(text, n["text"])
    ]
    published = str(row["published"]) if row.get("published") else None
    return Story(
        str(row["id"]),
        text,
        row.get("title"),
        row.get("url"),
        published,
        events,
        not_events,
        int(gold.get("set", 1)),
    )


def load_benchmark(folder: Path) -> Benchmark:
    """The stories and descriptions of a benchmark folder, each with its gold."""
    missing = [
        n for n in ("stories.jsonl", "descriptions.jsonl", "gold.yaml") if not (folder / n).exists()
    ]
    if missing:
        raise ValueError(f"{folder} lacks {', '.join(missing)}")
    try:
        gold = load_yaml((folder / "gold.yaml").read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise ValueError(f"gold.yaml is not YAML: {err}") from err
    if not isinstance(gold, dict) or not {"places", "stories", "descriptions"} <= gold.keys():
        raise ValueError("gold.yaml needs places, stories and descriptions")
    places = gold["places"]
    stories = [
        _story(row, gold["stories"][str(row["id"])], places)
        for row in _read_jsonl(folder / "stories.jsonl")
    ]
    descriptions = []
    for row in _read_jsonl(folder / "descriptions.jsonl"):
        whole = [(0, len(row["text"]))]
        event = gold_event(gold["descriptions"][row["id"]], places, whole)
        descriptions.append(Description(str(row["id"]), row["text"], event))
    return Benchmark(stories, descriptions)
