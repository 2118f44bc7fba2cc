"""A protest told as the motive of a state's measure is no protest of its own; "the strike"
after an air or drone strike is that attack; people shot dead somewhere on some day were
shot; tear gas that failed to disperse a crowd refused nothing. Each is tried on sentences
of our own, beside the readings that stay."""

from __future__ import annotations

import pytest

from conftest import asserted_events, readings

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        "Velm summoned the Kestish envoy on Monday in protest over the shelling of its border posts.",
        "Norland recalled its ambassador from Tolmo in protest at the arrest of two of its nationals.",
    ],
)
def test_a_protest_that_explains_a_state_measure_is_no_protest(extract, text):
    """triggers.drop_motives."""
    record = extract(text, published=PUB)
    assert not asserted_events(record, "PROTEST"), readings(record)
    assert asserted_events(record, "CONSULT") or asserted_events(record, "SANCTION"), readings(
        record
    )


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Aro closed their shops on Sunday in protest over the killing of a vendor.",
        "Hundreds gathered in protest outside the Velm consulate on Sunday.",
    ],
)
def test_a_protest_beside_other_acts_stays(extract, text):
    record = extract(text, published=PUB)
    assert asserted_events(record, "PROTEST"), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "Kestish airstrikes hit the port of Tolmo on Sunday. Residents said the strikes "
        "targeted a fuel depot and a radio mast.",
        "Drone strikes in Aro killed four people on Sunday, residents said. Witnesses said the "
        "drone circled a school twice before carrying out the strike during a parents' meeting.",
        "Kestia said on Sunday it carried out strikes on six sites along the Velm border, "
        "targeting militant camps. Its ministry said the strikes answered a bombing in Tolmo.",
        "Kestia on Monday carried out airstrikes inside Velm that killed nine civilians. An "
        "official in Tolmo confirmed that strikes in two border provinces had taken place.",
    ],
)
def test_the_strike_after_an_air_strike_is_that_attack(extract, text):
    """rules/arguments.told_before_cue."""
    record = extract(text, published=PUB)
    assert not asserted_events(record, "PROTEST"), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "Dockworkers in Tolmo began a general strike over pay on Monday. Jets bombed Aro the "
        "same day. The strike closed the port.",
        "Miners in Aro went on strike on Monday. The strike entered its second day on Tuesday.",
    ],
)
def test_the_strike_after_a_walkout_stays_a_walkout(extract, text):
    record = extract(text, published=PUB)
    assert asserted_events(record, "PROTEST"), readings(record)


def test_those_shot_dead_somewhere_were_shot(extract):
    """verb_vetoes._told_as_an_act."""
    record = extract("Among those shot dead in Aro on Sunday were two nurses and a guard.")
    assert asserted_events(record, "ASSAULT"), readings(record)


def test_those_injured_only_names_people(extract):
    record = extract("The mayor said he was thinking of those injured.", published=PUB)
    assert not asserted_events(record, "ASSAULT"), readings(record)


def test_means_that_failed_under_a_preposition_refuse_nothing(extract):
    """verb_vetoes._hung_on_a_preposition."""
    record = extract(
        "Police in Aro fired live rounds after tear gas and water cannon failed to scatter "
        "the marchers on Sunday.",
        published=PUB,
    )
    assert not asserted_events(record, "REJECT"), readings(record)


def test_a_party_that_failed_still_rejects(extract):
    record = extract("The governor of Aro failed to meet the nurses' demands.", published=PUB)
    assert asserted_events(record, "REJECT"), readings(record)


def test_an_envoy_recalled_for_consultations_holds_no_meeting(extract):
    """triggers.drop_motives (purpose_nouns)."""
    record = extract(
        '"Kestia has recalled its envoys in Oslo and Vienna for consultations," the minister said.',
        published=PUB,
    )
    assert not asserted_events(record, "CONSULT"), readings(record)
    assert asserted_events(record, "SANCTION"), readings(record)


def test_talks_held_for_days_stay_a_meeting(extract):
    record = extract("Velm and Kestia held talks in Aro for three days.", published=PUB)
    assert asserted_events(record, "CONSULT"), readings(record)


def test_asked_what_will_be_is_no_request(extract):
    """statement_vetoes.asks_a_question (_yes_or_no)."""
    record = extract(
        "Asked how long the border would stay shut, a Velm official said he could not say.",
        published=PUB,
    )
    assert not asserted_events(record, "REQUEST"), readings(record)


def test_asked_whether_someone_could_act_stays_a_request(extract):
    record = extract(
        "The mayor of Aro asked whether the army could send water trucks to the town.",
        published=PUB,
    )
    assert asserted_events(record, "REQUEST") or any(
        e.event_type == "REQUEST" for e in record.events
    ), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "The fire started when people were attending morning prayers on Tuesday in the Dala area of Kano state.",
        "The students were travelling to Abuja for a course when the bus was stopped.",
    ],
)
def test_people_on_their_own_errands_pay_no_visit(extract, text):
    """event_rules.yaml: no_event_objects attend, no_event_subjects travel."""
    record = extract(text, published=PUB)
    assert not asserted_events(record, "CONSULT"), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "The Velm foreign minister attended a summit in Addis Ababa on Sunday.",
        "The Kestish president travelled to Beijing on Sunday for talks with Chinese leaders.",
    ],
)
def test_leaders_attending_or_travelling_still_meet(extract, text):
    record = extract(text, published=PUB)
    assert asserted_events(record, "CONSULT"), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers in Aro helped ferry wounded to the district clinic on Sunday.",
        "Medics in Tolmo treated wounded at the scene on Sunday.",
    ],
)
def test_wounded_carried_or_tended_is_no_attack(extract, text):
    """movement_vetoes.casualties_moved."""
    record = extract(text, published=PUB)
    assert not asserted_events(record, "ASSAULT"), readings(record)


def test_people_wounded_somewhere_stay_an_attack(extract):
    record = extract("Ten people were wounded in Aro on Sunday, police said.", published=PUB)
    assert asserted_events(record, "ASSAULT"), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "The rangers were travelling to Aro in a pick-up truck on Sunday, police said.",
        '"At around 5pm we received the victims of the blast," a doctor in Aro said on Sunday.',
        "The kidnappers had already received a ransom from the families in Aro, police said.",
    ],
)
def test_patrols_on_the_move_and_wards_taking_in_victims_meet_no_one(extract, text):
    """event_rules.yaml: no_event_subjects travel, no_event_objects receive."""
    record = extract(text, published=PUB)
    assert not asserted_events(record, "CONSULT"), readings(record)


def test_a_president_receiving_a_minister_still_hosts(extract):
    record = extract(
        "The Velm president received the Kestish foreign minister in Aro on Monday.",
        published=PUB,
    )
    assert asserted_events(record, "CONSULT"), readings(record)


def test_those_killed_long_ago_only_name_people(extract):
    record = extract(
        "Marchers in Aro held placards for those killed in the riots last August.",
        published=PUB,
    )
    assert not [e for e in asserted_events(record, "ASSAULT") if e.trigger.text == "killed"], (
        readings(record)
    )
