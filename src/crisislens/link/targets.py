"""A target that is only a place: an attack that a report tells with its whole country as the
one it hit ("twin blasts in Iran", "a suicide attack at a mosque in Pakistan"). A headline
names the country where its body names the dead; the coder takes the country for the target.
Such a target says whom the attack hit no more than its place does, so it conflicts with no
other report's target (link/features.py recipient_conflict, days_and_targets_differ).

>>> from crisislens.schemas import Actor, Event, Place, TextSpan
>>> e = Event(event_id="e1", event_type="ASSAULT", confidence=0.9,
...     evidence=TextSpan(text="Twin blasts in Iran", start=0, end=19),
...     recipient=Actor(text="Iran", start=15, end=19, name="Iran", country="IRN"),
...     location=Place(text="Kerman", start=0, end=6, name="Kerman", country="IRN", feature="city"))
>>> country_target(e)
True
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from crisislens.link.lexicon import lexicon
from crisislens.link.places import WIDE_FEATURES
from crisislens.schemas import Actor, Event


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Each country's names (its short name and its other spellings, as the ``countryinfo``
    package gives them; not its ISO codes), lowercased -> ISO3."""
    out: dict[str, str] = {}
    folder = Path(str(resources.files("countryinfo") / "data"))
    for path in sorted(folder.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        code = (info.get("ISO") or {}).get("alpha3")
        if not code:
            continue
        for name in [info.get("name"), *(info.get("altSpellings") or [])]:
            if name and not (str(name).isupper() and len(str(name)) <= 3):
                out.setdefault(str(name).lower(), code)
    return out


def country_target(event: Event) -> bool:
    """Is the event's recipient the whole country it happened in, for a type whose target a
    country is only as a place (``country_target_types`` in data/link.yaml: an attack)? The
    recipient is named by its country's name (not a code the coder gives for a town: that is
    a stand-in, events.stands_in), and the event is placed at a town or landmark of that
    country. "Russia's strikes on Ukraine", placed in Kyiv, is such an attack too: its target
    says no more than where it fell. An event placed only at its country keeps its target: a
    report of nationwide clashes tells no more precise place to stand for it.

    >>> from crisislens.schemas import Actor, Event, Place, TextSpan
    >>> text = "Gunmen attacked a Pakistani convoy in Kenya."
    >>> e = Event(event_id="e1", event_type="ASSAULT", confidence=0.9,
    ...     evidence=TextSpan(text=text, start=0, end=len(text)),
    ...     recipient=Actor(text="Pakistan", start=0, end=8, name="Pakistan", country="PAK"),
    ...     location=Place(text="Kenya", start=37, end=42, name="Kenya", country="KEN"))
    >>> country_target(e)  # a country's convoy abroad: its target, not its place
    False
    >>> at_home = Place(text="Quetta", start=0, end=6, name="Quetta", country="PAK", feature="city")
    >>> country_target(e.model_copy(update={"location": at_home}))
    True
    >>> country_target(e.model_copy(update={"location": None}))
    False
    """
    target = event.recipient
    if target is None or event.event_type not in lexicon()["country_target_types"]:
        return False
    code = country_names().get(target.name.lower())
    if code is None or code != target.country:
        return False
    place = event.location
    return place is not None and place.country == code and place.feature not in WIDE_FEATURES


def names_country(party: Actor | None) -> bool:
    """Is the party named by its country's name ("Iran", coded IRN), the state itself?"""
    return party is not None and country_names().get(party.name.lower()) == party.country
