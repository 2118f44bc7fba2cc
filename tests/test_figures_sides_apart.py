"""Dead counted apart in one sentence: a count whose verb the text leaves out after "and" ("four
guards died in the blast and two officers in the fire": 6), and a toll told with the attackers'
dead in a "with" phrase ("put the number of deaths at six, with 40 gunmen killed": 46). A toll
that rose to its number counts every dead up to then. Sentences are our own."""

import pytest

PUB = "2024-05-14"


def _dead(extract, text):
    record = extract(text, published=PUB)
    return [q.value for e in record.events for q in e.quantities if q.kind == "dead"]


@pytest.mark.parametrize(
    "text,dead",
    [
        ("The army said four guards died in the car bombing and two officers in the gunfight.", 6),
        ("Three policemen were killed in the blast and five civilians in the crossfire.", 8),
        ("A military statement put the number of deaths at six, with 40 gunmen killed.", 46),
    ],
)
def test_figures_dead_counted_apart_add_up(extract, text, dead):
    assert _dead(extract, text) == [dead]


@pytest.mark.parametrize(
    "text,dead",
    [
        ("The death toll rose to 12, with five attackers killed in the second blast.", 12),
        ("Two soldiers were killed in the raid and its aftermath.", 2),
    ],
)
def test_figures_a_risen_toll_or_one_count_stays(extract, text, dead):
    assert _dead(extract, text) == [dead]
