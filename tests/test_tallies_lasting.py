"""Tallies of a lasting strife (tallies.in_a_lasting_strife, tallies.conjoined,
tallies._counting_participle, a "since" clause on a strife noun): the dead of a strife a
relative clause says has lasted ("the unrest, which has spread since March"), a "since" phrase
shared by joined counts, "the number killed this year", "since the crisis began", "since
when", and "in six years of war" are no figure of the day's event. Sentences are our own."""

import pytest

from crisislens.events.quantities import quantities_in

PUB = "2022-09-14"


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


@pytest.mark.parametrize(
    "sentence,tally",
    [
        ("Over 2,400 people have died in the unrest, which has spread since March.", 2400),
        (
            "Gunmen shot two herders, bringing the toll to 95 in raids that have now gone on "
            "for six weeks.",
            95,
        ),
        (
            "At least 85 people have been killed, over 200 injured and nearly 9,000 displaced "
            "in the valley since June.",
            85,
        ),
        ("The number of miners killed in the region this year has climbed to 310.", 310),
        ("Since the crisis began, some 640 villagers have been killed.", 640),
        ("The fighting has since claimed 540 lives and displaced 12,000.", 12000),
        (
            "The rebels rose against the junta in 2012, since when some 8,100 people have been "
            "killed in the hills.",
            8100,
        ),
        ("Roughly 7,300 civilians have died in six years of war.", 7300),
    ],
)
def test_tallies_a_lasting_strifes_count_is_no_figure(nlp, sentence, tally):
    assert ("other", tally) in _found(nlp, sentence)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a relative clause that tells no span the happening lasted: its own dead
        ("Six traders died in the blast, which has been condemned by the mayor.", ("dead", 6)),
        # a count with a day of its own keeps it, whatever the count joined to it spans
        ("Four guards were killed on Monday and 30 have died in the town since May.", ("dead", 4)),
        # a counting noun with no span: the raid's own toll
        ("The number of people killed in the raid rose to 12 on Tuesday.", ("dead", 12)),
    ],
)
def test_tallies_a_happenings_own_count_stays(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_tallies_the_strifes_toll_leaves_the_days_own(extract):
    text = (
        "Militiamen killed five farmers in the village of Tabo on Monday, police said. More "
        "than 1,500 people have died in the violence, which has worsened since January."
    )
    dead = [
        q.value
        for e in extract(text, published=PUB).events
        for q in e.quantities
        if q.kind == "dead"
    ]
    assert dead == [5]
