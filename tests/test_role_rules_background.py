"""An act in a phrase that sets a clause after or against it ("in the wake of", "in retaliation
for"), from the roles31 spot set of real wire reports (a president convening his council after
a rebel attack): the clause's subject did not do it. Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXTS = (
    "French President Emmanuel Macron convened his cabinet in the wake of the attack on the depot.",
    "The Colombian army shelled the hills in retaliation for the ambush on its convoy.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_background_no_clause_subject_as_the_doer(extract, text):
    record = extract(text)
    noun = "attack" if "attack" in text else "ambush"
    mentions = [m for e in record.events for m in e.mentions or [] if m.trigger.text == noun]
    assert mentions and all(m.actor is None for m in mentions)


def test_background_a_response_in_another_phrase_keeps_its_doer(extract):
    record = extract(
        "The Islamic Jihad said the Israeli video shows fear of its response to the demolition"
        " of a tunnel."
    )
    mentions = [
        m for e in record.events for m in e.mentions or [] if m.trigger.text == "demolition"
    ]
    assert mentions and any(
        m.actor is not None for m in mentions
    )  # "fear of": no phrase of its own
