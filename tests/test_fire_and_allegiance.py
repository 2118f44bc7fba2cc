"""Fire that a convoy or a post came under is an attack on it, and allegiance sworn is pledged,
not threatened. Each is tried on sentences of our own, beside the readings that stay."""

from __future__ import annotations

import pytest

from conftest import asserted_events, readings

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        "Their posts near the Velm border came under intense gunfire after midnight.",
        "A convoy of Kestish soldiers came under heavy fire near Aro on Sunday.",
        "The army base outside Tolmo came under rocket fire overnight.",
    ],
)
def test_fire_a_target_came_under_is_an_attack(extract, text):
    """triggers.came_under_fire."""
    record = extract(text, published=PUB)
    assert asserted_events(record, "ASSAULT"), readings(record)


def test_fire_that_kills_is_told_once(extract):
    """triggers.came_under_fire: the participle on the verb tells the attack."""
    text = "On 3 May 2021, an army convoy came under fire near Aro, killing two soldiers."
    record = extract(text, published=PUB)
    assert len(asserted_events(record, "ASSAULT")) == 1, readings(record)


def test_a_patrol_that_came_under_fire_was_sent_out_by_no_one(extract):
    """triggers.unit_as_target, the subject of "came under"."""
    record = extract("A police patrol came under heavy fire near Aro on Sunday.", published=PUB)
    assert not asserted_events(record, "MOBILIZE"), readings(record)
    assert asserted_events(record, "ASSAULT"), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "The Velm finance minister came under fire from opposition lawmakers over the budget.",
        "A fire broke out in the Aro market on Sunday.",
    ],
)
def test_criticism_and_blazes_are_no_attack(extract, text):
    record = extract(text, published=PUB)
    assert not asserted_events(record, "ASSAULT"), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "The Aro gunman had sworn allegiance to the Tolmo militia.",
        "Several commanders swore loyalty to the new Velm leader on Monday.",
    ],
)
def test_allegiance_sworn_is_no_threat(extract, text):
    """rules/arguments: swear with an object of fealty."""
    record = extract(text, published=PUB)
    assert not asserted_events(record, "THREATEN"), readings(record)


def test_a_vow_to_strike_stays_a_threat(extract):
    record = extract("The Tolmo militia vowed on Monday to attack the Aro garrison.", published=PUB)
    assert asserted_events(record, "THREATEN"), readings(record)
