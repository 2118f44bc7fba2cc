"""A body an apposition defines ("Kebero, a loosely knit militia") is what "the militia" names
later, not the body named last: from the roles32 and roles33 spot sets of real wire reports
(an Amhara militia defined so, after a Tigrayan front was named, had its later attacks coded
as the front's). Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Kebero, a loosely knit militia, fought beside the army last year. Oromo Liberation "
            "Army fighters ambushed a bus near Nekemte in May. On Tuesday the militia attacked a "
            "police station in Gondar, killing four officers.",
            "Kebero",
        ),
        (
            "The Tigray People's Liberation Front (TPLF) signed a peace deal in 2022. Fano, a "
            "loosely organised militia, fought beside the army in that war. The army accused "
            "Fano of new attacks on Monday. On Tuesday the group attacked a police station in "
            "Gondar, killing four officers.",
            "Fano",
        ),
    ],
)
def test_the_militia_is_the_body_defined_so(extract, text, body):
    record = extract(text)
    attacks = [
        e for e in record.events if e.event_type == "ASSAULT" and "Tuesday" in e.evidence.text
    ]
    assert attacks and all(e.actor is not None and e.actor.name == body for e in attacks)
