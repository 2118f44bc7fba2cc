"""The stated-intent convention (events/rules/intent.py, docs/DESIGN.md "Stated intents"): an
offer, a readiness or a promise is an AGREE; a decision taken is the act it decides; an act
said to be out of the question is refused (REJECT). Sentences of our own."""

from __future__ import annotations

import pytest


def _top(record):
    return max(record.events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a stated willingness or readiness: AGREE (CAMEO 03x)
        ("The rebels said they are willing to withdraw from the captured villages.", "AGREE"),
        ("Ghana is ready to send doctors to the flooded region.", "AGREE"),
        # ... or an openness to an act ("open to meeting", CAMEO 036)
        ("Tanzania is open to hosting the next round of talks.", "AGREE"),
        # a decision taken: the act itself, no AGREE
        ("The cabinet decided to lift the night curfew in the northern province.", "RETREAT"),
        ("The city council voted to ban street protests near the parliament.", "COERCE"),
        ("The electoral board decided to allow the opposition candidate to run.", "CONCEDE"),
    ],
)
def test_stated_intent_or_decision(extract, text, expected):
    record = extract(text)
    assert _top(record).event_type == expected
    if expected != "AGREE":  # a decision states no intent beside the act
        assert "AGREE" not in {e.event_type for e in record.events}


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("The finance minister said that lifting the fuel price cap is out of the question.", None),
        ("Negotiating with the kidnappers is not an option, the governor said.", "governor"),
        ("Officials said releasing the detained reporters was off the table.", "Officials"),
        ("The president ruled out lifting the embargo on Cuba this year.", "president"),
    ],
)
def test_ruled_out_act_is_a_rejection(extract, text, speaker):
    record = extract(text)
    top = _top(record)
    assert top.event_type == "REJECT"
    if speaker is not None:
        assert top.actor is not None and top.actor.text == speaker
    # the refused act itself is not asserted
    assert all(e.modality != "asserted" for e in record.events if e.event_type != "REJECT")


def test_an_act_that_is_merely_the_subject_is_not_ruled_out(extract):
    record = extract("Talks with the rebels resumed on Monday, the ministry said.")
    assert "REJECT" not in {e.event_type for e in record.events}


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister cannot say that the police will leave the campus.",
        "The junta did not say it would free the detained students.",
        "A spokesman declined to say whether the peacekeepers would pull out.",
    ],
)
def test_a_plan_the_reporting_verb_does_not_state_is_no_intent(extract, text):
    record = extract(text)
    assert [e for e in record.events if e.modality == "asserted"] == []


def test_a_plan_the_reporting_verb_states_is_an_intent(extract):
    record = extract("The junta said it would free the detained students.")
    assert "AGREE" in {e.event_type for e in record.events if e.modality == "asserted"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a promise of a hostile act is a threat (stance), whatever the promising verb
        ("The Tuareg front pledged to carry out attacks on army posts near Kidal.", "THREATEN"),
        ("The gang swore to burn the market if traders testified.", "THREATEN"),
        # a promise of help stays a promise
        ("The donors pledged to send food aid to the flooded villages.", "AGREE"),
        # ... and a vow of a cooperative act is one, no threat
        ("The governor vowed to free the detained students by Friday.", "AGREE"),
    ],
)
def test_promise_of_harm_is_a_threat(extract, text, expected):
    types = {e.event_type for e in extract(text).events}
    assert expected in types and (expected == "AGREE" or "AGREE" not in types)
    assert expected == "THREATEN" or "THREATEN" not in types
