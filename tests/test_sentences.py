"""Sentence ends: a street's or a clock's abbreviation does not end a sentence that goes on
(nlp/spacy_model.py). Sentences of our own."""

from __future__ import annotations

import pytest

from crisislens.nlp.spacy_model import abbreviations, goes_on


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were robbed near Lark Ave. on Friday evening, deputies said.",
        "Police closed Orchard Blvd. between Ninth and Tenth streets for the march.",
        "A bus was set on fire at 12th St. and Holloway Rd. in the early hours.",
        "The driver was hit on Cedar Ln., a block from the school.",
        "Shots were heard at 3 a.m. Thursday in the east of the town.",
    ],
)
def test_sentences_abbreviation_inside_goes_on(nlp, text):
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    "text, first",
    [
        # a street's abbreviation ends the sentence when a capitalised word follows
        (
            "The crowd gathered on Lark Ave. Officers moved in at dusk.",
            "The crowd gathered on Lark Ave.",
        ),
        # "Dr." after a lower-case word is a title, not a street
        (
            "The clinic was run by Dr. Okafor. It closed in May.",
            "The clinic was run by Dr. Okafor.",
        ),
    ],
)
def test_sentences_abbreviation_at_the_end_still_ends(nlp, text, first):
    assert _sentences(nlp, text)[0] == first


def test_sentences_clock_goes_on_only_before_a_date(nlp):
    doc = nlp.make_doc("The curfew began at 9 p.m. Residents stayed in. It ended at 5 a.m. Monday.")
    clocks = [t.i for t in doc if t.lower_ in ("a.m.", "p.m.")]
    assert [goes_on(doc, i) for i in clocks] == [False, True]


def test_sentences_street_list_is_data():
    words = abbreviations()
    assert "Ave" in words.streets and "a.m." in words.clocks and "sunday" in words.calendar


def test_sentences_place_and_date_stay_with_the_event(extract):
    """Cut at "Ave.", the event lost its own day (it took Sunday's) and its town."""
    record = extract(
        "Deputies said a store on Main Street was robbed on Sunday. A teenager was wounded by "
        "gunfire near Marlow Ave. on Tuesday in Dayton, police said.",
        published="2024-05-09",
    )
    event = next(e for e in record.events if e.event_type == "ASSAULT")
    assert event.date == "2024-05-07"
    assert event.location is not None
    assert (event.location.name, event.location.mention) == ("Dayton", "name")


@pytest.mark.parametrize(
    "text, first",
    [
        ("LUSAKA, Zambia -- Rioters burned a fuel depot on Monday.", "LUSAKA, Zambia --"),
        (
            "Depot burned\nNDOLA, Zambia, May 3 (Wire) - Rioters burned a fuel depot.",
            "NDOLA, Zambia, May 3 (Wire) -",
        ),
        # a dash joining words in capitals is part of the name, not the dateline's end
        (
            "SAINT-DENIS, Reunion - Rioters burned a fuel depot on Monday.",
            "SAINT-DENIS, Reunion -",
        ),
    ],
)
def test_sentences_a_dateline_is_a_sentence_of_its_own(nlp, text, first):
    """The parser otherwise hangs the report's first verb on the capitals."""
    found = _sentences(nlp, text)
    assert first in found
    assert found[-1] == text.split(first)[1].strip()


def test_sentences_capitals_and_a_dash_inside_a_line_are_no_dateline(nlp):
    text = "UN SAYS TALKS OFF\nThe envoy left - and the talks ended - on Monday."
    assert _sentences(nlp, text)[-1] == "The envoy left - and the talks ended - on Monday."


def test_sentences_the_first_word_after_a_dated_dateline_starts_the_report(nlp):
    text = "LIMA, March 3 (AFP) - Riot police detained dozens of students."
    assert _sentences(nlp, text)[-1] == "Riot police detained dozens of students."
