"""An assurance that one will act is a promise (AGREE), as "promised" is; an assurance of a
fact promises nothing. Sentences of our own."""

from __future__ import annotations


def _asserted(record) -> set[str]:
    return {e.event_type for e in record.events if e.modality == "asserted"}


def test_an_assurance_of_an_act_is_a_promise(extract):
    """ "assure" states what its subject means to do (event_rules.yaml: intent_verbs)."""
    record = extract(
        "Lima assured Santiago that the detained fishermen would be freed within days."
    )
    assert "AGREE" in _asserted(record)


def test_an_assurance_of_a_fact_promises_nothing(extract):
    record = extract("The mayor assured residents that the tap water was safe to drink.")
    assert "AGREE" not in _asserted(record)
