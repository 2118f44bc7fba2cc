"""Misreads seen on real news pages (issue #12), each tried on sentences of our own: a job
loss is no shooting, a step toward an act is no act yet, a labour strike in a headline is no
blow, a mishap is no attack, a figure that hits a level hits no one, and a headline's bare
participle is passive."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [e.event_type for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "The airline moves to fire hundreds of pilots.",
        "The mill fired dozens of workers last spring.",
        "Staff fear they will be fired after the merger.",
    ],
)
def test_firing_people_from_a_job_is_no_shooting(extract, text):
    """ "fire" with people in jobs as its object, counted or passive, dismisses them
    (event_rules.yaml no_event_objects; a count is read through its "of")."""
    assert "ASSAULT" not in _types(extract(text))


def test_firing_at_people_is_still_a_shooting(extract):
    assert "ASSAULT" in _types(extract("Soldiers fired on the crowd outside the mill."))


def test_a_move_to_act_is_planned(extract):
    """ "moved to deport" takes a step toward the act: planned, not asserted (governors)."""
    record = extract("The interior ministry moved to deport forty asylum seekers.")
    deport = next(e for e in record.events if e.event_type == "COERCE")
    assert deport.modality == "planned"


@pytest.mark.parametrize(
    "text",
    ["Nurses strike spreads to four more regions", "Bus strike enters its second week"],
)
def test_a_headline_labour_strike_is_no_attack(extract, text):
    """A headline's "X strike <verb>s" is a labour strike the parse reads as a verb with an
    object (rules/draft.py: headline_strike); it never attacks."""
    assert "ASSAULT" not in _types(extract(text))


def test_a_strike_with_an_object_still_attacks(extract):
    assert "ASSAULT" in _types(extract("Drones struck a fuel depot near the airport."))


@pytest.mark.parametrize(
    "text",
    [
        "Two accidental explosions wrecked the workshop on Friday.",
        "A mortar round went off accidentally inside the barracks.",
        "The old shell detonated accidentally in the scrapyard.",
    ],
)
def test_a_mishap_is_no_attack(extract, text):
    """An accidental blast is no one's attack (triggers.accidental)."""
    assert "ASSAULT" not in _types(extract(text))


def test_an_accidental_shooting_stays_an_event(extract):
    """Only a blast by mishap is dropped; a gun accident keeps its casualties."""
    record = extract("A boy accidentally shot his cousin with a hunting rifle on Sunday.")
    assert "ASSAULT" in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "Exports of copper hit $4 billion in the first half.",
        "Food prices hit a record high in March.",
    ],
)
def test_a_figure_hitting_a_level_is_no_attack(extract, text):
    assert "ASSAULT" not in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "participle", "acted_on"),
    [
        ("Police injured during clashes at stadium", "injured", "Police"),
        ("Six hostages freed in dawn operation", "freed", "Six hostages"),
    ],
)
def test_a_headline_bare_participle_is_passive(extract, text, participle, acted_on):
    """In a headline's "X injured during Y" the subject was acted on: it is the recipient,
    never the actor (rules/draft.py: reduced_passive)."""
    record = extract(text)
    event = next(e for e in record.events if e.trigger and e.trigger.text == participle)
    assert event.actor is None or event.actor.text != acted_on
    assert event.recipient is not None and event.recipient.text == acted_on


def test_a_participle_with_an_object_keeps_its_actor(extract):
    record = extract("Police injured two students near the stadium.")
    event = next(e for e in record.events if e.event_type == "ASSAULT")
    assert event.actor is not None and event.actor.text == "Police"


def test_owning_up_to_an_attack_agrees_to_nothing(extract):
    """ "accepted responsibility for the bombings": no AGREE; the bombings stay an attack of
    their own (event_rules.yaml no_event_objects)."""
    types = _types(extract("The militia accepted responsibility for the two bombings."))
    assert "AGREE" not in types
    assert "ASSAULT" in types


def test_accepting_a_proposal_still_agrees(extract):
    assert "AGREE" in _types(extract("The rebels accepted the truce proposal."))


@pytest.mark.parametrize(
    "text",
    [
        "The freighter delivered its cargo to the port on Monday.",
        "The senator delivered a speech on farm subsidies.",
        "The agency provided details of the new rules.",
        "The mayor vowed to keep protecting civil liberties.",
        "Commandos rescued the hostages at dawn.",
    ],
)
def test_handing_over_goods_or_words_is_no_aid(extract, text):
    """Trade, words, rulings and hostage rescues are no aid (event_rules.yaml
    no_event_objects)."""
    assert "AID" not in _types(extract(text))


def test_delivering_relief_is_still_aid(extract):
    assert "AID" in _types(extract("The charity delivered food aid to the flooded villages."))


def test_a_campaign_rally_is_no_protest(extract):
    """A candidate's rally gathers supporters; it protests nothing (triggers.figurative)."""
    assert "PROTEST" not in _types(
        extract("The senator told a campaign rally that taxes would fall.")
    )


def test_the_injured_are_people_not_an_attack(extract):
    """A participle used for people ("these injured") names no event (verb_vetoes._adjective)."""
    assert "ASSAULT" not in _types(
        extract("My thoughts are with these injured and their families.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The governor signed the bill on Thursday evening.",
        "The senate approved the budget after a long debate.",
    ],
)
def test_signing_or_approving_a_law_is_a_domestic_act(extract, text):
    """A law signed or approved is no agreement with anyone (event_rules.yaml
    no_event_objects)."""
    assert "AGREE" not in _types(extract(text))


def test_signing_an_accord_is_still_coded(extract):
    record = extract("The two neighbours signed a border accord on Monday.")
    assert {"SUPPORT", "AGREE"} & set(_types(record))


def test_a_policy_aimed_at_a_problem_attacks_no_one(extract):
    assert "ASSAULT" not in _types(extract("The new effort targeting drug smuggling has begun."))


def test_agreeing_with_a_quote_agrees_to_nothing(extract):
    """ "..., agreed the envoy" shares a view (statement_vetoes.quote_attribution)."""
    assert "AGREE" not in _types(extract("“The crisis is far from over,” agreed the envoy."))


def test_settling_somewhere_is_no_settlement(extract):
    """People who settle in a place settle no dispute (movement_vetoes.takes_up_residence)."""
    assert "AGREE" not in _types(extract("Many of the farmers settled in the river towns."))


def test_settling_a_dispute_still_agrees(extract):
    assert "AGREE" in _types(extract("The two firms settled the dispute out of court."))
