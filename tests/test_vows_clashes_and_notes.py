"""Refusals vowed, conjectures, permissions, clashes of demonstrators, written protests, and
words that tell no event (a patient discharged, a traveller's return, a post taken away).
Sentences of our own."""

from __future__ import annotations

import pytest


def _types(record) -> set[str]:
    return {e.event_type for e in record.events if e.modality == "asserted"}


def _modalities(record, event_type: str) -> set[str]:
    return {e.modality for e in record.events if e.event_type == event_type}


def test_a_vow_not_to_hand_over_power_is_a_refusal(extract):
    """A vow not to do a cooperative thing refuses it (REJECT), it promises nothing."""
    types = _types(extract("The military rulers vowed not to hand over power to the assembly."))
    assert "REJECT" in types and "AGREE" not in types


def test_a_pledge_not_to_attack_promises_restraint(extract):
    """A pledge not to do a hostile thing promises (AGREE), it threatens no one."""
    types = _types(extract("The militia pledged not to attack the refugee camps."))
    assert "AGREE" in types and "THREATEN" not in types


def test_would_have_is_a_conjecture_not_a_plan(extract):
    record = extract("There would have been two abductions near the border, say unnamed sources.")
    assert _modalities(record, "ASSAULT") == {"possible"}


def test_a_permission_tells_no_act(extract):
    """What a decree allows is planned, not done ("allowed the marchers to pass" past, done)."""
    record = extract("The emergency law allows the armed forces to detain protesters for a month.")
    assert _modalities(record, "COERCE") == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        "Students clashed with riot police near the campus on Monday.",
        "Clashes erupted between marchers and police in the old town on Friday.",
        "A group of student protesters clashed with security guards at the gate.",
    ],
)
def test_demonstrators_who_clash_riot_and_soldiers_fight(extract, text):
    """Demonstrators who clash protest violently (CAMEO 145), no battle; troops who clash
    with rebels fight."""
    types = _types(extract(text))
    assert "PROTEST" in types and "ASSAULT" not in types
    types = _types(extract("Government troops clashed with rebels near the northern border."))
    assert "ASSAULT" in types and "PROTEST" not in types


def test_a_note_of_protest_handed_over_is_one_complaint(extract):
    record = extract("The foreign ministry handed over a note of protest to the envoy.")
    asserted = [e.event_type for e in record.events if e.modality == "asserted"]
    assert asserted == ["ACCUSE"]


def test_a_patient_discharged_is_freed_by_no_one(extract):
    record = extract("Four of the wounded were treated and released from hospital on Sunday.")
    assert "RETREAT" not in _types(record)
    assert "RETREAT" in _types(extract("Two prisoners were released from jail on Sunday."))


def test_a_travellers_return_ends_the_trip(extract):
    record = extract("The premier will tour three Gulf states and return home on Thursday.")
    assert not any(e.event_type == "RETREAT" for e in record.events)


def test_fired_as_the_holder_of_a_post_is_no_attack(extract):
    record = extract("The mayor was fired by the council as its chairman.")
    assert "ASSAULT" not in _types(record)


def test_what_may_follow_a_condition_is_not_told(extract):
    record = extract("Fresh sanctions could follow if the talks fail, the minister said.")
    assert "SANCTION" not in _types(record)


def test_calls_to_step_down_ask_for_it(extract):
    """A call with an infinitive of its own asks for the act; it is no telephone call."""
    record = extract("Opposition leaders renewed their calls to resign after the vote.")
    assert "REQUEST" in _types(record) and "CONSULT" not in _types(record)


def test_what_a_speaker_says_may_follow_a_condition_is_a_threat(extract):
    """A measure its speaker says "could follow" if a condition is met threatens it."""
    record = extract("The envoy said that new tariffs could follow if the port stayed closed.")
    assert "THREATEN" in _types(record)


def test_a_demarche_issued_is_a_complaint(extract):
    record = extract("The foreign ministry issued a demarche to the ambassador over the raid.")
    assert "ACCUSE" in _types(record)


def test_students_who_fight_police_riot(extract):
    types = _types(extract("Students fought with riot police near the campus gate."))
    assert "PROTEST" in types and "ASSAULT" not in types
