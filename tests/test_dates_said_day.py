"""A lede dated only by the reporting verb it is told under ("..., officials said Sunday") takes
the day another mention of the same happening gives in its own clause, a day or three before
the saying (dates.happening_date, ``said_day_lag_days``). Told alone, it keeps the saying's
day. Sentences are our own."""

PUB = "2021-03-08"  # a Monday


def _assault_dates(extract, text):
    return [e.date for e in extract(text, published=PUB).events if e.event_type == "ASSAULT"]


def test_dates_a_lede_dated_by_its_saying_takes_the_acts_own_day(extract):
    text = (
        "Armed men killed at least 19 people and wounded eight in a raid on a hamlet in "
        "eastern Chad, officials said Sunday. The governor of the province said unknown men "
        "shot dozens of villagers and burned several huts in Tondi on Friday."
    )
    assert _assault_dates(extract, text) == ["2021-03-05"]


def test_dates_a_lede_dated_by_its_saying_alone_keeps_that_day(extract):
    text = (
        "Gunmen killed at least 19 people in a raid on a hamlet in the east, officials said Sunday."
    )
    assert _assault_dates(extract, text) == ["2021-03-07"]
