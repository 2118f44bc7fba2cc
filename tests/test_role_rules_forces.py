"""A bare word for armed forces ("the military") in a sentence that names no country is the
force of the state that last did the same kind of act (roles25 spot set: troop deployments
reported beside the other side's warnings). Our own sentences."""

from __future__ import annotations

from crisislens.actors.context import ArticleContext
from crisislens.events.rules.participants import forces_told_before
from crisislens.schemas import Actor


class _Sent:
    start_char = 100


def _actor(text, country, sector):
    return Actor(
        text=text, start=100, end=100 + len(text), name=text, country=country, sector=sector
    )


def test_forces_told_before_take_the_last_doers_country():
    context = ArticleContext(day=None, countries={"IRN": 3, "CAN": 1})
    context.doers["MOBILIZE"] = (0, _actor("Canada", "CAN", "GOV"))
    military = _actor("military", None, "MIL")
    assert forces_told_before(military, _Sent(), "MOBILIZE", context).country == "CAN"
    assert forces_told_before(military, _Sent(), "ASSAULT", context) is military  # other act
    context.sentence_countries[100] = {"IRN"}  # the sentence names a country of its own
    assert forces_told_before(military, _Sent(), "MOBILIZE", context) is military


def test_forces_told_before_only_after_a_state():
    context = ArticleContext(day=None)
    context.doers["ASSAULT"] = (0, _actor("rebels", "COL", "REB"))
    military = _actor("military", None, "MIL")
    assert forces_told_before(military, _Sent(), "ASSAULT", context) is military
    context.doers["ASSAULT"] = (100, _actor("Peru", "PER", "GOV"))  # this very sentence
    assert forces_told_before(military, _Sent(), "ASSAULT", context) is military
    police = _actor("police", None, "COP")
    assert forces_told_before(police, _Sent(), "ASSAULT", context) is police
