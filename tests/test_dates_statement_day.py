"""A day-stepped relative date ("today", "this morning", "yesterday") quoted from a statement
that names its own day ('"...," the governor said on Sunday') steps from the day of the
statement, and one after a dated dateline from the dateline's day, not from the day the report
came out (date_speech.statement_day, ArticleDates._dateline_day). In reported speech the day is
the writer's. Sentences are our own."""

import pytest

PUB = "2024-07-09"  # a Tuesday


def _dates(extract, text, published=PUB):
    return [e.date for e in extract(text, published=published).events]


@pytest.mark.parametrize(
    "text,day",
    [
        (
            '"Today the army shelled our market and killed four traders," the governor said on '
            "Sunday.",
            "2024-07-07",
        ),
        (
            '"This morning troops stormed the town hall," the mayor said on Sunday.',
            "2024-07-07",
        ),
        (
            '"Yesterday gunmen burned six houses in the village," a resident told reporters on '
            "Saturday.",
            "2024-07-05",
        ),
    ],
)
def test_dates_a_relative_day_in_a_dated_statement_steps_from_the_statement(extract, text, day):
    assert _dates(extract, text) == [day]


def test_dates_a_relative_day_under_a_dated_dateline_steps_from_the_dateline(extract):
    text = "KANO, Nigeria, March 3 (Wire) - Gunmen killed nine farmers in a village today."
    assert _dates(extract, text, "2024-03-06") == ["2024-03-03"]


@pytest.mark.parametrize(
    "text",
    [
        # an undated statement: the report's day
        "Troops stormed the town hall this morning, officials said.",
        # reported speech: the relative day is the writer's
        "The mayor said on Sunday that troops stormed the town hall this morning.",
    ],
)
def test_dates_a_relative_day_not_quoted_from_a_dated_statement_is_the_reports(extract, text):
    assert _dates(extract, text) == [PUB]
