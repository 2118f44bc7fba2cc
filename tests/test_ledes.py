"""The lede against the rest of its report (events/ledes.py)."""

from __future__ import annotations

PUB = "2024-03-14"  # a Thursday


def _assaults(record):
    return [e for e in record.events if e.event_type == "ASSAULT" and e.modality == "asserted"]


def test_a_lede_dated_by_its_report_is_not_told_as_later_than_the_day_before(extract):
    """happenings._told_earlier: a lede dated a day after the strike by its report ("residents
    said on Wednesday": ledes.dated_by_its_report) is no later news that draws an undated
    retelling away from Tuesday's strike told nearer it."""
    record = extract(
        "An airstrike by the army killed eight civilians in a village in the north, residents "
        "said on Wednesday.\n\n"
        "On Tuesday afternoon, a military jet dropped two bombs on Tarso village, a local "
        "official said.\n\n"
        "Local radio stations also reported the air strikes, saying nine people had been killed.",
        published=PUB,
    )
    strike = next(e for e in _assaults(record) if e.date == "2024-03-12")
    assert "air strikes" in {m.trigger.text for m in strike.mentions}
