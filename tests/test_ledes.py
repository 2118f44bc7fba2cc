"""The lede against its headline and the rest of its report (events/ledes.py)."""

from __future__ import annotations

PUB = "2024-03-14"  # a Thursday


def _assaults(record):
    return [e for e in record.events if e.event_type == "ASSAULT" and e.modality == "asserted"]


def test_a_lede_told_in_retaliation_tells_its_headline(extract):
    """The lede's "in an apparent retaliation for" sets it apart from earlier news only: the
    headline that sums it up is its happening."""
    record = extract(
        "Rebels storm army post, kill five soldiers\n\n"
        "KASSALA: Suspected rebels killed five soldiers on Tuesday in an apparent retaliation "
        "for the arrest of their commander, the army said.\n\n"
        "Twenty fighters stormed an army post near Kassala and opened fire shortly before "
        "dawn, an army spokesman said.",
        published=PUB,
    )
    assaults = _assaults(record)
    assert len(assaults) == 1
    assert {"killed", "storm army post, kill"} <= {m.trigger.text for m in assaults[0].mentions}


def test_a_lede_of_two_separate_posts_tells_its_headline(extract):
    """ "two separate army posts" marks the lede's raid as new, but nothing was told before it
    save the headline."""
    record = extract(
        "Gunmen Attacked Army Posts, Killed 7\n\n"
        "Gunmen stormed two separate army posts in the east of the country on Tuesday night, "
        "killing five soldiers and two guards.\n\n"
        "The gunmen sprayed the post in the town of Kassala with bullets after they failed to "
        "break into a nearby depot.",
        published=PUB,
    )
    assaults = _assaults(record)
    assert len(assaults) == 1
    assert {"Attacked", "stormed"} <= {m.trigger.text for m in assaults[0].mentions}


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


def test_an_act_set_last_week_is_no_part_of_undated_news(extract):
    """ledes.set_last, ledes.undated_news: the report's news told with no date, and insurgents
    "killed last week when separatist fighters launched raids", are two happenings, each with
    its own dead."""
    record = extract(
        "Gunmen attacked a police post in the northwest of the country, killing seven officers, "
        "police said.\n\n"
        "The gunmen fled after a two-hour gunfight, a senior officer said.\n\n"
        "At least 20 insurgents were killed last week when separatist fighters launched raids "
        "on an army camp in the southwest, the military said.",
        published=PUB,
    )
    dead = sorted(q.value for e in _assaults(record) for q in e.quantities if q.kind == "dead")
    assert dead == [7, 20]
