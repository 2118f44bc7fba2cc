"""The registry of event types (``data/event_types.yaml``): one entry per PLOVER type, read by
the schemas, the rules, the exports and the docs.

>>> types = event_types()
>>> types["ASSAULT"].unnamed_actor
('Unidentified armed group', 'UAF')
>>> types["MOBILIZE"].context("troops"), types["AGREE"].stance
('military', 'cooperative')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from crisislens.data import load_yaml

STANCES = ("cooperative", "hostile", "neutral")
FLAGS = (
    "reading_without_actor",
    "reading_against_force",
    "of_names_actor",
    "takes_event_nouns",
    "recipient_is_issuer",
    "recipient_is_destination",
    "anaphoric_noun",
    "mode_from_content",
    "folds_its_purpose",
)


@dataclass(frozen=True)
class EventType:
    """One PLOVER type and what the rules do with it (see the header of event_types.yaml)."""

    code: str
    description: str
    cameo: tuple[str, ...]
    colour: str
    stance: str
    modes: dict[str, str | None] = field(default_factory=dict)
    acled_default: str | None = None
    threat_mode: str | None = None
    unnamed_actor: tuple[str, str] | None = None
    likely_sectors: frozenset[str] = frozenset()
    unlikely_sectors: frozenset[str] = frozenset()
    across_borders: tuple[str, str | None] | None = None
    shown_force: tuple[str, str | None] | None = None
    flags: frozenset[str] = frozenset()
    ordered_as: str | None = None
    state_sector: str = "GOV"

    def has(self, flag: str) -> bool:
        """Whether the type carries ``flag`` (one of FLAGS)."""
        if flag not in FLAGS:
            raise KeyError(f"unknown event-type flag {flag!r}; known: {', '.join(FLAGS)}")
        return flag in self.flags

    def context(self, mode: str | None) -> str | None:
        """The PLOVER context that ``mode`` implies for this type, if any."""
        return self.modes.get(mode) if mode else None


def _entry(code: str, raw: dict) -> EventType:
    unknown = set(raw) - {f.name for f in EventType.__dataclass_fields__.values()} - set(FLAGS)
    if unknown:
        raise ValueError(f"event_types.yaml: {code} has unknown fields {sorted(unknown)}")
    if raw.get("stance") not in STANCES:
        raise ValueError(f"event_types.yaml: {code} needs a stance among {STANCES}")
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", str(raw.get("colour"))):
        raise ValueError(f"event_types.yaml: {code} needs a colour like '#d62728'")
    unnamed = raw.get("unnamed_actor")
    return EventType(
        code=code,
        description=raw["description"],
        cameo=tuple(raw["cameo"]),
        colour=raw["colour"],
        stance=raw["stance"],
        modes=dict(raw.get("modes") or {}),
        acled_default=raw.get("acled_default"),
        threat_mode=raw.get("threat_mode"),
        unnamed_actor=(unnamed["name"], unnamed["sector"]) if unnamed else None,
        likely_sectors=frozenset(raw.get("likely_sectors", ())),
        unlikely_sectors=frozenset(raw.get("unlikely_sectors", ())),
        across_borders=_reading(raw.get("across_borders")),
        shown_force=_reading(raw.get("shown_force")),
        flags=frozenset(f for f in FLAGS if raw.get(f)),
        ordered_as=raw.get("ordered_as"),
        state_sector=raw.get("state_sector", "GOV"),
    )


def _reading(value: str | None) -> tuple[str, str | None] | None:
    """ "SANCTION:restrict" -> ("SANCTION", "restrict")."""
    if not value:
        return None
    code, _, mode = str(value).partition(":")
    return code, mode or None


def load_event_types(text: str | None = None) -> dict[str, EventType]:
    """Parse an event-types file (the packaged one by default), in its order."""
    if text is None:
        text = (resources.files("crisislens") / "data" / "event_types.yaml").read_text("utf-8")
    raw = load_yaml(text)["types"]
    types = {code: _entry(code, entry) for code, entry in raw.items()}
    for entry in types.values():
        for reading in (entry.across_borders, entry.shown_force):
            if reading and (
                reading[0] not in types or reading[1] not in (None, *types[reading[0]].modes)
            ):
                raise ValueError(f"event_types.yaml: {entry.code} reading {reading} is unknown")
    return types


@cache
def event_types() -> dict[str, EventType]:
    """The packaged event types, read once per process (they never change while it runs)."""
    return load_event_types()


def type_codes() -> tuple[str, ...]:
    return tuple(event_types())
