"""The accuracy gate (trafilatura-style): every development score stays at or above its floor
in eval/baseline.json. Runs only where ../shared is present; about 30 seconds."""

import json

from conftest import ROOT
from crisislens.evaluation.plover import score
from crisislens.evaluation.report import check_floors, halves_of, run_all


def test_accuracy_gate_scores_at_or_above_floors(shared, pipeline):
    baseline = json.loads((ROOT / "eval" / "baseline.json").read_text(encoding="utf-8"))
    summary = run_all(pipeline, shared)
    failures = check_floors(summary["scores"], baseline)
    assert not failures, "scores below their floors:\n" + "\n".join(failures)
    # the ACLED head learned from the CASE dev snippets: it must never be scored on them
    assert summary["details"]["case2021"]["acled_model"] == "cross-validated (5 folds)"
    # every development score is also reported on both fixed halves of its set
    for name in ("plover_top1_type", "case2021_acled25_weighted_f1", "gwn_span_f1"):
        assert set(summary["halves"][name]) == {"A", "B", "gap"}
    plover = summary["details"]["plover"]
    assert plover["halves"]["A"]["n"] + plover["halves"]["B"]["n"] == plover["n"]


def test_accuracy_gate_detects_a_drop():
    baseline = {"floors": {"plover_top1_type": 0.8, "gwn_span_f1": 0.5}}
    assert check_floors({"plover_top1_type": 0.79, "gwn_span_f1": 0.6}, baseline) == [
        "plover_top1_type: 0.7900 < floor 0.8"
    ]
    assert check_floors({"plover_top1_type": 0.81}, baseline) == [
        "gwn_span_f1: not measured (floor 0.5)"
    ]


def test_accuracy_gate_halves_and_gap():
    details = {
        "plover": {"halves": {"A": {"top1_type_accuracy": 0.9}, "B": {"top1_type_accuracy": 0.8}}},
        "merge": {"pairwise_precision": 1.0},
    }
    assert halves_of(details) == {"plover_top1_type": {"A": 0.9, "B": 0.8, "gap": 0.1}}


def test_accuracy_gate_plover_score_counts_only_scorable_rows():
    rows = [
        {
            "gold": "AID",
            "predicted": "AID",
            "any_hit": True,
            "actor_ok": True,
            "recipient_ok": None,
            "sector_ok": None,
        },
        {
            "gold": "AID",
            "predicted": "NONE",
            "any_hit": False,
            "actor_ok": False,
            "recipient_ok": True,
            "sector_ok": None,
        },
    ]
    scores = score(rows)
    assert scores["top1_type_accuracy"] == 0.5
    assert scores["actor_country_accuracy"] == 0.5 and scores["actor_country_n"] == 2
    assert scores["recipient_country_accuracy"] == 1.0 and scores["recipient_country_n"] == 1
    assert scores["sector_accuracy"] is None and scores["no_event"] == 1


def test_accuracy_gate_ceilings_for_measures_where_less_is_better():
    baseline = {"floors": {}, "ceilings": {"analyst_desc_events_per_description": 2.0}}
    assert check_floors({"analyst_desc_events_per_description": 1.9}, baseline) == []
    assert check_floors({"analyst_desc_events_per_description": 2.1}, baseline) == [
        "analyst_desc_events_per_description: 2.1000 > ceiling 2.0"
    ]
    assert check_floors({}, baseline) == [
        "analyst_desc_events_per_description: not measured (ceiling 2.0)"
    ]


def test_accuracy_gate_only_checks_the_sets_that_were_run():
    baseline = {
        "floors": {"plover_top1_type": 0.8, "analyst_real_event_share": 0.5},
        "ceilings": {"stories_voa_pairwise_precision": 2.0},
    }
    only = frozenset({"plover"})
    assert check_floors({"plover_top1_type": 0.79}, baseline, only=only) == [
        "plover_top1_type: 0.7900 < floor 0.8"
    ]
    # the stories scores come with the analyst set, so they are checked when it runs
    assert check_floors(
        {"analyst_real_event_share": 0.6}, baseline, only=frozenset({"analyst"})
    ) == ["stories_voa_pairwise_precision: not measured (ceiling 2.0)"]


def test_accuracy_gate_only_names_every_set_run_all_knows():
    from pathlib import Path

    from crisislens.evaluation.report import DATASETS, _runners

    assert tuple(_runners(None, Path("."))) == DATASETS
