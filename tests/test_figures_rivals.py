"""Rival counts (rival_counts.rivals_dropped): two counts of one happening's dead that a
contrast sets against each other ("But witnesses put the toll at 20", "..., while police said
only five were killed", "put the toll higher") are two sources' estimates of the same dead; the
smaller stands, ACLED's conservative figure. A toll that rose is an update and the larger
stands. Sentences are our own."""

import pytest

PUB = "2024-07-09"


def _dead(extract, text):
    return [
        q.value
        for e in extract(text, published=PUB).events
        for q in e.quantities
        if q.kind == "dead"
    ]


@pytest.mark.parametrize(
    "text,dead",
    [
        (
            "Herders attacked the village of Dara on Monday, killing at least three people, "
            "police said. But some eyewitnesses put the death toll at more than 20.",
            3,
        ),
        (
            "Police said three villagers were killed in the raid on Dara, while residents put "
            "the toll at 14.",
            3,
        ),
        (
            "The mayor put the toll at two guards killed, but doctors at the hospital said at "
            "least six were killed.",
            2,
        ),
        (
            "Bandits killed five people in a raid on Dara on Monday, police said. But hospital "
            "officials said nine people had died.",
            5,
        ),
        (
            "Gunmen killed four guards at a bank in Dara on Monday. The governor put the toll "
            "higher, at 11.",
            4,
        ),
    ],
)
def test_figures_the_smaller_of_rival_counts_stands(extract, text, dead):
    assert _dead(extract, text) == [dead]


def test_figures_a_toll_that_rose_is_no_rival(extract):
    text = (
        "Bandits killed five people in a raid on Dara on Monday, police said. But the toll "
        "later rose to nine."
    )
    assert _dead(extract, text) == [9]
