"""A date inside a relative clause that tells another happening at its noun ("where a bomb
killed ...") or before it ("who had robbed ...") dates that happening only: not the act whose
clause the noun is in, and not the story's current day. Sentences are our own."""

import pytest

PUB = "2024-05-12"  # a Sunday


def _event(record, word):
    return next(e for e in record.events if e.trigger and word in e.trigger.text)


def test_dates_a_past_perfect_relative_clause_does_not_date_the_act(extract):
    record = extract(
        "Police said on Friday they arrested a man who had robbed a bank on Tuesday.",
        published=PUB,
    )
    assert _event(record, "arrested").date == "2024-05-10"


@pytest.mark.parametrize("told", ["a guard was stabbed", "a guard was stabbed and robbed"])
def test_dates_a_day_told_where_another_happening_was_is_no_story_day(extract, told):
    record = extract(
        "Gunfire hurt two cousins on Saturday night near the park. It happened on the same "
        f"street where {told} on Thursday night.\n"
        "The second shooting happened just after midnight near the bus station. A woman was "
        "killed.",
        published=PUB,
    )
    assert _event(record, "killed").date == "2024-05-11"


def test_dates_a_relative_clause_of_the_nouns_own_present_still_dates(extract):
    record = extract(
        "The mayor, who was guest of honour at the parade on Friday, condemned the attack on the "
        "bridge.",
        published=PUB,
    )
    assert _event(record, "condemned").date == "2024-05-10"


def test_dates_a_relative_clause_of_another_happening_leaves_the_story_its_day(extract):
    record = extract(
        "Crowds marched in the capital on Monday demanding justice for two herders who were "
        "killed by police on Friday. The marchers also demanded the minister's resignation.",
        published="2024-05-13",  # a Monday
    )
    assert _event(record, "resignation").date == "2024-05-13"


def test_dates_a_day_in_a_relative_clause_beside_the_sentences_own_day_is_no_story_day(extract):
    record = extract(
        "Police on Monday arrested a man who stabbed a guard on Saturday. Later, protesters "
        "blocked the road to the court.",
        published="2024-05-14",  # a Tuesday
    )
    assert _event(record, "blocked").date == "2024-05-13"


def test_dates_a_relative_clause_on_the_doer_sets_its_era(extract):
    record = extract(
        "The rebels, who seized the town in March 2021, have imposed a strict curfew on its "
        "residents, a rights group said.",
        published="2024-05-14",
    )
    assert _event(record, "curfew").date == "2021-03"
