"""A country's name of several words is the whole country's, where the tagger takes it for a
person's or names it inside a longer name (roles30 spot set: Papua New Guinea coded as
Guinea). Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_country_names_a_long_name_before_its_words(coder, nlp):
    doc = nlp("Sri Lanka Navy Commander Jan Example met the press.")
    assert coder.country_in(doc[0:5]) == "LKA"
    doc = nlp("Papua New Guinea PM Jan Example met the press.")
    assert coder.country_in(doc[0:4]) == "PNG"  # not Guinea's


def test_country_names_a_country_taken_for_a_person(coder, head_in):
    head, context = head_in("Papua New Guinea declares state of emergency after riots", "Guinea")
    actor = coder.code(head, context)
    assert actor.country == "PNG" and actor.sector == "GOV"


def test_country_names_the_pm_named_without_phoenix_spelling(coder, head_in):
    head, context = head_in("Prime Minister James Marape urged calm on Friday.", "Marape")
    actor = coder.code(head, context)
    assert (actor.name, actor.country, actor.sector) == ("James Marape", "PNG", "GOV")
