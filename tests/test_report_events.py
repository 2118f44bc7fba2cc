"""The event-coding section of docs/ACCURACY.md lists half A's PLOVER confusions only."""

from crisislens.evaluation.report_events import events_markdown, plover_confusion_lines


def _plover(confusions_a, confusions_b):
    def half(n, confusions):
        return {"n": n, "confusions": confusions}

    return {
        "n": 4,
        "actor_country_n": 4,
        "recipient_country_n": 3,
        "sector_n": 2,
        "confusions": confusions_a + confusions_b,
        "halves": {"A": half(2, confusions_a), "B": half(2, confusions_b)},
    }


def test_confusions_come_from_half_a_only():
    plover = _plover(
        [{"gold": "AID", "predicted": "AGREE", "count": 1}],
        [{"gold": "SANCTION", "predicted": "COERCE", "count": 3}],
    )
    text = "\n".join(plover_confusion_lines(plover))
    assert "AID→AGREE 1" in text and "n=2" in text
    assert "SANCTION" not in text


def test_no_confusions_on_half_a_says_none_and_no_halves_says_nothing():
    assert "none" in plover_confusion_lines(_plover([], []))[0]
    assert plover_confusion_lines({"confusions": []}) == []


def test_event_section_renders_scores_and_half_a_confusions():
    summary = {
        "scores": {"plover_top1_type": 0.9, "case2021_acled25_weighted_f1": 0.76},
        "details": {
            "plover": _plover([], [{"gold": "SANCTION", "predicted": "COERCE", "count": 3}]),
            "case2021": {"acled25": {"n": 519}, "non_acled_outputs": {"Other": {"NONE": 2}}},
        },
    }
    text = "\n".join(events_markdown(summary))
    assert "| PLOVER top-1 event type (n=4) | 90.0%" in text
    assert "| Other | NONE 2 |" in text
    assert "SANCTION→COERCE" not in text
