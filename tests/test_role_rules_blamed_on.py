"""An attack a relative clause blames on a party was that party's, from the roles33 spot set of
real wire reports ("killed in an ambush which the army has blamed on ... rebels": the
ambush had no actor). Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "Five guards were killed in an ambush which the army blamed on Ruritanian rebels.",
            "rebels",
        ),
        ("Three guards were killed in a raid the police have blamed on jihadists.", "jihadists"),
    ],
)
def test_an_act_a_relative_clause_blames_on_a_party_is_theirs(extract, text, doer):
    record = extract(text)
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.actor is not None and doer in e.actor.text for e in attacks)
