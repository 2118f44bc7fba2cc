"""Figures of real news constructions: vague counts, house numbers, a headline's share of the
dead, "N dead and M others wounded", and the hurt who later died. Sentences are our own."""

import pytest

from crisislens.events.quantities import quantities_in

PUB = "2022-01-07"


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


def _figure(event, kind):
    return [q.value for q in event.quantities if q.kind == kind]


def _assaults(record):
    return [e for e in record.events if e.event_type == "ASSAULT" and e.modality == "asserted"]


@pytest.mark.parametrize(
    "sentence,expected,not_expected",
    [
        # a vague count of people is what the verb did to them, not a crowd
        ("Dozens of people have been injured in clashes in Lagos.", ("injured", 24), "size"),
        ("Hundreds of people were arrested after the march.", ("arrested", 200), "size"),
        # ... and a crowd when the verb does nothing to them
        ("Thousands of people marched through Lagos on Monday.", ("size", 2000), "injured"),
    ],
)
def test_figures_vague_counts_of_people(nlp, sentence, expected, not_expected):
    found = _found(nlp, sentence)
    assert expected in found
    assert not any(kind == not_expected for kind, _ in found)


@pytest.mark.parametrize(
    "sentence,number",
    [
        ("Police said the suspect, who lives at 4410 N. Elm St., fired at officers.", 4410),
        ("The van was parked at 217 West Main Street when the shots were fired.", 217),
    ],
)
def test_figures_a_house_number_is_no_figure(nlp, sentence, number):
    assert not any(value == number for _, value in _found(nlp, sentence))


def test_figures_a_number_before_a_common_street_noun_still_counts(nlp):
    assert ("arrested", 3) in _found(nlp, "Police arrested 3 men on the street.")


def test_figures_a_headline_share_of_the_dead(nlp):
    found = _found(nlp, "Four shot, one dead outside a bar in Dayton")
    assert {("injured", 3), ("dead", 1)} <= found
    # the wounded of a headline are apart from its dead
    found = _found(nlp, "Five wounded, two dead in attack on market in Maiduguri")
    assert {("injured", 5), ("dead", 2)} <= found


def test_figures_others_wounded_after_the_dead(nlp):
    sentence = "Two people are dead and four others wounded after a shooting in Akron."
    assert {("dead", 2), ("injured", 4)} <= _found(nlp, sentence)


def test_figures_the_hurt_who_later_died_move_to_the_dead(extract):
    record = extract(
        "Two men were wounded Saturday night in a shooting outside a club in Macon. Both were "
        "taken to a hospital. The 31-year-old victim died there on Sunday.",
        published=PUB,
    )
    (shooting,) = _assaults(record)
    assert (_figure(shooting, "dead"), _figure(shooting, "injured")) == ([1], [1])


def test_figures_a_death_of_someone_not_hurt_before_leaves_the_hurt(extract):
    record = extract(
        "Two officers were wounded in a shootout in Macon on Saturday. The suspect was killed.",
        published=PUB,
    )
    shooting = max(_assaults(record), key=lambda e: len(e.quantities))
    assert _figure(shooting, "injured") == [2]
