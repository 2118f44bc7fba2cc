"""Standing tallies (tallies.standing_strife_count, tallies.groups_record): the dead a lasting
strife has seen so far ("the crackdown has now seen 75 killed", "a wave of fighting that has
already claimed 3,000 lives") and a named group's record told in a relative clause ("the Red
Band, which has abducted hundreds of farmers") are no figure of the day's event. Sentences are
our own."""

import pytest

from crisislens.events.quantities import quantities_in

PUB = "2021-03-10"


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


@pytest.mark.parametrize(
    "sentence,tally",
    [
        ("The crackdown on the rallies has now seen at least 75 people killed.", 75),
        (
            "The shelling threatened a fresh wave of fighting that has already claimed 3,000 lives.",
            3000,
        ),
        ("The Red Band, which has abducted hundreds of farmers, was blamed.", 200),
        ("Nearly 9,400 people have since been killed in the territory.", 9400),
    ],
)
def test_tallies_a_standing_count_of_a_strife_or_a_group_is_no_figure(nlp, sentence, tally):
    found = _found(nlp, sentence)
    assert ("other", tally) in found
    assert not any(kind in ("dead", "arrested") for kind, _ in found)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the strife's clause names its day: that day's toll
        ("Violence in the port on Monday has killed five people.", ("dead", 5)),
        # a relative clause on a plain noun, not a named group: the attack's own
        ("Police are hunting the gunmen, who have killed nine people.", ("dead", 9)),
    ],
)
def test_tallies_a_dated_strife_or_a_plain_doer_keeps_its_figure(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_tallies_the_strifes_standing_toll_leaves_the_days_own(extract):
    text = (
        "Troops shot dead three marchers in the capital on Thursday, medics said. The "
        "crackdown on the rallies has now seen at least 75 people killed, a doctors' group said."
    )
    dead = [
        q.value
        for e in extract(text, published=PUB).events
        for q in e.quantities
        if q.kind == "dead"
    ]
    assert dead == [3]
