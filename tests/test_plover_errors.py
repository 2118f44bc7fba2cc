"""Why a PLOVER top-1 type is wrong: the error kinds the evaluation counts per half."""

from __future__ import annotations

from crisislens.evaluation.plover import ERROR_KINDS, error_kind, score
from crisislens.events.lexicon import Lexicon
from crisislens.schemas import ArticleRecord, Event, TextSpan

SENTENCE = "The ministry said the border would stay shut after rebels ambushed a convoy."
LEXICON = Lexicon.load(
    "verbs:\n  ASSAULT: [ambush]\n  COERCE: [shut:restrict]\n  CONSULT: [meet]\n", base=None
)


def _gold(event: str = "ASSAULT", words: str = "ambushed") -> dict:
    return {"id": "x", "text": SENTENCE, "event": event, "eventText": words}


def _event(event_type: str, trigger: str, confidence: float) -> Event:
    start = SENTENCE.index(trigger)
    return Event(
        event_id=f"{event_type}-{start}",
        event_type=event_type,
        evidence=TextSpan(text=SENTENCE, start=0, end=len(SENTENCE)),
        trigger=TextSpan(text=trigger, start=start, end=start + len(trigger)),
        confidence=confidence,
    )


def _record(*events: Event) -> ArticleRecord:
    return ArticleRecord(article_id="a", events=list(events))


def test_nothing_coded_is_no_event():
    assert error_kind(_gold(), _record(), LEXICON, {"ambush"}) == "no_event"


def test_the_gold_type_coded_but_outranked():
    record = _record(_event("COERCE", "shut", 0.9), _event("ASSAULT", "ambushed", 0.6))
    assert error_kind(_gold(), record, LEXICON, {"ambush"}) == "gold_type_not_top"


def test_the_top_event_on_a_gold_word_with_another_type():
    record = _record(_event("COERCE", "ambushed", 0.9))
    assert error_kind(_gold(), record, LEXICON, {"ambush"}) == "wrong_type_on_gold_word"


def test_a_gold_word_no_layer_knows():
    record = _record(_event("COERCE", "shut", 0.9))
    gold = _gold("CONCEDE", "said stay")
    assert error_kind(gold, record, LEXICON, {"say", "stay"}) == "gold_word_unknown"
    # a known gold word the coder passed over for another
    assert error_kind(_gold("CONSULT"), record, LEXICON, {"ambush"}) == "top_on_other_word"


def test_score_counts_error_kinds():
    rows = [
        {"gold": "AID", "predicted": "AID", "any_hit": True},
        {"gold": "AID", "predicted": "NONE", "any_hit": False, "error": "no_event"},
        {"gold": "AID", "predicted": "COERCE", "any_hit": False, "error": "no_event"},
    ]
    for row in rows:
        row.update(actor_ok=None, recipient_ok=None, sector_ok=None)
    assert score(rows)["errors"] == {"no_event": 2}
    assert set(ERROR_KINDS) >= set(score(rows)["errors"])
