"""A strike told by what it is aimed at, who conducts it or what struck it, an office holder
fired or kicked out, a limb cut off, a village invaded, a negation inside a condition or under
"neither ... nor", a boat that sinks, armed men who occupy a base, crowd control fired and a
meeting still to be held. Sentences of our own."""

from __future__ import annotations

import pytest


def _types(record) -> set[str]:
    return {e.event_type for e in record.events if e.modality == "asserted"}


def _modalities(record, event_type: str) -> set[str]:
    return {e.modality for e in record.events if e.event_type == event_type}


@pytest.mark.parametrize(
    "text",
    [
        "A strike was conducted on Sunday near the border, the ministry said.",
        "The strike against the group's senior leaders came at dawn.",
    ],
)
def test_a_strike_conducted_or_aimed_at_leaders_is_an_attack(extract, text):
    """Conducted, or aimed at armed men's leaders: an attack, no walkout."""
    types = _types(extract(text))
    assert "ASSAULT" in types and "PROTEST" not in types


def test_struck_by_gunfire_is_shot_at(extract):
    """What is struck by gunfire is shot at (firearms), not shelled."""
    record = extract("A cargo plane was struck by gunfire as it came in to land.")
    assert {e.mode for e in record.events if e.event_type == "ASSAULT"} == {"firearms"}


def test_a_premier_fired_is_dismissed_not_shot(extract):
    record = extract("The president fired his prime minister on Sunday.")
    assert "ASSAULT" not in {e.event_type for e in record.events}


def test_a_governor_fired_upon_is_shot_at(extract):
    """A passive subject the verb was aimed at ("fired upon") is shot at, not dismissed."""
    assert "ASSAULT" in _types(extract("The provincial governor was fired upon near the market."))


def test_kicking_out_a_premier_expels_no_one(extract):
    record = extract("The marchers said they would not go home before kicking out the premier.")
    assert "SANCTION" not in {e.event_type for e in record.events}


def test_a_foot_cut_off_cuts_no_aid(extract):
    record = extract("The militants had the thief's left foot cut off in the square.")
    assert "SANCTION" not in {e.event_type for e in record.events}


def test_gunmen_who_invade_a_village_raid_it(extract):
    record = extract("Dozens of gunmen invaded the village at dawn on Tuesday.")
    modes = {e.mode for e in record.events if e.event_type == "ASSAULT"}
    assert modes == {"firearms"}


def test_a_negation_inside_a_condition_is_supposed(extract):
    """ "if they do not free" supposes a release, it denies none."""
    record = extract(
        "The kidnappers said they would kill the hostages if the government did not free "
        "their comrades."
    )
    assert _modalities(record, "RETREAT") == {"hypothetical"}


def test_talks_to_be_held_are_planned(extract):
    """An event noun's own infinitive that says it happens arranges it."""
    record = extract("The next round of talks to be held in Doha was announced on Monday.")
    assert _modalities(record, "CONSULT") == {"planned"}


def test_the_first_talks_to_take_place_were_held(extract):
    """A ranked noun tells what did happen."""
    record = extract("The first talks to take place since the war opened in Doha on Monday.")
    assert "planned" not in _modalities(record, "CONSULT")


def test_neither_nor_denies_both_acts(extract):
    record = extract(
        "The governor said on Friday he would neither resign nor hold talks with them."
    )
    assert _modalities(record, "CONCEDE") == {"negated"}
    assert _modalities(record, "CONSULT") == {"negated"}


@pytest.mark.parametrize(
    "text",
    [
        "An overloaded ferry capsized on the river on Sunday, killing 40 passengers.",
        "A crowded boat sank and killed 12 people near the island.",
    ],
)
def test_a_boat_that_sinks_attacks_no_one(extract, text):
    """A craft that capsizes or sinks has crashed, as a bus that overturns has."""
    assert "ASSAULT" not in {e.event_type for e in extract(text).events}
    assert "ASSAULT" in _types(extract("Pirates attacked a boat near the island, killing two."))


def test_militants_who_occupy_a_base_seize_it(extract):
    """Armed men do not stage sit-ins: their occupation is a seizure."""
    record = extract("Militants stormed and occupied the base on Tuesday.")
    assert "PROTEST" not in {e.event_type for e in record.events}


@pytest.mark.parametrize(
    "text",
    [
        "Pepper spray and water cannon fired by the police scattered the crowd.",
        "Tear gas canisters and water cannon fired by the police scattered the crowd.",
    ],
)
def test_water_cannon_fired_by_police_is_crowd_control(extract, text):
    """A participle after the weapon, or with a "by" phrase, reads it as its object: crowd
    control, no shooting."""
    assert "ASSAULT" not in {e.event_type for e in extract(text).events}
