"""A count of a clause that names a whole year or period and counts the many acts its dead fell
in is a summary of the period (tallies.acts_counted_over_a_period): its figure is no one
attack's, nor an orphan the day's attack takes. A year-dated clause of one act keeps its count.
Sentences are our own."""

import pytest

from crisislens.events.quantities import quantities_in

PUB = "2024-05-14"  # a Tuesday


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


@pytest.mark.parametrize(
    "sentence,count",
    [
        ("In 2023, the rebels killed about 250 people in more than 300 attacks.", 250),
        ("The group launched 90 raids last year, killing 40 soldiers.", 40),
    ],
)
def test_tallies_a_periods_count_over_many_acts_is_no_figure(nlp, sentence, count):
    found = _found(nlp, sentence)
    assert ("other", count) in found
    assert not any(kind == "dead" for kind, _ in found)


@pytest.mark.parametrize(
    "sentence,count",
    [
        ("In 2019, gunmen killed 12 guests at a wedding in the town.", 12),
        ("Gunmen killed 30 villagers in three raids on Sunday.", 30),
    ],
)
def test_tallies_one_act_or_one_days_acts_keep_their_dead(nlp, sentence, count):
    assert ("dead", count) in _found(nlp, sentence)


def test_tallies_a_years_summary_leaves_the_days_attack_its_own_dead(extract):
    record = extract(
        "In 2023, the rebels killed about 250 people in more than 300 attacks, a monitoring "
        "group said. On Monday, gunmen killed seven villagers in Kora.",
        published=PUB,
    )
    dead = [q.value for e in record.events for q in e.quantities if q.kind == "dead"]
    assert dead == [7]


def test_tallies_a_verb_sharing_a_conflicts_subject_counts_a_tally(nlp):
    sentence = (
        "The insurgency has spread to two provinces and brought about the deaths of about 8,000 "
        "farmers."
    )
    found = _found(nlp, sentence)
    assert ("other", 8000) in found
    assert not any(kind == "dead" for kind, _ in found)
