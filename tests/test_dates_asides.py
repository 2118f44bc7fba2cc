"""Dates of another time beside an event's clause: a recent span the clause tells its act
over ("in recent weeks"), a participle aside on a noun in another noun's phrase ("an end to
the curfew, imposed in March") and an anniversary ("on the anniversary of the 2004 massacre")
do not date the act by the date of another clause or of the remembered happening. Sentences
are our own."""

import pytest

PUB = "2024-05-14"  # a Tuesday


def _event(record, word):
    return next(e for e in record.events if e.trigger and word in e.trigger.text)


@pytest.mark.parametrize(
    "text,word",
    [
        (
            "Farmers have staged several marches in recent weeks, after their party lost the "
            "vote in 2019.",
            "marches",
        ),
        (
            "Rallies have spread to four cities over the past three days, after the court "
            "jailed the mayor in 2020.",
            "Rallies",
        ),
    ],
)
def test_dates_a_recent_span_keeps_another_clauses_date_off_the_act(extract, text, word):
    found = _event(extract(text, published=PUB), word).date
    assert found is None or found.startswith("2024")


def test_dates_a_recent_span_keeps_a_date_of_the_acts_own_clause(extract):
    record = extract(
        "Police have detained 30 people in recent weeks, five on Monday.", published=PUB
    )
    assert _event(record, "detained").date == "2024-05-13"


@pytest.mark.parametrize(
    "text,word",
    [
        (
            "Crowds have gathered outside parliament to demand a review of the ban, imposed in "
            "March.",
            "demand",
        ),
        ("Lawmakers are urging a delay to the vote, scheduled for June 8.", "urging"),
    ],
)
def test_dates_an_aside_on_a_noun_dates_the_noun_only(extract, text, word):
    found = _event(extract(text, published=PUB), word).date
    assert found is None or found.startswith("2024-05")


def test_dates_an_aside_on_the_acts_own_object_may_date_it(extract):
    record = extract("Police arrested 40 people at the rally, held on Sunday.", published=PUB)
    assert _event(record, "arrested").date == "2024-05-12"


@pytest.mark.parametrize(
    "text",
    [
        "A bomb tore through a market on the anniversary of the 2004 massacre, killing three.",
        "A bomb tore through a market on the anniversary of the massacre in 2004, killing three.",
    ],
)
def test_dates_an_anniversary_is_not_the_year_remembered(extract, text):
    found = [e.date for e in extract(text, published=PUB).events if e.event_type == "ASSAULT"]
    assert found and not any(d and d.startswith("2004") for d in found)
