"""A lone surname is the person the article named in full before it, where the full name's own
words gave the country, even where nothing coded that person yet (roles28 spot set: a foreign
minister quoted in full, then met "at NATO in Brussels" by surname). Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _meeting(record):
    return next(e for e in record.events if e.event_type == "CONSULT")


def test_people_lone_surname_takes_the_full_names_country(extract):
    record = extract(
        "Peruvian Foreign Minister Jorge Quispe spoke to reporters on Monday. "
        "Quispe and Ana Example met in Oslo on Tuesday."
    )
    meeting = _meeting(record)
    assert (meeting.actor.name, meeting.actor.country) == ("Jorge Quispe", "PER")


def test_people_lone_surname_without_a_country_of_its_own(extract):
    record = extract(
        "Jorge Quispe spoke to reporters in Lima on Monday. "
        "Quispe and Ana Example met in Oslo on Tuesday."
    )
    meeting = _meeting(record)
    assert meeting.actor.name != "Jorge Quispe"  # his country would be only the sentence's
