"""The words figures are read with (``data/quantities.yaml``, read once) and numbers as written.

>>> parse_number("200,000"), parse_number("1.2 million"), parse_number("dozens"), parse_number("2K")
(200000.0, 1200000.0, 24.0, 2000.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

from crisislens.data import load_yaml


@dataclass(frozen=True)
class Words:
    """``data/quantities.yaml``, read once."""

    number_words: dict[str, int]
    determiner_numbers: frozenset[str]
    scale: dict[str, float]
    number_multipliers: dict[str, float]
    vague_counts: dict[str, float]
    vague_plurals: frozenset[str]
    only_hurt_verbs: frozenset[str]
    bounds: frozenset[str]
    noun_kinds: dict[str, str]
    verb_kinds: dict[str, str]
    state_kinds: dict[str, str]
    person_nouns: frozenset[str]
    title_nouns: frozenset[str]
    fatal_words: frozenset[str]
    fatal_preps: frozenset[str]
    fatal_nouns: frozenset[str]
    body_nouns: frozenset[str]
    cause_preps: frozenset[str]
    justice_preps: frozenset[str]
    protest_cause_verbs: frozenset[str]
    tally_preps: frozenset[str]
    ranking_words: frozenset[str]
    tally_nouns: frozenset[str]
    tally_source_preps: frozenset[str]
    campaign_preps: frozenset[str]
    tally_vague_plurals: frozenset[str]
    tally_verbs: frozenset[str]
    tally_act_nouns: frozenset[str]
    strife_nouns: frozenset[str]
    series_nouns: frozenset[str]
    standing_adverbs: frozenset[str]
    lasting_preps: frozenset[str]
    rival_contrast_words: frozenset[str]
    rival_rise_verbs: frozenset[str]
    rival_opening_words: frozenset[str]
    rival_first_words: frozenset[str]
    rival_plain_nouns: frozenset[str]
    rival_estimate_verbs: frozenset[str]
    rival_denial_verbs: frozenset[str]
    rival_denied_nouns: frozenset[str]
    group_entity_labels: frozenset[str]
    group_relatives: frozenset[str]
    apart_preps: frozenset[str]
    rising_toll_preps: frozenset[str]
    period_preps: frozenset[str]
    period_nouns: frozenset[str]
    address_nouns: frozenset[str]
    population_nouns: frozenset[str]
    units: frozenset[str]
    age_words: frozenset[str]
    hyphen_units: frozenset[str]
    zero_words: frozenset[str]
    clock_words: frozenset[str]
    victim_subject_verbs: frozenset[str]
    yielding_verbs: frozenset[str]
    to_death_verbs: frozenset[str]
    hit_verbs: frozenset[str]
    hit_states: frozenset[str]
    toll_nouns: dict[str, str]
    life_nouns: frozenset[str]
    life_taking_verbs: frozenset[str]
    member_losing_verbs: frozenset[str]
    casualty_cause_preps: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    other_person_words: frozenset[str]
    person_ordinals: dict[str, int]
    also_words: frozenset[str]
    survival_verbs: frozenset[str]
    count_nouns: frozenset[str]
    definite_words: frozenset[str]
    remainder_words: frozenset[str]
    victim_nouns: frozenset[str]
    target_preps: frozenset[str]
    counted_preps: frozenset[str]
    total_nouns: frozenset[str]
    counted_conjunctions: frozenset[str]
    breakdown_preps: frozenset[str]
    mixed_casualty_nouns: frozenset[str]
    breakdown_wholes: frozenset[str]
    people_nouns: frozenset[str]  # with person_nouns: nouns that count people
    conjunct_fillers: frozenset[str]
    animal_nouns: frozenset[str]
    injury_phrases: dict[str, frozenset[str]]
    accident_causes: dict[str, frozenset[str]]
    weapon_wound_words: frozenset[str]
    leaving_verbs: frozenset[str]
    attacker_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    rival_toll_words: frozenset[str]
    claimant_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    further_after: frozenset[str]
    further_before: frozenset[str]
    running_total_phrases: frozenset[str]
    further_not_before: frozenset[str]
    fellow_words: frozenset[str]
    casualty_coercion_modes: frozenset[str]
    casualty_mention_confidence: float
    tally_span: re.Pattern[str]  # "the past two years", "the past week"
    tally_perfect_span: re.Pattern[str]  # "this year", with "has killed"
    tally_owner_span: re.Pattern[str]  # "the week's" (toll)
    number: re.Pattern[str]  # digits and a scale word: "1,200", "2 bn", "5 thousand"


@cache
def words() -> Words:
    text = (resources.files("crisislens") / "data" / "quantities.yaml").read_text("utf-8")
    data = load_yaml(text)
    not_figures = data["not_figures"]
    # the plain word lists: a set of the list of the same name (in not_figures for those)
    plain = {
        f.name: frozenset(not_figures[f.name] if f.name in not_figures else data[f.name])
        for f in fields(Words)
        if f.type == "frozenset[str]" and f.name != "people_nouns"
    }
    return Words(
        **plain,
        number_words={str(k): v for k, v in data["number_words"].items()},
        scale={str(k): float(v) for k, v in data["scale"].items()},
        number_multipliers={str(k): float(v) for k, v in data["number_multipliers"].items()},
        vague_counts={str(k): float(v) for k, v in data["vague_counts"].items()},
        noun_kinds=data["noun_kinds"],
        verb_kinds=data["verb_kinds"],
        state_kinds=data["state_kinds"],
        toll_nouns=data["toll_nouns"],
        person_ordinals={str(k): int(v) for k, v in data["person_ordinals"].items()},
        people_nouns=frozenset(data["people_nouns"] + data["person_nouns"] + data["title_nouns"]),
        injury_phrases={k: frozenset(v) for k, v in data["injury_phrases"].items()},
        accident_causes={k: frozenset(v) for k, v in data["accident_causes"].items()},
        casualty_mention_confidence=float(data["casualty_mention_confidence"]),
        tally_span=re.compile(data["tally_span"]),
        tally_perfect_span=re.compile(data["tally_perfect_span"]),
        tally_owner_span=re.compile(data["tally_owner_span"]),
        number=re.compile(
            rf"^(\d+(?:[.,]\d+)*)\s*({'|'.join(map(re.escape, data['scale']))})?$", re.IGNORECASE
        ),
    )


def parse_number(text: str) -> float | None:
    w = words()
    t = text.lower().strip()
    while (first := t.split(" ", 1))[0] in w.bounds and len(first) == 2:
        t = first[1].strip()  # "at least 30", "more than 2,000"
    t = t.replace("us$", "").replace("$", "").strip()
    if t in w.number_words:
        return float(w.number_words[t])
    parts = t.split()
    if len(parts) == 2 and parts[1] in w.scale and (base := parse_number(parts[0])) is not None:
        return base * w.scale[parts[1]]
    match = w.number.match(t)
    if not match:
        return _spelled(t)
    digits = match.group(1)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
        value = float(digits.replace(",", ""))
    elif re.fullmatch(r"\d+([.,]\d+)?", digits):
        value = float(digits.replace(",", "."))
    else:
        return None  # "09.03.2018" is a date, "1.2.3" a version: not a quantity
    if match.group(2):
        value *= w.scale[match.group(2).lower()]
    return value


def _spelled(text: str) -> float | None:
    """A number written out in several words: "twenty-two" (22), "three hundred" (300), "two
    dozen" (24), "four hundred and fifty" (450), "six thousand" (6000), "several hundred" (300,
    ``vague_counts``); None for anything else.
    (One word, "twelve", is in ``number_words``.)"""
    w = words()
    parts = [p for p in re.split(r"[\s-]+", text) if p not in ("and", "a")]
    if len(parts) < 2:
        return None
    total = current = 0.0
    for part in parts:
        if part in w.number_multipliers:
            current = (current or 1) * w.number_multipliers[part]
        elif part in w.scale and part.isalpha() and len(part) > 2:  # not "k", "m", "bn"
            total, current = total + (current or 1) * w.scale[part], 0.0
        elif part.isdigit() or w.number_words.get(part, 100) < 100:
            current += float(part) if part.isdigit() else w.number_words[part]
        elif part in w.vague_counts and part == parts[0]:
            current = w.vague_counts[part]  # "several hundred"
        else:
            return None
    return total + current or None
