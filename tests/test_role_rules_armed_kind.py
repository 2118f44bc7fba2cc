"""A word of an armed group's kind on the attack a verb of harm says its victims fell in names
the attackers ("killed in a jihadist attack", "in a new rebel attack"): from the roles32 spot
set of real wire reports (jihadist attacks on soldiers in Burkina Faso, rebel attacks on
villages near Beni), where the attacker was left unidentified or a place was made the actor.
Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, doer",
    [
        ("Four soldiers were killed in northern Niger in a jihadist attack on Friday.", "jihadist"),
        ("At least nine farmers were killed in a new rebel attack near Goma on Friday.", "rebel"),
        ("Three guards were killed in a militant ambush near Kismayo on Friday.", "militant"),
    ],
)
def test_armed_kind_names_the_attackers(extract, text, doer):
    record = extract(text)
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert any(
        e.actor is not None and e.actor.text == doer and e.actor.sector == "REB" for e in attacks
    )


def test_armed_kind_victims_are_no_doers(extract):
    record = extract("Four civilians were killed in a police raid near Goma on Friday.")
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.actor is None or e.actor.sector != "REB" for e in attacks)
