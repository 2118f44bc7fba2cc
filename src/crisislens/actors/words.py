"""The actor coder's words and limits, read from ``data/actor_words.yaml``.

>>> words = ActorWords.load()
>>> words.title_sectors["general"], "thousands" in words.group_words
('MIL', True)
>>> words.strip_titles("former president nursultan nazarbayev")
'nursultan nazarbayev'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crisislens.data import read_yaml, word_set

FILE = "actor_words.yaml"
# lists of sector codes and of spaCy's tags, kept upper case (the other lists are folded to
# lower case)
SECTOR_LISTS = (
    "state_sectors",
    "state_armed_sectors",
    "non_state_armed_sectors",
    "international_staff_sectors",
    "participant_pos",
    "no_participant_labels",
    "field_sectors_kept",
)


def _title_pattern(titles: list[str]) -> re.Pattern[str]:
    """One regex for a run of titles at the start of a folded name ("former president ")."""
    parts = []
    for title in titles:
        optional_dot = title.endswith(".")
        part = re.escape(title.rstrip(".")).replace(r"\*", "[a-z]+")
        parts.append(part + (r"\.?" if optional_dot else ""))
    return re.compile(r"^(?:(?:" + "|".join(parts) + r")\s+)+", re.IGNORECASE)


@dataclass(frozen=True)
class ActorWords:
    """Every word list and limit the actor rules read; each is described in the data file."""

    person_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    earlier_subject_pronouns: frozenset[str]
    collective_nouns: frozenset[str]
    title_sectors: dict[str, str]
    former_words: frozenset[str]
    member_words: frozenset[str]
    member_preps: frozenset[str]
    state_armed_sectors: frozenset[str]
    non_state_armed_sectors: frozenset[str]
    armed_struggle_words: frozenset[str]
    international_staff_sectors: frozenset[str]
    group_words: frozenset[str]
    counted_preps: frozenset[str]
    patron_verbs: frozenset[str]
    backer_verbs: frozenset[str]
    governing_heads: frozenset[str]
    state_heads: frozenset[str]
    origin_preps: frozenset[str]
    governing_preps: frozenset[str]
    document_nouns: frozenset[str]
    base_verbs: frozenset[str]
    base_preps: frozenset[str]
    owner_preps: frozenset[str]
    residence_preps: frozenset[str]
    minority_words: frozenset[str]
    state_body_words: frozenset[str]
    antecedent_sectors: frozenset[str]
    name_filler: frozenset[str]
    media_bodies: frozenset[str]
    media_units: frozenset[str]
    report_words: frozenset[str]
    attribution: frozenset[str]
    reporting_verbs: frozenset[str]
    owner_pronouns: frozenset[str]
    follower_words: frozenset[str]
    national_nouns: frozenset[str]
    leader_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    first_person_possessives: frozenset[str]
    body_anaphors: frozenset[str]
    body_defining_nouns: frozenset[str]
    country_anaphors: frozenset[str]
    shared_force_nouns: frozenset[str]
    police_words: frozenset[str]
    army_words: frozenset[str]
    definite_determiners: frozenset[str]
    anaphoric_determiners: frozenset[str]
    post_abroad_nouns: frozenset[str]
    state_sectors: frozenset[str]
    owning_deps: frozenset[str]
    owning_preps: frozenset[str]
    country_descriptors: frozenset[str]
    post_preps: frozenset[str]
    reacting_words: frozenset[str]
    abroad_organ_words: frozenset[str]
    owning_nouns: frozenset[str]
    state_words: frozenset[str]
    town_modifier_deps: frozenset[str]
    field_workers: frozenset[str]
    field_sectors_kept: frozenset[str]
    worker_fields: dict[str, str]
    town_features: frozenset[str]
    state_posts: frozenset[str]
    multinational_words: frozenset[str]
    participant_pos: frozenset[str]
    no_participant_labels: frozenset[str]
    no_participant_deps: frozenset[str]
    titles: re.Pattern[str]
    max_name_words: int
    min_surname_letters: int
    min_near_miss_letters: int
    max_description_words: int
    town_prior_margin: float

    @classmethod
    def load(cls) -> ActorWords:
        data = read_yaml(FILE)
        limits = data["limits"]
        lists = {
            name: word_set(FILE, name)
            for name in cls.__dataclass_fields__
            if name in data
            and isinstance(data[name], list)
            and name not in ("name_titles", "antecedent_sectors", *SECTOR_LISTS)
        }
        return cls(
            **lists,
            antecedent_sectors=frozenset(str(s).upper() for s in data["antecedent_sectors"]),
            **{name: frozenset(str(s).upper() for s in data[name]) for name in SECTOR_LISTS},
            title_sectors={k.lower(): v for k, v in data["title_sectors"].items()},
            worker_fields={str(k).lower(): str(v) for k, v in data["worker_fields"].items()},
            reporting_verbs=word_set("reporting_verbs.yaml", "reporting_verbs"),
            media_bodies=frozenset(str(w).lower() for w in data["sources"]["media_bodies"]),
            media_units=frozenset(str(w).lower() for w in data["sources"]["media_units"]),
            report_words=frozenset(str(w).lower() for w in data["sources"]["report_words"]),
            attribution=frozenset(str(w).lower() for w in data["sources"]["attribution"]),
            titles=_title_pattern([str(t) for t in data["name_titles"]]),
            max_name_words=int(limits["max_name_words"]),
            min_surname_letters=int(limits["min_surname_letters"]),
            min_near_miss_letters=int(limits["min_near_miss_letters"]),
            max_description_words=int(limits["max_description_words"]),
            town_prior_margin=float(limits["town_prior_margin"]),
        )

    def strip_titles(self, folded: str) -> str:
        """A folded name without its leading titles and honorifics."""
        return self.titles.sub("", folded).strip()


@lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    """The actor words, read once (for rules that run outside the coder)."""
    return ActorWords.load()
