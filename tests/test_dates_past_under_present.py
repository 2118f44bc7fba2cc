"""A relative clause in the simple past on a noun of a present or perfect clause tells an act
before the report's present (date_tenses.past_under_the_present): the day of the saying ("the
union said on Tuesday") does not date it. Under a past clause the acts share the story's time.
Sentences are our own."""

PUB = "2021-03-10"  # a Wednesday


def _dates(extract, text, trigger):
    return [
        e.date
        for e in extract(text, published=PUB).events
        if e.trigger and e.trigger.text == trigger
    ]


def test_dates_a_past_act_on_a_noun_of_the_perfect_is_not_the_sayings_day(extract):
    text = (
        "Medics have treated 120 people who were beaten by officers at the rallies, the "
        "medical union said on Tuesday."
    )
    assert _dates(extract, text, "beaten") == [None]


def test_dates_a_past_act_on_a_noun_of_a_past_clause_keeps_the_day(extract):
    text = "Police arrested two men who attacked a bus in the capital, officials said on Tuesday."
    assert _dates(extract, text, "attacked") == ["2021-03-09"]
