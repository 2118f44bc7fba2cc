"""A warning of the weather, of a hazard, of a risk or of what another party is doing is no
threat; a claim insisted on is told, not demanded; "can" tells an option; what a need is for is
not done. Each is tried on sentences of our own, beside the readings that stay."""

from __future__ import annotations

import pytest

from conftest import asserted_events, readings

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        # rules/advisories.warned_of_nature: the subject of what the warning says
        "The weather office warned on Monday that more heavy rain was coming to the Velm valley.",
        # what the warning is of
        "The Tolmo water board warned on Monday of floods along the lower Velm this week.",
        "Monitors warned on Monday of mounting fears of unrest before the Velm vote.",
        # rules/advisories.warned_of_a_fact: what another party is doing, told as going on
        "Border officials warned on Monday that smugglers were massing trucks near Tolmo.",
    ],
)
def test_forecasts_threaten_no_one(extract, text):
    record = extract(text, published=PUB)
    assert not [e for e in record.events if e.event_type == "THREATEN"], readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "The army warned on Monday that its troops would respond to any raid on the border posts.",
        "The governor warned on Monday that the strikers faced arrest if they blocked the port.",
    ],
)
def test_a_warning_of_force_stays_a_threat(extract, text):
    record = extract(text, published=PUB)
    assert [e for e in record.events if e.event_type == "THREATEN"], readings(record)


def test_a_deed_insisted_on_is_told(extract):
    """modality.governing_verb: "insisted" over a clause in the past perfect claims it."""
    record = extract(
        "On Monday the farmers insisted that soldiers had shot two herders near Tolmo.",
        published=PUB,
    )
    assert asserted_events(record, "ASSAULT"), readings(record)
    assert not [e for e in record.events if e.event_type == "REQUEST"], readings(record)


def test_a_bare_verb_insisted_on_is_demanded(extract):
    record = extract("On Monday the envoy insisted that the troops leave Tolmo.", published=PUB)
    assert [e for e in record.events if e.event_type == "REQUEST"], readings(record)


def test_an_option_is_no_deed(extract):
    """modality.auxiliary: "can" tells an ability or an option (ability_modals)."""
    record = extract(
        "The mayor of Tolmo can either step down or face a recall vote, his rivals said on Monday.",
        published=PUB,
    )
    assert not [e for e in record.events if e.event_type == "CONCEDE" and e.modality == "asserted"]


def test_what_can_be_seen_is_shown(extract):
    record = extract(
        "In the footage, soldiers can be seen beating two herders near Tolmo on Sunday.",
        published=PUB,
    )
    assert asserted_events(record, "ASSAULT"), readings(record)


def test_a_fight_said_to_be_needed_is_not_told(extract):
    """rules/assertion.intention_noun: an infinitive after a noun of need (need_nouns)."""
    record = extract(
        "The ministers stressed on Monday the need to continue the fight against the militants "
        "in Tolmo.",
        published=PUB,
    )
    assert not asserted_events(record, "ASSAULT"), readings(record)
