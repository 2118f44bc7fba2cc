"""Paramilitary rangers and army auxiliaries are armed forces, from the roles32 spot set of
real wire reports (roadside bombs on ranger patrols in southern Thailand; jihadist attacks on
the army's civilian auxiliaries in Burkina Faso): with no sector, the province or the country
was coded as the target. Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, victims",
    [
        (
            "A roadside bomb killed one army ranger and wounded four others in Yala on Monday.",
            "ranger",
        ),
        ("Five paramilitary rangers were killed by a bomb in Yala province on Monday.", "rangers"),
        ("Gunmen killed four army auxiliaries in the town of Dori on Monday.", "auxiliaries"),
    ],
)
def test_rangers_are_the_target_as_armed_forces(extract, text, victims):
    record = extract(text)
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(
        e.recipient is not None and victims in e.recipient.text and e.recipient.sector == "MIL"
        for e in attacks
    )
