"""Readings from border, hotel-attack and massacre reports: shots fired as a warning, a
building held under siege, a toll that hits a number, a ban a court strikes down, a vow not to
give way to violence, and a campaign's rallies and meetings. Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import readings


def _types(record) -> set[str]:
    return {event_type for event_type, _ in readings(record)}


@pytest.mark.parametrize(
    "text",
    [
        "The border guards fired warning shots after a patrol from the other side crossed the line.",
        "The navy fired warning shots at a trawler that entered its waters on Monday.",
        "Troops fired warning shots after smugglers drove through the checkpoint.",
    ],
)
def test_warning_shots_are_one_threat_and_no_attack(extract, text):
    """rules/advisories.fired_as_a_warning (the parse reads "warning" as a verb under "fired")."""
    record = extract(text)
    assert "ASSAULT" not in _types(record)
    assert ("THREATEN", "asserted") in readings(record)


def test_shots_fired_at_people_stay_an_attack(extract):
    record = extract("The guards fired shots at the fleeing car, wounding its driver.")
    assert "ASSAULT" in _types(record)


def test_a_toll_that_hits_a_number_is_no_attack(extract):
    """event_rules.yaml no_event_subjects hit."""
    record = extract("The death toll could hit 30, local officials said.")
    assert "ASSAULT" not in _types(record)


def test_rockets_that_hit_a_base_still_attack(extract):
    record = extract("A number of rockets hit the air base overnight.")
    assert "ASSAULT" in _types(record)


def test_a_ban_struck_down_is_eased_not_struck(extract):
    """event_lexicon.yaml object_classes easing: strike down."""
    record = extract("A court on Tuesday struck down the ban on opposition meetings.")
    assert "ASSAULT" not in _types(record)
    assert "CONCEDE" in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "The governor vowed that the state would not succumb to the bandits.",
        "The premier swore that the nation would never be cowed by the bombers.",
    ],
)
def test_a_vow_not_to_give_way_is_no_threat(extract, text):
    """rules/assertion.vowed_defiance."""
    record = extract(text)
    assert ("THREATEN", "asserted") not in readings(record)


def test_a_vow_of_force_stays_a_threat(extract):
    record = extract("The militia vowed that it would burn the villages to the ground.")
    assert "THREATEN" in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "Militants besieged the guesthouse for eleven hours before commandos went in.",
        "The siege of the consulate lasted two days.",
    ],
)
def test_gunmen_holding_a_building_attack_it(extract, text):
    """event_lexicon.yaml argument_senses besiege, siege (besieged_buildings)."""
    record = extract(text)
    assert "ASSAULT" in _types(record)
    assert "COERCE" not in _types(record)


def test_a_besieged_town_stays_blockaded(extract):
    record = extract("Rebels besieged the town for three months.")
    assert "COERCE" in _types(record)


def test_a_crowd_besieging_a_building_obstructs_it(extract):
    record = extract("Protesters besieged the parliament building, demanding new elections.")
    assert "PROTEST" in _types(record)
    assert "ASSAULT" not in _types(record)


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("The opposition held a campaign rally in the port city on Sunday.", "PROTEST"),
        ("The governor cancelled his election meetings after the ambush.", "SANCTION"),
        ("The senator held an election meeting with farmers in the valley.", "CONSULT"),
    ],
)
def test_a_campaign_gathering_is_no_protest_talks_or_sanction(extract, text, misread):
    """rules/campaigns.campaign_gathering."""
    record = extract(text)
    assert misread not in _types(record)


def test_a_rally_against_an_election_law_stays_a_protest(extract):
    record = extract("Thousands rallied in the capital against the new election law.")
    assert "PROTEST" in _types(record)
