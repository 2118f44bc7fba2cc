"""The event lexicon (``data/event_lexicon.yaml``): trigger words -> PLOVER type and mode.

>>> lex = Lexicon.load()
>>> lex.verbs["deploy"][0]
Sense(event_type='MOBILIZE', mode='troops')
>>> lex.objects["impose"]["sanction"]
Sense(event_type='SANCTION', mode='restrict')
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

import yaml

from crisislens.events.types import event_types


@dataclass(frozen=True, slots=True)
class Sense:
    event_type: str
    mode: str | None = None


@dataclass
class Lexicon:
    verbs: dict[str, list[Sense]] = field(default_factory=lambda: defaultdict(list))
    phrasal: dict[tuple[str, str], list[Sense]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Sense]] = field(default_factory=lambda: defaultdict(list))
    compound_nouns: dict[tuple[str, str], list[Sense]] = field(
        default_factory=lambda: defaultdict(list)
    )
    objects: dict[str, dict[str, Sense]] = field(default_factory=dict)
    governors: dict[str, frozenset[str]] = field(default_factory=dict)
    vague_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    spread_verbs: frozenset[str] = frozenset()
    generic_heads: frozenset[str] = frozenset()
    pure_light_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls, text: str | None = None) -> Lexicon:
        if text is None:
            text = (resources.files("crisislens") / "data" / "event_lexicon.yaml").read_text(
                encoding="utf-8"
            )
        data = yaml.safe_load(text)
        lex = cls()
        for section, single, multi in (
            ("verbs", lex.verbs, lex.phrasal),
            ("nouns", lex.nouns, lex.compound_nouns),
        ):
            for event_type, entries in data.get(section, {}).items():
                for entry in entries:
                    words, _, mode = str(entry).partition(":")
                    _check_type(event_type, mode)
                    sense = Sense(event_type, mode or None)
                    parts = words.split()
                    target = single[parts[0]] if len(parts) == 1 else multi[(parts[0], parts[-1])]
                    if sense not in target:
                        target.append(sense)
        for verb, table in data.get("objects", {}).items():
            lex.objects[verb] = {}
            for obj, value in table.items():
                event_type, _, mode = str(value).partition(":")
                _check_type(event_type, mode)
                lex.objects[verb][str(obj)] = Sense(event_type, mode or None)
        lex.governors = {k: frozenset(v) for k, v in data.get("governors", {}).items()}
        lex.vague_nouns = frozenset(data.get("vague_nouns", []))
        lex.light_verbs = frozenset(data.get("light_verbs", []))
        lex.spread_verbs = frozenset(data.get("spread_verbs", []))
        lex.generic_heads = frozenset(data.get("generic_heads", []))
        lex.pure_light_verbs = frozenset(data.get("pure_light_verbs", []))
        return lex


def _check_type(event_type: str, mode: str | None = None) -> None:
    """Every sense names a type of event_types.yaml, and a mode declared under that type."""
    types = event_types()
    if event_type not in types:
        raise ValueError(f"event lexicon: {event_type!r} is not an event type (event_types.yaml)")
    if mode and mode not in types[event_type].modes:
        raise ValueError(
            f"event lexicon: mode {mode!r} is not declared for {event_type} in event_types.yaml"
        )
