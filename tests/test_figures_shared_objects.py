"""Who a shooting verb counts (counted._verb_kind): a number that is the subject of a verb
whose object the parser hangs on a verb joined to it ("one of the robbers shot and killed a
cashier") counts the doers, not the hurt; and a noun of mass killing ("the massacre of 37
villagers") counts the dead, as "the killing of" does. Sentences are our own."""

import pytest

from crisislens.events.quantities import quantities_in


def _found(nlp, sentence):
    return [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))]


@pytest.mark.parametrize(
    "sentence,doers",
    [
        ("One of the robbers then shot and killed a cashier at the till.", ("injured", 1.0)),
        ("Two masked men shot and wounded a guard at the depot gate.", ("injured", 2.0)),
    ],
)
def test_figures_the_subject_of_a_verb_sharing_its_object_is_no_victim(nlp, sentence, doers):
    assert doers not in _found(nlp, sentence)


def test_figures_the_doers_count_leaves_the_victims(nlp):
    found = _found(nlp, "Two masked men shot and wounded a guard at the depot gate.")
    assert [v for k, v in found if k == "injured"] == [1.0]


@pytest.mark.parametrize("noun", ["massacre", "slaughter"])
def test_figures_a_mass_killing_of_people_counts_the_dead(nlp, noun):
    assert ("dead", 37.0) in _found(nlp, f"The {noun} of 37 villagers shocked the valley.")


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Three passengers were shot and wounded on the bus.", ("injured", 3.0)),
        ("Four people were shot and killed at the bar.", ("dead", 4.0)),
    ],
)
def test_figures_a_passive_subject_is_still_the_victim(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)
