"""The dead a protest names as its cause are not the protest's: "marched to protest the killing
of three farmers", "demanding justice for two cousins who were killed". Its own dead ("seven
were killed in the protests") stay. Sentences are our own."""

import pytest

PUB = "2024-03-08"


def _dead(extract, text, event_type):
    events = [e for e in extract(text, published=PUB).events if e.event_type == event_type]
    return [q.value for e in events for q in e.quantities if q.kind == "dead"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students marched in the capital on Sunday to protest the killing of three "
        "farmers by soldiers.",
        "Crowds marched in the capital on Monday demanding justice for two cousins who were "
        "killed by police on Friday.",
    ],
)
def test_figures_a_protests_cause_gives_it_no_dead(extract, text):
    assert _dead(extract, text, "PROTEST") == []


def test_figures_the_dead_of_the_protests_stay(extract):
    text = "Thousands marched on Sunday, and seven were killed in the protests."
    assert 7 in _dead(extract, text, "PROTEST")
