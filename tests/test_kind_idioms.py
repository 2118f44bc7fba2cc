"""Wrong kinds from idioms and misparses seen in real news (#12, #14), each tried on sentences of
our own: a participle that describes a report's source, force met "by" armed men, troops who
free others' captives, loans a party takes on, a rising count, a demand to keep things as they
are, and a hostage who is a person, not an event."""

from __future__ import annotations

import pytest

from conftest import word


def _types(record) -> list[str]:
    return [e.event_type for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "According to the Global Peace Index 2025 released last week, Chile saw more deaths.",
        "The Press Freedom Index 2024, released on Monday, ranks Chile 40th.",
        "According to a survey released by the institute, most voters back the plan.",
    ],
)
def test_a_released_report_frees_no_one(extract, text):
    """The participle in an "according to" phrase describes the source (triggers.
    describes_a_source); a report named with its year is still a report (assertion._objects)."""
    assert "RETREAT" not in _types(extract(text))


def test_a_release_by_a_government_is_still_a_release(extract):
    record = extract("The government released 300 prisoners, according to a statement.")
    assert "RETREAT" in _types(record)


def test_according_to_does_not_void_the_main_passive_verb(extract):
    assert "COERCE" in _types(extract("According to the ministry, 40 people were arrested."))


@pytest.mark.parametrize(
    "text",
    [
        "The villagers were met by armed men at the checkpoint.",
        "The marchers were greeted by riot police and tear gas.",
        "The convoy was met with gunfire as it entered the town.",
    ],
)
def test_force_met_is_no_meeting(extract, text):
    """ "met by" armed people (verb_vetoes.hostile_reception); "met with gunfire" is force
    (event_lexicon.yaml argument_senses: meet)."""
    assert "CONSULT" not in _types(extract(text))


def test_a_weapon_after_by_reads_as_after_with(extract):
    """ "met by gunfire" is force, as "met with gunfire" is (rules/arguments.py, with_cue)."""
    assert "ASSAULT" in _types(extract("The convoy was met by gunfire near the bridge."))


def test_a_meeting_with_an_envoy_stays(extract):
    assert "CONSULT" in _types(extract("The prime minister met the Chinese envoy in Beijing."))


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers freed 20 kidnapped passengers in the forest on Sunday.",
        "The hostages were freed in a police raid on the hideout.",
        "Commandos liberated the captives after a gunfight.",
    ],
)
def test_troops_who_free_captives_rescue_them(extract, text):
    """Freeing others' captives by troops or in a raid is the security operation, no release
    by the captors (verb_vetoes.rescues_captives)."""
    assert "RETREAT" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The kidnappers freed the two aid workers on Sunday.",
        "The army released 50 detainees on Friday.",
    ],
)
def test_captors_and_jailers_still_release(extract, text):
    assert "RETREAT" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The state utility racked up $30 billion in loans.",
        "The airline took out huge loans from foreign banks.",
        "The government has repaid its loans to the fund.",
    ],
)
def test_a_borrowers_debt_is_no_aid(extract, text):
    assert "AID" not in _types(extract(text))


def test_a_loan_granted_is_still_aid(extract):
    assert "AID" in _types(extract("China extended a $2 billion loan to Laos."))


@pytest.mark.parametrize(
    "text",
    [
        "According to the yearly index, deaths from terrorism rose sharply.",
        "Attacks on health workers rose by a third.",
    ],
)
def test_a_rising_count_is_no_uprising(extract, text):
    assert "PROTEST" not in _types(extract(text))


def test_people_who_rise_up_still_protest(extract):
    assert "PROTEST" in _types(extract("Thousands rose up against the regime in March."))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the donors should keep their pledges open for the flood victims.",
        "The envoy said both sides must keep the talks alive.",
    ],
)
def test_keeping_a_state_demands_no_act(extract, text):
    """ "should keep their pledges open": no REQUEST, and the kept pledge is no new AGREE
    (triggers.keeps_a_state)."""
    types = _types(extract(text))
    assert "REQUEST" not in types and "AGREE" not in types


def test_a_demand_for_an_act_stays_a_request(extract):
    record = extract("The union said the company must resume talks with the workers.")
    assert "REQUEST" in _types(record)


def test_keeps_a_state_reads_the_complement(parse):
    from crisislens.events.triggers import keeps_a_state

    assert keeps_a_state(word(parse("They should keep the offer open."), "keep"))
    assert not keeps_a_state(word(parse("They should keep the sanctions."), "keep"))


def test_a_hostage_is_a_person_not_an_event(extract):
    """ "the hostages" names people held; the taking is told by "took hostages" or "a hostage
    crisis" (event_lexicon.yaml)."""
    assert "ASSAULT" not in _types(extract("Gunmen released the hostages on Sunday."))
    assert "ASSAULT" in _types(extract("The gunmen took ten hostages at the bank."))


@pytest.mark.parametrize(
    "text",
    [
        "Two bombs went off in the market on Friday.",
        "A roadside device went off near an army convoy.",
        "Several explosives had gone off across the city by noon.",
    ],
)
def test_an_explosive_that_goes_off_is_an_explosion(extract, text):
    """ "went off" with an explosive as its subject (triggers._needs_an_explosive)."""
    assert "ASSAULT" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    ["The fire alarm went off during the meeting.", "The lights went off after the storm."],
)
def test_an_alarm_that_goes_off_is_no_explosion(extract, text):
    assert "ASSAULT" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police are searching for the gunmen who robbed the bank.",
        "Detectives are hunting the killer of the journalist.",
        "Officers tracked down the suspect in a nearby village.",
    ],
)
def test_hunting_the_perpetrators_investigates(extract, text):
    """Searching for or hunting a crime's perpetrators is ACCUSE investigate (CAMEO 091;
    event_lexicon.yaml objects: search, hunt)."""
    assert any(e.event_type == "ACCUSE" and e.mode == "investigate" for e in extract(text).events)


@pytest.mark.parametrize(
    "text", ["Rescuers are searching for survivors in the rubble.", "They hunt deer in autumn."]
)
def test_searching_for_survivors_investigates_nothing(extract, text):
    assert "ACCUSE" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kidnappings have doubled since January.",
        "Attacks on aid workers rose by a third last year.",
        "Attacks on journalists increased by 20 percent in 2023.",
    ],
)
def test_a_count_of_events_that_changes_is_a_statistic(extract, text):
    """Plural event nouns that double, or rise by a measure, are a count (triggers.
    changing_count)."""
    assert not [e for e in extract(text).events if e.modality == "asserted"]


def test_protests_that_grow_across_a_country_still_happen(extract):
    assert "PROTEST" in _types(extract("Protests grew across the country on Friday."))
