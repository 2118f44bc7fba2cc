"""The words the linker reads, from data/link.yaml: :func:`lexicon` gives each key as a set, a
tuple or a map, once per process.

>>> "amid" in lexicon()["background"]
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from crisislens.data import load_yaml

# the keys of data/link.yaml that link/lasting.py reads, each a set of words
_LASTING_KEYS = (
    "lasting_words",
    "lasting_spans",
    "comparison_heads",
    "perfect_auxiliaries",
    "habit_words",
    "other_act_words",
)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    path = resources.files("crisislens") / "data" / "link.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    preps = sorted(data["background_prepositions"], key=len, reverse=True)
    groups = [
        tuple((t, mode or None) for t, _, mode in (name.partition(":") for name in group))
        for group in data.get("related_types", [])
    ]
    return {
        "families": _families(groups),
        "related_groups": groups,
        "own_modes": {
            t: frozenset(modes) for t, modes in (data.get("own_happening_modes") or {}).items()
        },
        "party_plan_types": frozenset(data.get("party_plan_types", [])),
        "side_event_types": frozenset(data.get("side_event_types", [])),
        "country_target_types": frozenset(data.get("country_target_types", [])),
        "purpose_of_types": frozenset(data.get("purpose_of_types", [])),
        "order_modes": {
            t: frozenset(modes) for t, modes in (data.get("order_modes") or {}).items()
        },
        "place_not_enough": {
            t: frozenset(modes) for t, modes in (data.get("place_not_enough_modes") or {}).items()
        },
        "mode_partners": {
            t: {mode: frozenset(partners) for mode, partners in modes.items()}
            for t, modes in (data.get("mode_partners") or {}).items()
        },
        "background": tuple(preps),
        "comparison": frozenset(data.get("comparison_words", [])),
        "charge_verbs": tuple(data.get("charge_verbs", [])),
        "charge_prepositions": tuple(data.get("charge_prepositions", [])),
        "kind_markers": frozenset(data.get("kind_markers", [])),
        "specific_markers": frozenset(data.get("specific_markers", [])),
        "prior_adverbs": frozenset(data.get("prior_adverbs", [])),
        "prior_spans": tuple(data.get("prior_spans", [])),
        "since_times": frozenset(data.get("since_times", [])),
        "prior_verbs": tuple(data.get("prior_verbs", [])),
        "unknown_doers": frozenset(data.get("unknown_doers", [])),
        "commemoration_words": frozenset(data.get("commemoration_words", [])),
        "commemorated_fillers": frozenset(data.get("commemorated_fillers", [])),
        **{key: frozenset(data.get(key, [])) for key in _LASTING_KEYS},
        "participants": frozenset(data["participant_labels"]),
        "abbreviations": frozenset(data["abbreviations"]),
        "statements": frozenset(data.get("statement_types", [])),
        "peacekeeping_words": frozenset(data.get("peacekeeping_words", [])),
        "speech_lemmas": frozenset(data.get("speech_lemmas", [])),
        "edition_ordinals": {
            str(k): int(v) for k, v in (data.get("edition_ordinals") or {}).items()
        },
        "second_senses": {
            word: SecondSense.from_entry(entry)
            for word, entry in (data.get("second_senses") or {}).items()
        },
    }


@dataclass(frozen=True)
class SecondSense:
    """A trigger word's second meaning and the constructions that show it (``second_senses``
    in data/link.yaml): "fire" reads as "sack" in "he was fired", "a fired clerk"."""

    reads_as: str
    passive: bool = False
    modifier: bool = False
    prepositions: frozenset[str] = frozenset()
    person_object: bool = False
    objects: frozenset[str] = frozenset()
    first_sense_nouns: frozenset[str] = frozenset()
    first_sense_prepositions: frozenset[str] = frozenset()

    @classmethod
    def from_entry(cls, entry: dict) -> SecondSense:
        def words(key: str) -> frozenset[str]:
            return frozenset(entry.get(key, []))

        return cls(
            reads_as=entry["reads_as"],
            passive=bool(entry.get("passive")),
            modifier=bool(entry.get("modifier")),
            prepositions=words("prepositions"),
            person_object=bool(entry.get("person_object")),
            objects=words("objects"),
            first_sense_nouns=words("first_sense_nouns"),
            first_sense_prepositions=words("first_sense_prepositions"),
        )


def _families(groups: list[tuple[tuple[str, str | None], ...]]) -> dict[str, str]:
    """Each related type -> its family: the types joined to it through related groups, named
    by their sorted names ('ASSAULT+COERCE+SANCTION'); the store's linker blocks by these."""
    family: dict[str, set[str]] = {}
    for group in groups:
        members = {t for t, _ in group}.union(*(family.get(t, set()) for t, _ in group))
        for t in members:
            family[t] = members
    return {t: "+".join(sorted(members)) for t, members in family.items()}
