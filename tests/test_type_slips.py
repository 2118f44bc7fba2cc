"""Kinds and modalities that wire reports of votes, bombings and crowd control got wrong
(#14), each tried on sentences of our own, with the reading that stays beside it."""

from __future__ import annotations

import pytest


def _types(record) -> list[str]:
    return [e.event_type for e in record.events]


def _kinds(record) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dwala had beaten his rival in the vote, officials in Tarvik said.",
        "Lomu beat his opponent by a wide margin in the presidential race.",
        "Mr Dora will not have to fight a run-off contest, officials in Varna said.",
    ],
)
def test_a_contest_at_the_polls_is_no_attack(extract, text):
    """event_rules.yaml no_event_objects: beat (rival, opponent), fight (contest, run-off)."""
    assert "ASSAULT" not in _types(extract(text))


def test_a_beating_and_a_battle_stay_attacks(extract):
    assert "ASSAULT" in _types(extract("Gunmen beat two guards outside the depot in Orlen."))
    assert "ASSAULT" in _types(extract("Rebels fought government troops near Orlen on Monday."))


def test_votes_received_are_no_meeting(extract):
    """event_rules.yaml no_event_objects: receive (vote, %)."""
    assert "CONSULT" not in _types(extract("Kasa received 41% of the vote in Varna."))


def test_a_remark_concluded_is_no_accord(extract):
    """event_rules.yaml direct_object_verbs: conclude."""
    record = extract("The raids on the depot broke the law, the inspector concluded.")
    assert "AGREE" not in _types(record)
    assert "AGREE" in _types(extract("The two ministers concluded a trade deal in Varna."))


def test_blame_exchanged_is_criticism(extract):
    """event_lexicon.yaml objects: exchange (blame)."""
    record = extract("The army and the rebels exchanged blame for the collapse of the talks.")
    assert "ACCUSE" in _types(record)
    assert "COOPERATE" not in _types(record)


def test_tear_gas_shells_are_crowd_control(extract):
    """event_lexicon.yaml objects: fire ("tear gas shell"), as "fired tear gas" is; artillery
    shells stay an attack."""
    record = extract("Police fired dozens of tear gas shells at students in Varna on Monday.")
    assert "COERCE" in _types(record) and "ASSAULT" not in _types(record)
    record = extract("The army fired dozens of artillery shells at the village of Orlen.")
    assert "ASSAULT" in _types(record)


def test_helping_an_inquiry_is_cooperation(extract):
    """event_lexicon.yaml argument_senses: aid, help (inquiries)."""
    record = extract("The two suspects are aiding police investigations in Tarvik.")
    assert _types(record) == ["COOPERATE"]
    record = extract("The suspects are helping police with their inquiries.")
    assert _types(record) == ["COOPERATE"]
    assert "AID" in _types(extract("Rescuers helped the villagers after the floods."))


def test_what_slams_into_a_place_attacks_it(extract):
    """event_lexicon.yaml argument_senses: slam (into); a storm is no event; "slammed the
    decision" stays criticism."""
    record = extract("A rocket slammed into a house in Dorvik on Monday, killing two children.")
    assert "ACCUSE" not in _types(record) and "ASSAULT" in _types(record)
    assert _types(extract("Typhoon Mera slammed into the coast of Lanto on Monday.")) == []
    assert "ACCUSE" in _types(extract("The opposition slammed the decision to raise taxes."))


def test_cross_border_strikes_are_attacks(extract):
    """event_lexicon.yaml argument_classes: attack_marks (border)."""
    record = extract("Ruritania has carried out cross-border strikes targeting the rebels.")
    assert "ASSAULT" in _types(record) and "PROTEST" not in _types(record)
    assert "PROTEST" in _types(extract("Workers in Tesla staged a strike over pay on Monday."))


def test_tear_gas_that_fails_refuses_nothing(extract):
    """event_rules.yaml no_event_subjects: fail (gas); a party that fails to pay still does."""
    record = extract("Tear gas failed to disperse the crowd outside the ministry in Velna.")
    assert "REJECT" not in _types(record)
    assert "REJECT" in _types(extract("The union has failed to pay its staff."))


def test_a_tensed_verb_beside_a_refused_infinitive_is_not_refused(extract):
    """modality.finite_beside_infinitive: "to" cannot govern "has called"."""
    record = extract("Kasa has refused to recognise the results and has called for protests.")
    assert ("REQUEST", "asserted") in _kinds(record)
    record = extract("The rebels in Orlen refused to disarm and have seized two more towns.")
    assert ("COERCE", "asserted") in _kinds(record) or ("ASSAULT", "asserted") in _kinds(record)


def test_an_infinitive_joined_to_a_refused_one_stays_refused(extract):
    record = extract("The rebels in Orlen refused to disarm or to leave the town.")
    assert all(modality != "asserted" for kind, modality in _kinds(record) if kind == "RETREAT")


def test_protesting_in_a_square_is_a_demonstration(extract):
    """event_lexicon.yaml argument_senses: protest (at_place), whoever protests."""
    record = extract("Hundreds of Emmanuel Macron's supporters protested in Freedom Square.")
    assert _types(record) == ["PROTEST"]
    record = extract("The foreign ministry protested to Beijing over the arrest of its diplomat.")
    assert _types(record) == ["ACCUSE"]
    assert _types(extract("The ministry protested in a letter to the envoy.")) == ["ACCUSE"]
