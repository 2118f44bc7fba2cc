"""A person's surname that is also an agent noun gives no sector, from the roles33 spot set of
real wire reports (a Chinese foreign minister surnamed Gang was coded as a criminal gang). Our
own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word",
    [
        ("Blinken met Chinese Foreign Minister Qin Gang in Beijing on Monday.", "Gang"),
        ("Ruritanian Interior Minister Jan Gang visited the port on Monday.", "Gang"),
    ],
)
def test_a_surname_is_no_agent_noun(coder, head_in, text, word):
    head, context = head_in(text, word)
    actor = coder.code(head, context)
    assert actor is not None and actor.sector == "GOV"
