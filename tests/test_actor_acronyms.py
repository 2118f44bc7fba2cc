"""An acronym the article defines in brackets after a name is that name again, from the
roles33 spot set of real wire reports (reports on Myanmar's ethnic armies name "the Arakan
Army (AA)" once, then "the AA" ambushes, and "the AA" had no actor). Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_an_acronym_defined_in_brackets_is_the_name_again(coder, head_in):
    text = (
        "The Arakan Army (AA) seized a police post in Maungdaw on Monday. On Tuesday the AA "
        "ambushed border guards in Rathedaung."
    )
    head, context = head_in(text, "AA", 1)
    actor = coder.code(head, context)
    assert actor is not None and actor.name == "Arakan Army" and actor.sector == "REB"


def test_an_acronym_never_defined_is_left_to_the_other_rules(coder, head_in):
    head, context = head_in("On Tuesday the QX ambushed border guards in Rathedaung.", "QX")
    actor = coder.code(head, context)
    assert actor is None or actor.name != "Arakan Army"
