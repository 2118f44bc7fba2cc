"""A date told on the noun of another happening the event's sentence names as its cause or as
what it came after ("in protest against the takeover last month", "after last week's
arrests", "after the council's decision to shut the port last year") is that happening's,
not the event's. Sentences are our own."""

import pytest

from crisislens.events.dates import ArticleDates, ResolvedDate

PUB = "2024-03-08"  # a Friday


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "sentence,trigger",
    [
        (
            "Farmers marched through the town in protest against the seizure of land last month.",
            "marched",
        ),
        ("Students marched through the city after last week's arrests of two teachers.", "marched"),
        ("Tensions rose sharply after the council's decision to shut the port last year.", "rose"),
    ],
)
def test_dates_a_date_of_the_cause_does_not_date_the_event(nlp, sentence, trigger):
    doc = nlp(sentence)
    assert ArticleDates(doc, PUB).of_trigger([_token(doc, trigger)]) is None


def test_dates_the_cause_keeps_its_own_date(nlp):
    doc = nlp("Crowds rallied in protest against the takeover last month.")
    found = ArticleDates(doc, PUB).of_trigger([_token(doc, "takeover")])
    assert found == ResolvedDate("2024-02", "month")


def test_dates_a_date_after_the_events_own_object_still_dates_it(nlp):
    doc = nlp("The council condemned the takeover last month.")
    found = ArticleDates(doc, PUB).of_trigger([_token(doc, "condemned")])
    assert found == ResolvedDate("2024-02", "month")
