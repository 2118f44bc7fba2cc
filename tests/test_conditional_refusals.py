"""A refusal held over another party's act is a threat; one on a mere happening, or with no
condition, stays a rejection. Sentences of our own."""

from __future__ import annotations


def _types(record) -> set[str]:
    return {e.event_type for e in record.events if e.modality == "asserted"}


def test_a_refusal_on_another_partys_act_is_a_threat(extract):
    record = extract("Chile said it will not sign the trade pact if Peru raises its tariffs.")
    types = _types(record)
    assert "THREATEN" in types and "REJECT" not in types


def test_a_refusal_on_a_happening_stays_a_rejection(extract):
    record = extract("The ministry said it will not sign the accord if fighting breaks out.")
    types = _types(record)
    assert "REJECT" in types and "THREATEN" not in types


def test_a_plain_refusal_stays_a_rejection(extract):
    assert "REJECT" in _types(extract("The government said it will not sign the accord."))
