"""Vows, crowd control, interventions, and acts a text tells as done though a verb hangs over
them. Sentences of our own."""

from __future__ import annotations

import pytest

from crisislens.events.rules import arguments


def _types(record) -> set[str]:
    return {e.event_type for e in record.events if e.modality == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The premier vowed on Sunday that the referendum would go ahead in May.",
        "The interim leader vowed to organise fresh polls within a month.",
        "The incoming chancellor vowed to work closely with the unions.",
        "The general swore to serve the republic.",
    ],
)
def test_a_vow_of_ones_own_plans_is_a_promise(extract, text):
    """A vow with nothing hostile in it promises (AGREE), it threatens no one."""
    types = _types(extract(text))
    assert "AGREE" in types and "THREATEN" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The rebels vowed to crush the garrison.",
        "The clan vowed to avenge its slain elder.",
        "The rebels vowed to retake the river port.",
        "The opposition vowed fresh protests over the new tax.",
        "The governor vowed to bring the arsonists to justice.",
        "The interior minister vowed to restore order in the northern towns.",
    ],
)
def test_a_vow_of_harm_or_protest_stays_a_threat(extract, text):
    types = _types(extract(text))
    assert "THREATEN" in types and "AGREE" not in types


def test_peaceful_clause_cue(nlp, lex):
    vow = next(t for t in nlp("She vowed to hold the vote in June.") if t.text == "vowed")
    assert arguments.peaceful_clause_cue(vow, "promised_acts", lex)
    vow = next(t for t in nlp("She vowed to punish the smugglers.") if t.text == "vowed")
    assert not arguments.peaceful_clause_cue(vow, "promised_acts", lex)
    vow = next(t for t in nlp("She vowed to restore calm.") if t.text == "vowed")
    assert not arguments.peaceful_clause_cue(vow, "promised_acts", lex)  # nothing promised
    vow = next(t for t in nlp("She vowed revenge.") if t.text == "vowed")
    assert not arguments.peaceful_clause_cue(vow, "promised_acts", lex)  # no clause of its own


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired volleys of tear gas at the marchers in the square.",
        "Officers fired jets of water at the students on Monday.",
        "Police lobbed tear gas canisters at the crowd outside the stadium.",
        "Police shot tear gas at the dockers near the gate.",
    ],
)
def test_crowd_control_fired_breaks_up_a_crowd(extract, text):
    """Tear gas or water fired in volleys or jets is crowd control (COERCE), no attack."""
    types = _types(extract(text))
    assert "COERCE" in types and "ASSAULT" not in types


def test_lethal_rounds_beside_the_gas_still_attack(extract):
    types = _types(extract("Troops fired volleys of bullets and tear gas at the marchers."))
    assert "ASSAULT" in types


@pytest.mark.parametrize(
    "text",
    [
        "The constitutional council intervened on Thursday and struck down the decree.",
        "The president said he was intervening to settle the row between the two chambers.",
    ],
)
def test_a_council_or_a_president_stepping_in_attacks_no_one(extract, text):
    assert "ASSAULT" not in _types(extract(text))


def test_troops_that_intervene_still_attack(extract):
    assert "ASSAULT" in _types(extract("Foreign troops intervened to halt the rebel advance."))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Guards were forced to open fire when the inmates rushed the gate.", "open fire"),
        ("The garrison was forced to withdraw from the hill town.", "withdraw"),
        ("The candidate went online to say he had been beaten by police.", "beaten"),
    ],
)
def test_acts_the_text_tells_as_done(extract, text, trigger):
    """Being forced to act is acting; a saying's purpose tells what the saying reports."""
    events = [e for e in extract(text).events if trigger in e.trigger.text]
    assert events and events[0].modality == "asserted"


def test_an_infinitive_of_forcing_is_still_a_purpose(extract):
    events = extract("Farmers began a campaign to force the minister to step down.").events
    assert any(e.modality == "planned" for e in events if "step down" in e.trigger.text)


def test_a_purpose_is_still_planned(extract):
    events = extract("The army deployed troops to attack the rebel camp.").events
    assert any(e.modality == "planned" for e in events if e.trigger.text == "attack")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Any port that serves them will have its cranes targeted, the commander said.",
            "targeted",
            "planned",
        ),
        ("The militia will have the bridge blown up by dawn.", "blown", "planned"),
        ("Villagers found their granaries burned.", "burned", "asserted"),
    ],
)
def test_a_participle_on_the_object_of_have_takes_its_modality(extract, text, trigger, expected):
    """ "will have its cranes targeted" plans the targeting (modality.causative_participle)."""
    events = [e for e in extract(text).events if e.trigger.text.startswith(trigger)]
    assert events and events[0].modality == expected
