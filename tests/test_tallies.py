"""Tallies and running totals in real news constructions (session 23): a conflict's dead in a
clause on it, the deaths of many since a year, a toll from a long campaign, a vague
"thousands" in the perfect, a toll that counts those told as "more", and a count the parser
joined to a toll's number; and "a total of 14 people". Sentences are our own."""

import pytest

from crisislens.events.quantities import quantities_in

PUB = "2024-03-08"


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


def _dead(event):
    return [q.value for q in event.quantities if q.kind == "dead"]


@pytest.mark.parametrize(
    "sentence,tally",
    [
        # a clause on a conflict noun tells the conflict's dead
        ("The valley is torn by an insurgency that has left at least 9,500 dead.", 9500),
        ("Farmers fled the war, which has killed more than 40,000 people.", 40000),
        # the deaths of many since a year, on the noun or on its verb
        ("The army has admitted the deaths of 275 villagers in its raids since 2018.", 275),
        ("Last spring it admitted the deaths of 512 civilians in its raids since 2015.", 512),
        # a toll whose source is a long campaign
        ("The raid brought the overall toll from the bombing campaign to 730.", 730),
        # a vague plural in the perfect with no date of its own
        ("Thousands have been killed in the unrest.", 2000),
    ],
)
def test_tallies_a_standing_count_is_no_figure_of_the_day(nlp, sentence, tally):
    found = _found(nlp, sentence)
    assert ("other", tally) in found
    assert not any(kind == "dead" for kind, _ in found)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Thousands of people were killed in the floods on Friday.", ("dead", 2000)),
        ("Hundreds of students have been arrested.", ("arrested", 200)),
        ("Officials confirmed the deaths of 12 miners on Monday.", ("dead", 12)),
        ("A drone strike killed 16 fighters from the militia.", ("dead", 16)),
    ],
)
def test_tallies_a_count_of_one_happening_stays_its_figure(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_tallies_a_count_the_parser_joined_to_a_toll_number_keeps_its_fate(nlp):
    found = _found(nlp, "The toll rose to 23 and 38 people were wounded, officials said.")
    assert ("dead", 23) in found and ("injured", 38) in found


@pytest.mark.parametrize(
    "text,dead",
    [
        # the toll counts the "more" whose deaths made it rise
        (
            "A gas blast hit a market in Pella on Monday. The death toll rose to eight on "
            "Wednesday after three more victims died in hospital.",
            8,
        ),
        # a running total counts those told as "more" after it
        (
            "A fire gutted a depot in Ostra on Monday, injuring 20 workers. Six of the "
            "workers have died so far. Two more workers succumbed to their burns on Tuesday.",
            6,
        ),
        # with neither, the "more" add to those told before
        (
            "Gunmen attacked a bus near Kolo on Sunday, killing seven passengers. Two more "
            "passengers died of their wounds on Monday.",
            9,
        ),
    ],
)
def test_tallies_more_dead_and_the_toll_that_counts_them(extract, text, dead):
    (event,) = [e for e in extract(text, published=PUB).events if e.event_type == "ASSAULT"]
    assert _dead(event) == [dead]


def test_tallies_a_conflicts_toll_leaves_the_attack_its_own(extract):
    record = extract(
        "Gunmen raided a village near Tarbo on Sunday, killing six farmers. The region is "
        "gripped by a rebellion that has left at least 12,000 dead.",
        published=PUB,
    )
    (attack,) = [e for e in record.events if e.event_type == "ASSAULT"]
    assert _dead(attack) == [6]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("A total of 14 people were injured in the crash.", ("injured", 14)),
        ("Police detained a total of 60 students.", ("arrested", 60)),
        ("A total of 3,000 people marched in the capital.", ("size", 3000)),
    ],
)
def test_tallies_a_total_of_people_counts_what_befell_them(nlp, sentence, expected):
    # the total, not the people, is the verb's subject or object
    assert expected in _found(nlp, sentence)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Deaths from the storm rose to 14 on Monday.", ("dead", 14)),
        ("Fatalities from the pileup climbed to 9.", ("dead", 9)),
        ("Injuries from the blast rose to 62, medics said.", ("injured", 62)),
        ("Officials say dead from Tarno market blast rises to 27", ("dead", 27)),
        # a statistic over a named period is no one happening's toll
        ("Deaths on the roads rose to 1,400 last year.", ("other", 1400)),
    ],
)
def test_tallies_a_casualty_noun_that_rises_to_a_number_is_a_toll(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)
