"""Who speaks as one party: a head of state's office and its holder.

"The Kremlin said on Monday ..." and "President Putin said on Monday ..." report one statement:
the office (the Kremlin) and the person who holds it on that day (the president, or the
Kremlin's spokesman) are one participant. ``offices`` in data/link.yaml lists each office with
its country and the titles that speak as it; a person's title on the event's day comes from the
actor dictionary (data/actors.yaml, our own layer only: the base layers give no titles).

:func:`party` names the one party an actor stands for, as a key that the linker adds to an event's
participants (its arguments, and its speaker where the event is a statement), so that two reports
naming the office and its holder share a participant.

The titles are read from the pipeline's actor dictionary where a pipeline has been loaded in the
process (:meth:`crisislens.pipeline.Pipeline.load` hands it over with :func:`use_actors`: one
dictionary, with the user's actor files); without one, from our own dictionary, loaded once.

>>> from crisislens.schemas import Actor
>>> kremlin = Actor(text="the Kremlin", start=0, end=11, name="Kremlin", country="RUS", sector="GOV")
>>> putin = Actor(text="Putin", start=0, end=5, name="Vladimir Putin", country="RUS", sector="GOV")
>>> party(kremlin, "2021-10-04"), party(putin, "2021-10-04")
('office:kremlin', 'office:kremlin')
>>> party(putin, "2010-10-04") is None   # then prime minister: not the Kremlin's voice
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from crisislens.actors.dictionary import ActorDictionary
from crisislens.data import load_yaml
from crisislens.schemas import Actor

# a name of fewer letters than this (its label words left out) is compared as written: "Mali"
# and "Male", "police" and "palace" share a skeleton, and short names are seldom spelt two ways
SPELLING_LETTERS = 8


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    path = resources.files("crisislens") / "data" / "link.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    return frozenset(data.get("party_label_words", []))


@lru_cache(maxsize=8192)
def spelling(name: str) -> str:
    """A party's name as two spellings of it agree, for comparing who took part: its
    words without label words (``party_label_words`` in data/link.yaml: "armed group", "the
    outlawed") and without what a bracket adds ("(TTP)"), run together, each doubled letter
    written once and each run of vowels as one mark (not which vowels: "ports" and "pirates"
    stay apart). Transliterations differ mostly in their vowels, their hyphens and their
    doubled letters ("Al-Shabaab" and "al-Shabab armed group",
    "Tehreek-e-Taliban" and "Tehrik-i-Taliban"). A name with a figure ("23 Somali pirates",
    a count, not a spelling of "Somali pirates") or shorter than ``SPELLING_LETTERS`` letters
    stays as written, lowercased.

    >>> spelling("Al-Shabaab") == spelling("al-Shabab armed group")
    True
    >>> spelling("Tehreek-e-Taliban Pakistan") == spelling("the outlawed Tehrik-i-Taliban (TTP)")
    False
    >>> spelling("Tehreek-e-Taliban Pakistan") == spelling("the outlawed Tehrik-i-Taliban Pakistan")
    True
    >>> spelling("police"), spelling("23 Somali pirates"), spelling("Indian Navy") == spelling(
    ...     "Indian navy") != spelling("Boko Haram")
    ('police', '23 somali pirates', True)
    """
    plain = re.sub(r"\([^)]*\)", " ", name)
    words = [w for w in re.findall(r"[\w'-]+", plain) if w.lower() not in _label_words()]
    letters = "".join(re.findall(r"[a-z]", " ".join(words).lower()))
    if any(c.isdigit() for c in name) or len(letters) < SPELLING_LETTERS:
        return name.lower()
    skeleton = re.sub(r"[aeiouy]+", "*", re.sub(r"(.)\1+", r"\1", letters))
    return "spelt:" + skeleton


@lru_cache(maxsize=1)
def _offices() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(office name, folded -> key), ((country, title) -> key)."""
    path = resources.files("crisislens") / "data" / "link.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    titles: dict[tuple[str, str], str] = {}
    for office in data.get("offices", []):
        key = "office:" + office["name"].lower()
        names[office["name"].lower()] = key
        for title in office["titles"]:
            titles[(office["country"], title.lower())] = key
    return names, titles


_SHARED: dict[str, ActorDictionary] = {}


def use_actors(dictionary: ActorDictionary) -> None:
    """Read titles from ``dictionary`` (the pipeline's), not from a dictionary of our own."""
    if _SHARED.get("actors") is not dictionary:
        _SHARED["actors"] = dictionary
        _person_party.cache_clear()


def _actors() -> ActorDictionary:
    """The pipeline's dictionary once it is shared; else our own without the base layers
    (which give no titles), loaded once."""
    if "actors" not in _SHARED:
        _SHARED["actors"] = ActorDictionary.load(base_layers=())
    return _SHARED["actors"]


@lru_cache(maxsize=4096)
def _person_party(name: str, country: str, day: str | None) -> str | None:
    coded = _actors().named(name, day, base=False)
    if coded is None or not coded.person or not coded.title or coded.country != country:
        return None
    return _offices()[1].get((country, coded.title.lower()))


def party(actor: Actor | None, day: str | None) -> str | None:
    """The office an actor is or speaks for on ``day`` (YYYY-MM-DD or None), as a key; None
    for anyone else."""
    if actor is None or not actor.name:
        return None
    names, _ = _offices()
    office = names.get(actor.name.lower())
    if office is not None:
        return office
    if actor.sector != "GOV" or actor.country not in _office_countries():
        return None
    return _person_party(actor.name, actor.country, day)


@lru_cache(maxsize=1)
def _office_countries() -> frozenset[str]:
    return frozenset(country for country, _ in _offices()[1])
