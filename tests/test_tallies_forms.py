"""More forms of a tally (tallies.tally): a span opened by a period's start ("since the year
began"), a year so far in the present perfect ("have killed 300 ... in 2023"), "'s" written
for "has" ("a militia that's killed thousands") and a series of acts as the subject ("a spate
of raids has claimed 150 lives"). None is a figure of the day's event. Sentences are our own."""

import pytest

from crisislens.events.quantities import quantities_in


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the year began, at least 40 have been killed and 25 hurt in the province.",
        "Gangs have killed more than 300 villagers and driven 9,000 from their homes in 2023.",
        "The valley is held by a militia that's killed thousands and uprooted many more.",
        "After a brief calm, a spate of raids has claimed more than 150 lives.",
    ],
)
def test_tallies_more_forms_of_a_tally_give_no_dead(nlp, sentence):
    assert not any(kind == "dead" for kind, _ in _found(nlp, sentence))


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the clashes' own toll, not a period's
        ("Since the clashes began, nine people have been killed.", ("dead", 9)),
        # a year told in the simple past: one act's
        ("In 2019, gunmen killed 12 guests at a wedding.", ("dead", 12)),
        # the series names its day
        ("A spate of raids on Monday has killed five people.", ("dead", 5)),
    ],
)
def test_tallies_a_clash_a_past_year_or_a_dated_series_keeps_its_figure(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)
