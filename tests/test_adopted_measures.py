"""A measure a body will adopt is planned: "adopt" carries its object as a light verb does.
Sentences of our own."""

from __future__ import annotations


def _modalities(record, event_type: str) -> set[str]:
    return {e.modality for e in record.events if e.event_type == event_type}


def test_sanctions_a_body_will_adopt_are_planned(extract):
    """ "adopt" carries its object as a light verb does: its "will" is the sanctions'."""
    record = extract("The bloc's ministers will adopt sanctions against Peru on Tuesday.")
    assert _modalities(record, "SANCTION") == {"planned"}
