"""Text normalisation for parsing (nlp/normalise.py): same length, originals restored."""

from crisislens.nlp.normalise import ASCII_LOOKALIKES, parse_text, restore_texts
from crisislens.schemas import Event, Mention, TextSpan


def test_normalise_keeps_every_offset():
    text = "\u201cWe won\u2019t leave\u201d \u2013 a\u00a0striker\u2019s pledge \u2014 2\u202f000"
    parsed = parse_text(text)
    assert len(parsed) == len(text)
    assert parsed == "\"We won't leave\" - a striker's pledge - 2 000"
    assert all(len(v) == 1 for v in ASCII_LOOKALIKES.values())


def test_normalise_restores_quoted_texts():
    original = "Police didn\u2019t fire \u2013 they said."
    parsed = parse_text(original)
    span = TextSpan(text=parsed[0:20], start=0, end=20)
    event = Event(
        event_id="x",
        event_type="ASSAULT",
        evidence=span,
        trigger=TextSpan(text="fire", start=14, end=18),
        mentions=[Mention(trigger=None, evidence=span)],
        confidence=0.5,
    )
    restored = restore_texts(event, original)
    assert restored.evidence.text == original[0:20]
    assert restored.mentions[0].evidence.text == original[0:20]
    assert restored.trigger is event.trigger  # unchanged spans are not copied
    wrong = event.model_copy(update={"trigger": TextSpan(text="fire", start=12, end=16)})
    assert restore_texts(wrong, original).trigger.text == "fire"  # only the parser's copies


def test_normalise_restores_an_apostrophe_lost_to_encoding():
    text = "A man was shot on Tarville?s east side; police don\ufffdt know why. Why? Someone asked."
    parsed = parse_text(text)
    assert len(parsed) == len(text)
    assert (
        parsed
        == "A man was shot on Tarville's east side; police don't know why. Why? Someone asked."
    )
