"""A verb of reaction in the simple present that names what it reacts to is the day's
statement, no standing position. Sentences of our own."""

from __future__ import annotations

import pytest


def _asserted(record) -> set[str]:
    return {e.event_type for e in record.events if e.modality == "asserted"}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The envoy welcomes the truce between the two clans, his spokesman said.", "SUPPORT"),
        ("Oslo commends the mediators for their patience, the ministry said.", "SUPPORT"),
        ("The bloc condemns Monday's shelling of the port, its spokeswoman said.", "ACCUSE"),
    ],
)
def test_a_reaction_to_one_thing_is_the_days_statement(extract, text, event_type):
    assert event_type in _asserted(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The party condemns violence in all its forms.",
        "The group condemns any attack on civilians.",
    ],
)
def test_a_reaction_to_a_kind_of_thing_is_a_stance(extract, text):
    assert "ACCUSE" not in _asserted(extract(text))
