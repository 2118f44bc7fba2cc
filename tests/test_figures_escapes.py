"""Attackers told fleeing escaped: no one was driven from home (quantities._attackers_escaping).
Villagers who fled their homes stay displaced. Sentences are our own."""

import pytest

from crisislens.events.quantities import quantities_in


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


@pytest.mark.parametrize(
    "sentence,count",
    [
        ("The remaining four gunmen fled the compound after the blast.", 4),
        ("Two other attackers fled and hid in a shop nearby.", 2),
    ],
)
def test_figures_fleeing_attackers_are_not_displaced(nlp, sentence, count):
    assert ("other", count) in _found(nlp, sentence)


def test_figures_villagers_who_fled_are_displaced(nlp):
    assert ("displaced", 300) in _found(nlp, "About 300 villagers fled their homes after the raid.")
