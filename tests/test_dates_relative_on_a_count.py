"""A date inside a relative clause the parser hung on a count ("two of their neighbours, who had
been shot on Friday") is that earlier happening's (date_owners.in_a_relative_clause), not the
day of the clause the count is in. Sentences are our own."""

PUB = "2024-05-12"  # a Sunday


def test_dates_a_relative_clause_on_a_count_dates_its_own_happening(extract):
    record = extract(
        "Villagers were helping carry the bodies of two of their neighbours -- who had been "
        "shot dead by raiders on Friday -- when the blast went off.",
        published=PUB,
    )
    helping = [e for e in record.events if e.trigger and e.trigger.text == "helping"]
    assert helping and helping[0].date == "2024-05-12"
