"""Armed groups the tagger or our words misread, from the roles32 and roles33 spot sets of real
wire reports: rebel armies named for a liberation or independence struggle were coded as
state armies (MIL), "armed separatist forces" as an army, and "IS militants" (the tagger reads
"IS" as "is") as no one's. Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, sector",
    [
        ("The Kachin Independence Army attacked a police post on Monday.", "Army", "REB"),
        ("The Ogaden National Liberation Front ambushed a convoy on Monday.", "Front", "REB"),
        ("Armed separatist forces ambushed a convoy near Kumba on Monday.", "forces", "REB"),
        ("Rebel forces shelled the town on Monday.", "forces", "REB"),
        ("Government forces shelled the town on Monday.", "forces", "MIL"),
        ("The People's Liberation Army held drills on Monday.", "Army", "MIL"),
    ],
)
def test_forces_of_an_armed_struggle_are_rebels(coder, head_in, text, word, sector):
    head, context = head_in(text, word)
    assert coder.code(head, context).sector == sector


@pytest.mark.parametrize(
    "text, country",
    [
        ("IS militants killed four soldiers in Kirkuk on Saturday.", "IMG"),
        ("Police said IS fighters stormed a prison in Hasakeh on Thursday.", "IMG"),
    ],
)
def test_a_body_the_tagger_read_as_a_verb_owns_the_phrase(coder, head_in, text, country):
    word = "militants" if "militants" in text else "fighters"
    head, context = head_in(text, word)
    assert coder.code(head, context).country == country
