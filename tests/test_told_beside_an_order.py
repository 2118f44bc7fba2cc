"""An act told in an "after" or "when" clause under an order is not what the order orders:
it happened, and the order answers it. Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import readings


def _types(record) -> set[str]:
    return {event_type for event_type, _ in readings(record)}


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("The premier ordered an inquiry after gunmen raided a farm near the border.", "raided"),
        ("The minister ordered troops to the valley after militants shelled three villages.", None),
        ("The governor ordered a rescue operation after bandits abducted 30 pupils.", "abducted"),
    ],
)
def test_an_attack_told_after_an_order_is_no_threat_by_the_orderer(extract, text, attack):
    """rules/draft.told_beside: an act in an "after" clause is not what the order orders."""
    record = extract(text)
    assert "THREATEN" not in _types(record)
    if attack is not None:
        assert any(
            e.event_type == "ASSAULT" and e.trigger.text.startswith(attack) for e in record.events
        )


def test_an_ordered_attack_is_still_a_threat(extract):
    record = extract("The general ordered his men to shell the rebel positions at dawn.")
    assert "THREATEN" in _types(record)
