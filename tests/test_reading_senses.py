"""Trigger words read in a sense that names no event, or the wrong one (#12, #14), each tried
on sentences of our own: a name given is no phone call, bombs dropped are an attack and a
level that drops no concession, a sign denied denies the event, seeking to act asks no one,
arms held attack no one, a term served is no sentencing, casualties moved are the attack's
toll, and tariffs lifted are eased."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [e.event_type for e in record.events]


def _asserted(record) -> list[str]:
    return [e.event_type for e in record.events if e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "The army called the militants terrorists.",
        "Washington has called the rocket launch a provocation.",
        "Seoul called the drone flights a grave violation.",
        "Tokyo called the missile launches a serious threat.",
    ],
)
def test_a_name_given_is_no_phone_call(extract, text):
    """rules/assertion.object_and_name: the object and its name run together or cut into a
    bare clause by the parse."""
    assert "CONSULT" not in _types(extract(text))


def test_calling_a_leader_is_still_a_phone_call(extract):
    assert "CONSULT" in _types(extract("The president called the king on Friday."))


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters dropped barrel bombs on the market.",
        "A drone dropped two grenades on the trench.",
        "Jets dropped explosive barrels over the eastern suburbs.",
    ],
)
def test_bombs_dropped_are_an_attack(extract, text):
    """event_lexicon.yaml objects: drop; a concession only with a demand or a charge."""
    types = _types(extract(text))
    assert "ASSAULT" in types and "CONCEDE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The plane dropped leaflets over the town.",
        "Bread prices dropped to a record low.",
        "Tensions eased after the meeting in the capital.",
        "The haze lifted by noon.",
        "Inflation eased again in April.",
    ],
)
def test_a_level_that_drops_is_no_concession(extract, text):
    """rules/assertion.needs_an_object (direct_object_verbs) and no_event_objects: drop."""
    assert "CONCEDE" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    ["Prosecutors dropped the charges against the editor.", "The charges were dropped in May."],
)
def test_charges_dropped_are_still_a_concession(extract, text):
    assert "CONCEDE" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "There was no sign of the convoy being attacked.",
        "Officials saw no evidence that troops had fired on the crowd.",
        "Monitors did not find any indication that the rebels shelled the town.",
    ],
)
def test_an_event_a_sign_denies_is_negated(extract, text):
    """modality.denied_evidence."""
    assert not {"ASSAULT"} & set(_asserted(extract(text)))


def test_an_event_a_sign_shows_is_asserted(extract):
    record = extract("There were signs that the rebels had shelled the town.")
    assert "ASSAULT" in _asserted(record)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has not answered our request for comment.",
        "The port authority is seeking to reopen the terminal.",
        "Residents are seeking ways to rebuild their homes.",
    ],
)
def test_seeking_to_act_or_a_comment_asks_no_one(extract, text):
    """no_event_objects: request, seek; rules/assertion.attempt_no_request."""
    assert "REQUEST" not in _types(extract(text))


def test_seeking_talks_is_still_a_request(extract):
    assert "REQUEST" in _types(extract("The opposition sought talks with the army."))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels own rockets and missiles.",
        "The plant builds rockets for the navy.",
        # weighed as a danger, not fired
        "Analysts in Oslo said the new rockets pose a threat to shipping lanes.",
    ],
)
def test_arms_held_attack_no_one(extract, text):
    """rules/assertion.arms_not_attack."""
    assert "ASSAULT" not in _types(extract(text))


def test_rockets_fired_still_attack(extract):
    assert "ASSAULT" in _types(extract("Rebels fired rockets at the base."))


def test_a_term_served_is_no_sentencing(extract):
    """rules/assertion.served_term."""
    assert "COERCE" not in _types(extract("She is serving a long sentence in Insein prison."))


def test_a_sentence_handed_down_is_still_one(extract):
    record = extract("A court handed down a ten-year sentence to the activist.")
    assert "COERCE" in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "Medics evacuated nine wounded soldiers to the capital.",
        "The injured were airlifted to the coast.",
        "The clinic received the injured from the crash site.",
    ],
)
def test_casualties_moved_are_no_event_of_their_own(extract, text):
    """movement_vetoes.moves_casualties; no_event_objects: receive."""
    types = _types(extract(text))
    assert not {"RETREAT", "AID", "CONSULT"} & set(types)


def test_staff_evacuated_is_still_a_withdrawal(extract):
    assert "RETREAT" in _types(extract("The mission evacuated its staff from the city."))


def test_tariffs_lifted_are_eased(extract):
    """object_classes: easing (tariff)."""
    assert "RETREAT" in _types(extract("Washington lifted tariffs on Canadian lumber."))


@pytest.mark.parametrize(
    "text",
    [
        "Hurricane Ida destroyed the chapel and damaged the school.",
        "Typhoon Kai destroyed hundreds of homes on the coast.",
    ],
)
def test_a_hazard_as_subject_is_no_act(extract, text):
    """rules/assertion.done_by_a_hazard, with the hazard as the subject."""
    assert not {"ASSAULT", "COERCE"} & set(_types(extract(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The figures demonstrate that the plan works.",
        "The results demonstrate the union's strength.",
    ],
)
def test_demonstrating_a_point_is_no_protest(extract, text):
    """rules/assertion.needs_an_object (objectless_verbs)."""
    assert "PROTEST" not in _types(extract(text))


def test_demonstrating_outside_parliament_is_a_protest(extract):
    assert "PROTEST" in _types(extract("Hundreds demonstrated outside parliament on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "She can still recall the day her mother left.",
    ],
)
def test_an_outcome_or_a_memory_is_no_event(extract, text):
    """objects: recall (envoys only)."""
    assert _types(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two sides failed to reach a deal.", "REJECT"),
        ("Troops closed the border on Friday.", "COERCE"),
        ("Sweden recalled its ambassador from Tehran.", "SANCTION"),
        ("The family pressed charges against the guard.", "ACCUSE"),
        ("Washington pressed Iran on its missile programme.", "REQUEST"),
        ("The rebels swore to fight on.", "THREATEN"),
    ],
)
def test_the_event_readings_stay(extract, text, kind):
    assert kind in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The suspect swore at the officer and ran.",
        "The new cabinet was sworn in on Monday.",
        "The marchers pressed on through the snow.",
        "The army is pressing its offensive in the east.",
    ],
)
def test_an_idiom_particle_names_no_threat_or_request(extract, text):
    """verb_vetoes.idiom_particle; no_event_objects: press."""
    assert not {"THREATEN", "CONSULT", "REQUEST"} & set(_types(extract(text)))


def test_beaten_out_at_the_polls_is_no_blow(extract):
    """verb_vetoes.idiom_particle: "beat out" (idiom_particles); "beat the prisoners" stays."""
    assert "ASSAULT" not in _types(
        extract("Mara Velt beat out two rivals for the party's nomination.")
    )
    assert "ASSAULT" in _types(extract("Guards beat the prisoners in their cells at Fort Kel."))


@pytest.mark.parametrize(
    "text",
    [
        "The projects were executed by army engineers.",
        "Some 4.5 million passengers travelled between the two cities.",
        "The strike halted container traffic at the port.",
    ],
)
def test_other_senses_of_event_verbs(extract, text):
    """no_event_objects: execute, halt; no_event_subjects: travel."""
    types = _types(extract(text))
    assert not {"ASSAULT", "COERCE", "CONSULT", "SANCTION"} & set(types)


def test_friendship_reinforced_is_support(extract):
    """object_classes: building_ties (reinforce, friendship)."""
    record = extract("The two presidents reinforced their friendship in Hanoi on Monday.")
    types = _types(record)
    assert "SUPPORT" in types and "MOBILIZE" not in types


@pytest.mark.parametrize(
    "text", ["Five soldiers were hit by a car bomb.", "A car bomb hit the army base."]
)
def test_a_car_bomb_is_no_road_accident(extract, text):
    """rules/assertion.done_by_a_hazard: a vehicle word that modifies a weapon is no vehicle."""
    assert "ASSAULT" in _types(extract(text))
