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
        "The president declared a national emergency on electricity.",
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
