"""An act told in a relative clause on a noun takes the date that premodifies that noun, or the
noun whose "of" phrase holds it (ArticleDates._of_its_noun): the killing in "the April 1983
bombing of the embassy, which killed 63 people" is April 1983's, not the day of the sentence's
own clause. Sentences are our own."""

PUB = "2024-09-21"  # a Saturday


def test_dates_a_clause_on_a_dated_noun_takes_its_date(extract):
    text = (
        "Jets struck a district of the capital on Friday, killing 30 people. The group confirmed "
        "Friday that among the dead was a commander accused of planning the April 1983 bombing "
        "of the embassy, which killed 63 people."
    )
    events = extract(text, published=PUB).events
    killed = [e for e in events if e.trigger and e.trigger.text == "killed"]
    assert [e.date for e in killed] == ["1983-04"]
    struck = [e for e in events if e.trigger and e.trigger.text == "struck"]
    assert [q.value for q in struck[0].quantities if q.kind == "dead"] == [30]
