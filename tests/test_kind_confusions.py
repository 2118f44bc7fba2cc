"""Kinds that one construction gave wrongly (#14), each tried on sentences of our own: an
emergency met by doctors or rescuers is no martial law, and a lender's approved loan is one
AID, no agreement besides it."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [e.event_type for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic declared an emergency after the blast.",
        "Doctors declared a state of emergency at the district hospital.",
        "An emergency was declared in all hospitals of the city to treat the wounded.",
        "The airport declared an emergency when the plane lost an engine.",
        "Health officials declared a public health emergency over the cholera outbreak.",
        "The governor declared a state of emergency over the wildfires.",
        "The mayor declared a state of emergency due to flooding.",
        "A state of emergency was declared in the region in response to the floods.",
        "The prime minister declared an emergency on the city's water supply.",
    ],
)
def test_a_civil_emergency_is_no_martial_law(extract, text):
    """triggers.civil_emergency: a disaster, a disease, a shortage or a hospital's rush."""
    assert "COERCE" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The government declared a state of emergency in three provinces.",
        "Authorities declared an emergency in the region after the riots.",
        "Sri Lanka declared a state of emergency amid protests over the economic crisis.",
        "The cabinet imposed a state of emergency on the capital.",
    ],
)
def test_a_state_of_emergency_against_unrest_stays(extract, text):
    events = extract(text).events
    assert any(e.event_type == "COERCE" and e.mode == "martial-law" for e in events)


def test_without_the_civil_emergency_rule_the_clinic_is_coded(extract, monkeypatch):
    """The rule is what drops it (the test can fail)."""
    from crisislens.events import triggers

    monkeypatch.setattr(triggers, "civil_emergency", lambda noun: False)
    assert "COERCE" in _types(extract("The clinic declared an emergency after the blast."))


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank approved a $300 million loan to Kenya.",
        "The IMF approved a $1.2 billion loan for Pakistan on Friday.",
        "The regional development bank approved a grant of $20 million to Malawi.",
    ],
)
def test_an_approved_loan_is_aid_alone(extract, text):
    """event_lexicon.yaml objects: approve (a loan, a grant, a bailout) is AID (CAMEO 071)."""
    assert _types(extract(text)) == ["AID"]


def test_approving_an_accord_stays_an_agreement(extract):
    assert "AGREE" in _types(extract("The two sides approved the peace agreement."))


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber crashed his car into an army patrol near the market.",
        "An attacker rammed a truck packed with explosives into the police checkpoint.",
        "The convoy was rammed by a suicide bomber outside the town.",
        "A drone laden with explosives crashed into the barracks.",
    ],
)
def test_a_vehicle_driven_into_a_target_is_an_attack(extract, text):
    """triggers.vehicle_attack: an attacker drives it, or it carries explosives."""
    types = _types(extract(text))
    assert "ASSAULT" in types and "MOBILIZE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The plane crashed into a hillside in heavy fog.",
        "A farmer drove his tractor into the river.",
    ],
)
def test_a_crash_with_no_attacker_is_no_attack(extract, text):
    assert "ASSAULT" not in _types(extract(text))


def test_without_the_vehicle_rule_the_ramming_is_missed(extract, monkeypatch):
    from crisislens.events import triggers

    rules = tuple(r for r in triggers.VERB_RULES if r is not triggers.vehicle_attack)
    monkeypatch.setattr(triggers, "VERB_RULES", rules)
    text = "An attacker rammed a truck packed with explosives into the police checkpoint."
    assert "ASSAULT" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded near a police patrol in the old city.",
        "Soldiers on patrol were ambushed outside the village.",
        "A gunman fired on a police patrol outside the bank on Tuesday.",
    ],
)
def test_a_patrol_hit_is_the_unit_not_a_deployment(extract, text):
    """triggers.unit_as_target: one attack, the patrol its target."""
    assert _types(extract(text)) == ["ASSAULT"]


def test_a_patrol_stepped_up_stays_a_deployment(extract):
    assert "MOBILIZE" in _types(extract("Police stepped up patrols in the capital on Sunday."))


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents sent a suicide bomber into the compound.",
        "The militia dispatched a car bomb toward the army post.",
        "The group deployed a suicide car bomb against the convoy.",
    ],
)
def test_a_bomb_sent_is_the_attack(extract, text):
    """event_lexicon.yaml objects send, dispatch, deploy: a bomb or a suicide attacker."""
    types = _types(extract(text))
    assert "ASSAULT" in types and "MOBILIZE" not in types


def test_troops_sent_stay_a_deployment(extract):
    assert "MOBILIZE" in _types(extract("The government sent 500 troops to the border region."))


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister called a snap election for June.",
        "The president called early elections after the budget vote failed.",
    ],
)
def test_calling_an_election_is_no_phone_call(extract, text):
    """event_rules.yaml no_event_objects: call."""
    assert "CONSULT" not in _types(extract(text))


def test_a_phone_call_to_a_leader_stays(extract):
    assert "CONSULT" in _types(extract("The chancellor called Modi on Monday to discuss trade."))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The interior ministry lifted the state of emergency in two provinces.", "CONCEDE"),
        ("Authorities ended the state of emergency that began in March.", "CONCEDE"),
        ("The junta imposed a state of emergency on the port city.", "COERCE"),
        ("The cabinet extended the state of emergency by another six months.", "COERCE"),
    ],
)
def test_a_state_of_emergency_and_its_verb_are_one_event(extract, text, kind):
    """event_rules.yaml condition_nouns: the verb is looked up with what "state of" names."""
    assert _types(extract(text)) == [kind]


def test_without_condition_nouns_lifting_is_two_events(extract, monkeypatch):
    """The rule is what joins them (the test can fail)."""
    from crisislens.events import triggers

    monkeypatch.setattr(triggers, "_of_object", lambda token: None)
    text = "The interior ministry lifted the state of emergency in two provinces."
    assert len(_types(extract(text))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The district hospital received 18 people hurt in the shelling.",
        "Surgeons at the field hospital were preparing to receive more injured troops.",
        "The regional infirmary has received the bodies of six miners.",
        "Several of the wounded received treatment at the scene.",
    ],
)
def test_a_hospital_taking_in_the_wounded_is_no_meeting(extract, text):
    """event_rules.yaml no_event_subjects and no_event_objects: receive."""
    assert "CONSULT" not in _types(extract(text))


def test_a_minister_receiving_an_envoy_stays_a_meeting(extract):
    assert "CONSULT" in _types(extract("The prime minister received the visiting envoy."))
