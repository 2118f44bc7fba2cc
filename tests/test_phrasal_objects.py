"""A phrasal verb that its object decides (events/triggers.py, object_trigger; the `seizing`
and `repelling` classes of data/event_lexicon.yaml). Sentences of our own."""

from __future__ import annotations

import pytest

from crisislens.events import triggers


def _trigger(nlp, lex, text: str, verb: str):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    return triggers.object_trigger(token, lex)


@pytest.mark.parametrize(
    "text,verb,expected",
    [
        ("Rebels took over three police stations in the north.", "took", "COERCE"),
        ("Gunmen took over the hospital on Friday.", "took", "COERCE"),
        ("Troops pushed back the insurgents from the outskirts.", "pushed", "ASSAULT"),
        ("Soldiers beat back an attack on the base.", "beat", "ASSAULT"),
    ],
)
def test_phrasal_verb_with_its_object_is_an_event(nlp, lex, text, verb, expected):
    found = _trigger(nlp, lex, text, verb)
    assert found is not None and found.sense.event_type == expected
    assert found.kind == "object" and len(found.words) == 3  # verb, particle, object


@pytest.mark.parametrize(
    "text,verb",
    [
        ("She took over as finance minister in March.", "took"),
        ("The deputy will take over the chairmanship of the commission.", "take"),
        ("The government pushed back the election by six months.", "pushed"),
        # the object of another preposition is not what is taken over
        ("They took the train over the bridge to the station.", "took"),
    ],
)
def test_phrasal_verb_without_such_an_object_is_no_event(nlp, lex, text, verb):
    assert _trigger(nlp, lex, text, verb) is None


@pytest.mark.parametrize(
    "text,verb",
    [
        ("Four men were taken into custody after the raid, officials said.", "taken"),
        ("Guards took the courier into custody at the border post.", "took"),
        ("The two organisers were placed in custody overnight.", "placed"),
        ("Both drivers were remanded in custody until the trial.", "remanded"),
    ],
)
def test_held_in_custody_is_an_arrest(nlp, lex, text, verb):
    found = _trigger(nlp, lex, text, verb)
    assert found is not None and (found.sense.event_type, found.sense.mode) == ("COERCE", "arrest")
    assert found.sense.layer != "base"  # ours: a base-layer sense needs two coded parties
