"""Acts told as lying before the story's time take no day of the report: an act in a clause that
starts a span ("since the army seized the airport"). Sentences are our own."""


def test_dates_an_act_that_starts_a_span_takes_no_report_day(extract):
    record = extract(
        "Tensions have risen since the army seized the airport.", published="2024-05-10"
    )
    seized = next(e for e in record.events if e.trigger and "seized" in e.trigger.text)
    assert seized.date is None


def test_dates_an_act_that_starts_a_span_keeps_its_own_date(extract):
    record = extract("Prices have soared since the mill closed on Monday.", published="2024-05-10")
    closed = next(e for e in record.events if e.trigger and "closed" in e.trigger.text)
    assert closed.date == "2024-05-06"
