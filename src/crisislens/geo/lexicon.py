"""The place resolver's words and weights, read from ``data/geo.yaml``.

>>> lexicon = GeoLexicon.load()
>>> "oblast" in lexicon.first_level_words
True
>>> lexicon.weight("capital_bonus")
1.5
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from crisislens.data import load_yaml


@dataclass(frozen=True)
class GeoLexicon:
    """Word lists (lower case unless the list is of names) and named weights."""

    place_labels: frozenset[str]
    mislabels: frozenset[str]
    surname_labels: frozenset[str]
    locatives: frozenset[str]
    town_locatives: frozenset[str]
    apposed_kind_preps: frozenset[str]
    apposed_near_preps: frozenset[str]
    attack_nouns: frozenset[str]
    bound_words: frozenset[str]
    modifier_participles: frozenset[str]
    journey_verbs: frozenset[str]
    journey_preps: frozenset[str]
    departure_verbs: frozenset[str]
    vehicle_words: frozenset[str]
    word_dashes: frozenset[str]
    venue_preps: frozenset[str]
    place_like_roles: frozenset[str]
    ground_verbs: frozenset[str]
    capture_verbs: frozenset[str]
    kind_nouns: frozenset[str]
    local_offices: frozenset[str]
    speaker_nouns: frozenset[str]
    addressing_verbs: frozenset[str]
    state_named_states: frozenset[str]
    titles: frozenset[str]
    portfolios: frozenset[str]
    office_words: frozenset[str]
    anaphor_kinds: frozenset[str]
    force_nouns: frozenset[str]
    capital_words: frozenset[str]
    subnational_capital_words: frozenset[str]
    removal_verbs: frozenset[str]
    removal_phrasal_verbs: frozenset[str]
    removal_particles: frozenset[str]
    destination_preps: frozenset[str]
    origin_preps: frozenset[str]
    resident_nouns: frozenset[str]
    facility_words: frozenset[str]
    directions: frozenset[str]
    compass_words: frozenset[str]
    bordering_verbs: frozenset[str]
    generic_words: frozenset[str]
    name_words: frozenset[str]
    first_level_words: frozenset[str]
    kind_of_determiners: frozenset[str]
    second_level_words: frozenset[str]
    local_area_words: frozenset[str]
    neighbourhood_words: frozenset[str]
    time_zones: frozenset[str]
    name_joiners: frozenset[str]
    direction_joiners: frozenset[str]
    corner_joiners: frozenset[str]
    spoken_event_types: frozenset[str]
    meeting_event_types: frozenset[str]
    home_event_types: frozenset[str]
    border_nouns: frozenset[str]
    neighbour_preps: frozenset[str]
    holding_preps: frozenset[str]
    border_target_types: frozenset[str]
    neighbour_words: frozenset[str]
    venue_event_types: frozenset[str]
    topic_preps: frozenset[str]
    set_apart_preps: frozenset[str]
    set_apart_words: frozenset[str]
    set_apart_word_preps: frozenset[str]
    fronted_set_apart_preps: frozenset[str]
    topic_verbs: frozenset[str]
    topic_nouns: frozenset[str]
    topic_meeting_nouns: frozenset[str]
    topic_modifiers: frozenset[str]
    topic_meeting_features: frozenset[str]
    list_markers: frozenset[str]
    street_words: frozenset[str]
    ordinal_suffixes: frozenset[str]
    dateline_ends: frozenset[str]
    named_dateline_ends: frozenset[str]
    leading_words: frozenset[str]
    name_particles: frozenset[str]
    transliterated_articles: frozenset[str]
    sun_letters: frozenset[str]
    arabic_name_countries: frozenset[str]
    demonym_endings: dict[str, str]
    address_cues: dict[str, str]  # regular expression -> the country whose addresses it writes
    weights: dict

    @classmethod
    def load(cls, path: Path | None = None) -> GeoLexicon:
        return _load(str(path) if path else None)

    def weight(self, name: str) -> float:
        return float(self.weights[name])

    def table(self, name: str) -> dict[str, float]:
        """A named table of weights ("evidence": kind of evidence -> weight)."""
        return {key: float(value) for key, value in self.weights[name].items()}

    @property
    def unit_words(self) -> frozenset[str]:
        return self.first_level_words | self.second_level_words

    def names_a_locality(self, name: str) -> bool:
        """Whether a name the gazetteer lacks is a neighbourhood or village ("El Camino
        Heights", "Oakdale Borough"), not a street or a building ("Fourth Street", "Mercy
        Hospital", "I-80"): by its last word, and no number in it."""
        words = name.lower().replace(".", " ").split()
        return (
            bool(words)
            and words[-1] not in self.facility_words | self.street_words
            and not any(c.isdigit() for c in name)
        )


@lru_cache(maxsize=2)
def _load(path: str | None) -> GeoLexicon:
    file = Path(path) if path else Path(str(resources.files("crisislens") / "data" / "geo.yaml"))
    data = load_yaml(file.read_text(encoding="utf-8"))
    endings = data["words"].pop("demonym_endings")
    words = {name: frozenset(values) for name, values in data["words"].items()}
    # the directions are generic words too ("West" inside an organisation's name)
    words["generic_words"] = words["generic_words"] | words["directions"]
    return GeoLexicon(
        **words,
        demonym_endings=endings,
        address_cues=data["address_cues"],
        weights=data["weights"],
    )
