"""Why a PLOVER top-1 type is wrong: the error kinds the evaluation counts per half."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("events", "gold", "known", "kind"),
    [
        pytest.param((), _gold(), {"ambush"}, "no_event", id="nothing coded is no event"),
        pytest.param(
            (_event("COERCE", "shut", 0.9), _event("ASSAULT", "ambushed", 0.6)),
            _gold(),
            {"ambush"},
            "gold_type_not_top",
            id="the gold type coded but outranked",
        ),
        pytest.param(
            (_event("COERCE", "ambushed", 0.9),),
            _gold(),
            {"ambush"},
            "wrong_type_on_gold_word",
            id="the top event on a gold word with another type",
        ),
        pytest.param(
            (_event("COERCE", "shut", 0.9),),
            _gold("CONCEDE", "said stay"),
            {"say", "stay"},
            "gold_word_unknown",
            id="a gold word no layer knows",
        ),
        pytest.param(
            (_event("COERCE", "shut", 0.9),),
            _gold("CONSULT"),
            {"ambush"},
            "top_on_other_word",
            id="a known gold word the coder passed over for another",
        ),
    ],
)
def test_error_kind(events, gold, known, kind):
    assert error_kind(gold, _record(*events), LEXICON, known) == kind


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
