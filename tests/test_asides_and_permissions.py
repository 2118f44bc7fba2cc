"""Readings from attack and protest reports: smoke that rises, names read out, a shot held back, a law's standing permission and boats that back off.
Sentences of our own."""

from __future__ import annotations

import pytest


def _types(record) -> set[str]:
    return {e.event_type for e in record.events}


def _of_type(record, event_type: str) -> list:
    return [e for e in record.events if e.event_type == event_type]


@pytest.mark.parametrize(
    "text",
    [
        "A tall column of grey smoke rose over the refinery on Monday.",
        "Election officers began to call out the names of the winners at the tally centre.",
    ],
)
def test_asides_of_attack_reports_are_no_events(extract, text):
    """event_rules.yaml no_event_objects (call out), no_event_subjects (rise: column)."""
    record = extract(text)
    assert not _types(record) & {"COERCE", "PROTEST", "CONSULT", "RETREAT", "AGREE"}


def test_police_who_refrain_from_firing_fire_nothing(extract):
    """event_lexicon.yaml governors negated += refrain."""
    record = extract("Riot police refrained from firing rubber bullets at the marchers.")
    assert {e.modality for e in _of_type(record, "COERCE")} == {"negated"}


def test_a_law_that_permits_force_threatens_no_one(extract):
    """rules/draft.standing_permission: a law's permission is hypothetical, no order."""
    record = extract("The new law authorizes the coast guard to fire on foreign boats.")
    assert "THREATEN" not in _types(record)
    assert "asserted" not in {e.modality for e in record.events}


def test_a_president_who_authorizes_strikes_still_threatens(extract):
    record = extract("The president authorized air strikes on the militants on Monday.")
    assert "THREATEN" in _types(record)


def test_boats_that_back_off_concede(extract):
    """event_lexicon.yaml CONCEDE += back off (was SUPPORT, as "back")."""
    record = extract("The fishing boats backed off after a standoff with the patrol ships.")
    assert "SUPPORT" not in _types(record)
