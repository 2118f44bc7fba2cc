import pytest

from crisislens.events.dates import resolve_date_text

PUB = "2022-01-07"  # a Friday


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on Monday", "2022-01-03"),
        ("Friday", "2022-01-07"),
        ("yesterday", "2022-01-06"),
        ("last week", "2021-12-31"),
        ("two days ago", "2022-01-05"),
        ("the 2014 overthrow", "2014"),
        ("January 5", "2022-01-05"),
        ("5 January 2021", "2021-01-05"),
        ("last March", "2021-03"),
        ("in December", "2021-12"),
        ("29 years", None),
        ("last year", "2021"),
    ],
)
def test_dates_resolve_against_publication(text, expected):
    assert resolve_date_text(text, PUB) == expected


def test_dates_relative_without_publication_is_unknown():
    assert resolve_date_text("on Monday", None) is None
    assert resolve_date_text("in 2014", None) == "2014"
