"""An act listed by "including" takes the modality of the noun it is listed under, not of
the verb the parse hangs it on. Sentences of our own."""

from __future__ import annotations


def test_a_listed_measure_is_planned_with_the_steps(extract):
    record = extract(
        "Chile will take any steps needed to stop Peru from building the dam, including "
        "imposing sanctions."
    )
    assert {e.modality for e in record.events if e.event_type == "SANCTION"} == {"planned"}
