"""A month's name that is a word of a name ("the Women's March", "March of Unity rallies") is
no date. Sentences are our own."""

import pytest

from crisislens.events.dates import ArticleDates

PUB = "2024-06-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "March of Unity rallies were held on Sunday in the capital.",
        "Police detained nine women during the Women's March in the capital.",
    ],
)
def test_dates_a_month_in_a_name_is_no_date(nlp, sentence):
    dates = ArticleDates(nlp(sentence), PUB)
    assert all("march" not in e.text.lower() for e in dates.entities)


@pytest.mark.parametrize(
    "sentence", ["The protests began in March.", "Since March, police have detained 40 people."]
)
def test_dates_a_month_after_a_preposition_is_still_a_date(nlp, sentence):
    dates = ArticleDates(nlp(sentence), PUB)
    assert any("March" in e.text for e in dates.entities)
