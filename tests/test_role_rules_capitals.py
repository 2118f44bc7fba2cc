"""A capital's name after "of" on the word "capital" said after a preposition of place, from
the roles31 spot set of real wire reports (police storming a sit-in "in the ... capital of"
a named city): where, not whom. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import word
from crisislens.events.rules import nearest

pytestmark = pytest.mark.slow


def test_capitals_a_capital_of_a_name_is_where(parse):
    doc = parse("Riot police stormed a sit-in in the Malian capital of Bamako on Sunday.")
    assert nearest.named_kind(word(doc, "Bamako"))
    doc = parse("Riot police stormed a sit-in, the capital of Bamako said.")
    assert not nearest.named_kind(word(doc, "Bamako"))  # no preposition of place


def test_capitals_no_capital_as_the_target(extract):
    for text in (
        "Riot police stormed a sit-in in the Malian capital of Bamako on Sunday.",
        "Soldiers raided a camp in the capital of Bamako on Sunday.",
    ):
        mentions = [m for e in extract(text).events for m in e.mentions or []]
        assert mentions and all(
            m.recipient is None or "Bamako" not in m.recipient.text for m in mentions
        )
