"""A defiance another party says is going on is that party's accusation; the doer's own word
and the writer's stay a rejection. Sentences of our own."""

from __future__ import annotations

import pytest


def _asserted(record) -> set[str]:
    return {e.event_type for e in record.events if e.modality == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway's envoy said Belarus was openly defying the court's ruling.",
        # quotation marks around the adverb hang "Minsk" on "is" in the parse
        'Oslo said Minsk is "blatantly" defying the council.',
    ],
)
def test_a_defiance_another_party_states_is_its_accusation(extract, text):
    record = extract(text)
    assert _asserted(record) == {"ACCUSE"}
    accusation = next(e for e in record.events if e.event_type == "ACCUSE")
    assert accusation.recipient is not None
    assert accusation.recipient.name.split()[0] in ("Belarus", "Minsk")


def test_flouting_is_a_defiance(extract):
    """ "flout" rejects as "defy" does (event_lexicon.yaml), and charges as it does."""
    record = extract("Chile's minister said Peru was flouting the fishing accord.")
    assert "ACCUSE" in _asserted(record)


def test_the_defiers_own_word_is_no_accusation(extract):
    record = extract("Belarus said it would defy the court's ruling.")
    assert "ACCUSE" not in {e.event_type for e in record.events}


def test_a_defiance_the_writer_tells_stays_a_rejection(extract):
    record = extract("Belarus defied the court's ruling on Monday.")
    assert _asserted(record) == {"REJECT"}
