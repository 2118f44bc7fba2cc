"""The words and numbers of the event rules (``data/event_rules.yaml``), by name.

>>> v = vocabulary()
>>> "order" in v.words.directive_verbs, v.weights.verb_trigger
(True, 0.75)
>>> v.sectors.state >= {"GOV", "MIL"}
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from crisislens.data import load_yaml


class Named:
    """Read-only entries by attribute: ``words.speech_verbs``. A name the data file lacks fails
    loudly, so a rule cannot silently read nothing."""

    def __init__(self, kind: str, entries: dict) -> None:
        self._kind = kind
        self._entries = entries
        # the entries as plain attributes, which Python finds without calling ``__getattr__``
        # (the rules read them hundreds of thousands of times per corpus); only a missing name
        # reaches ``__getattr__``, and a name the class itself defines stays the class's
        self.__dict__.update((k, v) for k, v in entries.items() if not hasattr(Named, k))

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._entries[name]
        except KeyError:
            raise AttributeError(
                f"event_rules.yaml has no {self._kind} named {name!r}; add it with a reason"
            ) from None

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def names(self) -> list[str]:
        return list(self._entries)


@dataclass(frozen=True)
class Vocabulary:
    words: Named
    sectors: Named
    weights: Named
    limits: Named
    place_features: Named
    place_specificity: dict[str, int]
    no_event_objects: dict[str, frozenset[str]]
    no_event_subjects: dict[str, frozenset[str]]


def _words(kind: str, raw: dict, key: str) -> dict[str, frozenset[str]]:
    out = {}
    for name, entry in raw.items():
        if not entry.get("why"):
            raise ValueError(f"event_rules.yaml: {kind} {name!r} needs a 'why'")
        values = entry[key]
        bad = [v for v in values if not isinstance(v, str)]
        if bad:  # YAML reads a bare on/off/no as a boolean: quote it
            raise ValueError(f"event_rules.yaml: {kind} {name!r} has non-text entries {bad}")
        out[name] = frozenset(values)
    return out


def _numbers(kind: str, raw: dict) -> dict[str, float]:
    out = {}
    for name, entry in raw.items():
        if not entry.get("why") or not isinstance(entry.get("value"), (int, float)):
            raise ValueError(f"event_rules.yaml: {kind} {name!r} needs a value and a 'why'")
        out[name] = entry["value"]
    return out


def _verb_table(raw: dict) -> dict[str, frozenset[str]]:
    """verb -> the objects listed for it (an entry with a 'why' and 'verbs')."""
    if raw and not raw.get("why"):
        raise ValueError("event_rules.yaml: a verb table needs a 'why'")
    table = {}
    for verb, words in raw.get("verbs", {}).items():
        bad = [w for w in words if not isinstance(w, str)]
        if bad:
            raise ValueError(f"event_rules.yaml: {verb!r} has non-text entries {bad}")
        table[str(verb)] = frozenset(words)
    return table


def load_vocabulary(text: str | None = None) -> Vocabulary:
    if text is None:
        text = (resources.files("crisislens") / "data" / "event_rules.yaml").read_text("utf-8")
    raw = load_yaml(text)
    ranks = {f: rank for rank, group in enumerate(raw["place_specificity"]) for f in group}
    return Vocabulary(
        words=Named("word list", _words("word list", raw["words"], "words")),
        sectors=Named("sector list", _words("sector list", raw["sectors"], "codes")),
        weights=Named("weight", _numbers("weight", raw["weights"])),
        limits=Named("limit", {k: int(v) for k, v in _numbers("limit", raw["limits"]).items()}),
        place_features=Named(
            "place feature list", _words("place feature list", raw["place_features"], "features")
        ),
        place_specificity=ranks,
        no_event_objects=_verb_table(raw.get("no_event_objects", {})),
        no_event_subjects=_verb_table(raw.get("no_event_subjects", {})),
    )


@cache
def vocabulary() -> Vocabulary:
    """The packaged vocabulary, read once per process (it never changes while it runs)."""
    return load_vocabulary()
