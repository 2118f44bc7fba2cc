"""Readings from attack, prison-riot and unrest reports: a count that rises, the dead
mutilated, a toll given beside a refusal, an obligation met, a purpose, a source who stays
unnamed, advice to take care, and tear gas fired in shells. Sentences of our own."""

from __future__ import annotations

import pytest

from crisislens.events.acled import AcledMapper


def _types(record) -> set[str]:
    return {e.event_type for e in record.events}


def _asserted(record) -> set[str]:
    return {e.event_type for e in record.events if e.modality == "asserted"}


def test_a_toll_that_rises_to_a_number_is_no_uprising(extract):
    """rules/assertion.count_that_rises (the parse hangs the toll on the place names)."""
    record = extract(
        "In a bloody clash between rival gangs at the Bella Vista prison in Quito, Ecuador, "
        "the death toll has risen to 22 inmates."
    )
    assert "PROTEST" not in _types(record)


def test_people_who_rise_up_still_rise(extract):
    record = extract("Thousands rose up against the junta in March.")
    assert "PROTEST" in _types(record)


def test_corpses_cut_apart_cut_no_funds(extract):
    """event_rules.yaml no_event_subjects and no_event_objects cut: corpses, bodies."""
    record = extract("Corpses, cut apart with axes, lay along the track.")
    assert "SANCTION" not in _types(record)


def test_a_government_that_cuts_aid_still_cuts(extract):
    record = extract("The government cut aid to the northern province.")
    assert "SANCTION" in _types(record)


def test_a_toll_said_beside_a_refusal_is_asserted(extract):
    """modality.past_beside_a_modal: "said" takes no "would" from the verb it is joined to."""
    record = extract(
        "The commander wouldn't give a death toll but local media and farmers said "
        "at least six herders were killed."
    )
    assert "ASSAULT" in _asserted(record)


def test_a_perfect_beside_a_modal_shares_it(extract):
    record = extract("The rebels could have attacked the post and killed the guards.")
    assert "ASSAULT" not in _asserted(record)


def test_an_obligation_told_in_the_past_was_met(extract):
    """modality.forced_to_act: past_obligation_verbs."""
    record = extract("Police had to fire tear gas at the crowd near the station.")
    assert "COERCE" in _asserted(record)


def test_an_obligation_in_the_present_is_still_to_come(extract):
    record = extract("Police have to protect the polling stations.")
    assert not _asserted(record)


def test_in_order_to_is_a_purpose(extract):
    """modality.in_order_to: the infinitive hangs on "order", where the walk up stops."""
    record = extract("In order to halt and prevent street violence, the police detained 40 youths.")
    asserted = [(e.event_type, e.trigger.text) for e in record.events if e.modality == "asserted"]
    assert not any(text.startswith("prevent") for _, text in asserted)
    assert "COERCE" in _asserted(record)


@pytest.mark.parametrize(
    "text",
    [
        "A farmer said six people were killed, asking not to use his name.",
        "The guard, asking not to be identified, said two inmates escaped.",
        "The witness asked that his name not be published.",
    ],
)
def test_a_source_asking_not_to_be_named_requests_nothing(extract, text):
    """rules/questions.anonymity_asked."""
    assert "REQUEST" not in _types(extract(text))


def test_asking_someone_to_name_an_envoy_is_a_request(extract):
    record = extract("The minister asked the council to name a new envoy.")
    assert "REQUEST" in _types(record)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The officer was not authorized to talk to reporters.", "CONSULT"),
        ("The official was not allowed to speak to the press.", "CONCEDE"),
    ],
)
def test_a_source_not_cleared_to_speak_tells_no_event(extract, text, event_type):
    """rules/questions.not_cleared_to_speak."""
    assert event_type not in _types(extract(text))


def test_a_visit_not_allowed_is_still_refused(extract):
    record = extract("The junta did not allow the envoy to visit the prison.")
    assert "CONCEDE" in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "The embassy warned its citizens to avoid the border area.",
        "The party warned its members to proceed cautiously during the campaign.",
    ],
)
def test_a_warning_to_take_care_is_advice(extract, text):
    """rules/advisories.advised_caution."""
    assert "THREATEN" not in _types(extract(text))


def test_a_warning_to_leave_is_still_a_threat(extract):
    record = extract("The army warned the rebels to leave the town.")
    assert "THREATEN" in _types(record)


def test_tear_gas_shells_are_no_shelling():
    """acled.yaml: a tear gas shell breaks up a crowd."""
    mapper = AcledMapper()
    sentence = "Police fired tear gas shells at the mob outside the market."
    _, sub = mapper.classify("COERCE", "restrict", sentence, "COP", None)
    assert sub == "Protest with intervention"
    _, sub = mapper.classify(
        "ASSAULT", "heavy-weapons", "Troops fired shells at the town.", "MIL", None
    )
    assert sub == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    "text",
    [
        "Militias are waging an armed rebellion against the army.",
        "The rebels launched an armed uprising in the north.",
    ],
)
def test_a_rebellion_under_arms_is_fighting(extract, text):
    """event_lexicon.yaml argument_senses rebellion, uprising: armed_marks."""
    assert "ASSAULT" in _types(extract(text))


def test_students_who_rise_up_riot(extract):
    record = extract("Students staged an uprising against the regime.")
    assert "PROTEST" in _types(record)


def test_helping_to_spark_a_war_aids_no_one(extract):
    """rules/assertion.help_to_cause."""
    record = extract("The harsh suppression of the marches helped to spark a wider conflict.")
    assert "AID" not in _types(record)


def test_helping_to_rebuild_is_aid(extract):
    record = extract("Donors helped rebuild the school in the village.")
    assert "AID" in _types(record)


def test_live_fire_beside_tear_gas_canisters_is_excessive_force():
    """acled.yaml: a tear gas canister was never read as shelling; live fire beside it stays
    excessive force."""
    sentence = "Police fired live ammunition and threw tear-gas canisters at protesters."
    _, sub = AcledMapper().classify("ASSAULT", "firearms", sentence, "COP", "CVL")
    assert sub == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "The two policemen were patrolling a dirt road and were killed when a mine exploded.",
        "A bomb went off when a unit of five soldiers was patrolling near the clinic.",
        "The rangers were traveling in the district when the bomb exploded near their truck.",
    ],
)
def test_a_duty_under_way_when_an_attack_came_is_its_scene(extract, text):
    """rules/mishaps.scene_of_another_act."""
    assert not _types(extract(text)) & {"MOBILIZE", "CONSULT"}


def test_a_trip_to_a_capital_is_still_a_visit(extract):
    record = extract("The delegation was traveling to Cairo for talks when the news broke.")
    assert "CONSULT" in _types(record)


def test_troops_patrolling_a_border_still_patrol(extract):
    record = extract("Troops were patrolling the border on Monday.")
    assert "MOBILIZE" in _types(record)
