"""Counts a tally rule or a left-out verb hid: the dead of an attack ranked against earlier ones
("the deadliest attack ... since"), and a second count whose verb is left out ("ten were killed
and eight wounded"). Sentences are our own."""

import pytest

from crisislens.events.quantities import quantities_in


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Twelve villagers were killed and over 40 hurt in the deadliest raid on the province "
            "since the end of the war.",
            {("dead", 12), ("injured", 40)},
        ),
        (
            "At least 31 people were killed and 70 wounded in the first major bombing in the "
            "valley since the fall of the old regime.",
            {("dead", 31), ("injured", 70)},
        ),
    ],
)
def test_figures_a_ranked_attack_since_a_day_is_no_tally(nlp, sentence, expected):
    assert _found(nlp, sentence) == expected


def test_figures_a_span_since_a_day_is_still_a_tally(nlp):
    assert ("dead", 300) not in _found(nlp, "300 people have died since January.")


def test_figures_a_count_with_its_verb_left_out_keeps_the_state(nlp):
    assert _found(nlp, "Ten people were killed and eight wounded, he said.") == {
        ("dead", 10),
        ("injured", 8),
    }
