"""The country an unknown owner names in its own name is its office's (roles26 spot set: "The
U.S. Treasury Department's Office of Foreign Assets Control" coded as the country its sentence
names). Our own sentences."""

from __future__ import annotations

import pytest

from conftest import word
from crisislens.actors.context import ArticleContext

pytestmark = pytest.mark.slow


def test_clue_country_in_owner_name(coder, parse):
    doc = parse(
        "The Chilean Interior Ministry's Office of Border Control blocked 40 Peruvian trucks."
    )
    actor = coder.code(word(doc, "Office"), ArticleContext(day=None))
    assert actor.country == "CHL"  # not Peru, which its sentence names
