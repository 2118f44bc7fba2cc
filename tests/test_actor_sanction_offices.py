"""The offices that impose sanctions are their state's, whoever they sanction (roles27 spot
set: "OFAC" alone, in a later sentence, took the sanctioned country). Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "OFAC on Tuesday sanctioned four Venezuelan oil firms.",
        "The Treasury Department sanctioned six Iranian shipping firms on Monday.",
    ],
)
def test_sanction_office_is_its_states(extract, text):
    record = extract(text)
    sanction = next(e for e in record.events if e.event_type == "SANCTION")
    assert (sanction.actor.country, sanction.actor.sector) == ("USA", "GOV")
