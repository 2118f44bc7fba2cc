"""Positions held and counts over a year, not happenings; and a sanctions designation that is
one. Each sentence is our own, set beside the happening a report tells where a rule needs one."""

from __future__ import annotations

import pytest

from conftest import asserted_events

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday
LEAD = "Gunmen killed seven herders near Tolmo on Sunday, the governor said.\n\n"


def test_a_stance_in_a_relative_clause_is_no_happening(extract):
    """mention_rules.relative_stance: in the simple present or the perfect, undated in its own
    clause (the tribunal's year dates its ruling, not the rejection)."""
    text = (
        LEAD
        + "A tribunal ruled in 2019 that the border claims were void, a ruling Norland has rejected."
    )
    assert not asserted_events(extract(text, published=PUB), "REJECT")


def test_a_stance_in_a_dated_relative_clause_stays(extract):
    text = LEAD + "The tribunal's ruling, which Norland rejected on Monday, angered Velm."
    assert asserted_events(extract(text, published=PUB), "REJECT")


def test_a_charge_that_is_denied_is_no_accusation_of_its_own(extract):
    """mention_rules.denied_claim: the allegation names the claim its sentence tells."""
    text = (
        LEAD
        + "Officials in Velm have said the gunmen are armed by Norland, an allegation Norland rejects."
    )
    record = extract(text, published=PUB)
    assert not [e for e in asserted_events(record, "ACCUSE") if e.trigger.text == "allegation"]


def test_a_stance_that_goes_on_takes_no_date_from_another_clause(extract):
    """mention_rules.continued_stance reads the date of its own clause only."""
    text = (
        LEAD
        + "Talks broke down in February, but Norland continues to accuse Velm of harbouring the gunmen."
    )
    assert not asserted_events(extract(text, published=PUB), "ACCUSE")


def test_a_standing_accusation_with_the_alleged_toll_is_no_happening(extract):
    """mention_rules.standing_passive: a stance's figures are the alleged act's."""
    text = LEAD + "The Varo Front is accused by Velm of having killed hundreds of its soldiers."
    assert not asserted_events(extract(text, published=PUB), "ACCUSE")


def test_a_charge_with_no_one_holding_it_stays_news(extract):
    text = (
        "Police said a gunman shot two men outside a bar on Elm Street on Saturday.\n\n"
        "Darrell Pike, 24, is accused of killing Jon Ames and Ray Dunn in the shooting."
    )
    assert asserted_events(extract(text, published=PUB), "ACCUSE")


def test_a_sanctions_designation_is_a_sanction(extract):
    """event_lexicon.yaml objects: designate."""
    text = "The Treasury on Tuesday designated 11 persons and four firms tied to the Varo cartel."
    assert asserted_events(extract(text, published=PUB), "SANCTION")


def test_a_successor_designated_is_no_sanction(extract):
    text = "The ruling party on Tuesday designated a successor to its ailing chairman."
    assert not asserted_events(extract(text, published=PUB), "SANCTION")


REEF = "Norland's coast guard fired water cannon at a Kestish boat near the reef on Monday. "


def test_a_ruling_rejected_is_held_where_the_parse_takes_the_noun_as_subject(extract):
    """mention_rules._relative_start: "a ruling Norland has rejected" read as a clause whose
    subject is "a ruling Norland" is still the ruling's relative clause."""
    text = (
        REEF + "An international tribunal ruled in 2016 that Norland's claims to the reef had no "
        "legal basis, a ruling Norland has rejected."
    )
    assert not asserted_events(extract(text, published=PUB), "REJECT")


def test_a_verdict_rejected_on_a_day_stays(extract):
    text = REEF + "A Kestish court found the captain guilty, a verdict Norland rejected on Tuesday."
    assert asserted_events(extract(text, published=PUB), "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "A tanker carrying fuel for Kestland, which is under Norlish sanctions, docked in Velm "
        "on Monday, port officials said.",
        "Two of the freighter's owners remain under Norlish export sanctions, port officials "
        "in Velm said on Monday.",
    ],
)
def test_a_state_under_sanctions_is_no_sanction_imposed(extract, text):
    """mention_rules.held_under: "under" sanctions, undated, is a state."""
    assert not asserted_events(extract(LEAD + text, published=PUB), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Norland imposed new sanctions on Kestland on Monday.",
        "Kestland has been under Norlish sanctions since March 2019, officials said.",
    ],
)
def test_sanctions_imposed_or_dated_stay(extract, text):
    assert asserted_events(extract(LEAD + text, published=PUB), "SANCTION")
