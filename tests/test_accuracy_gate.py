"""The accuracy gate (trafilatura-style): every development score stays at or above its floor
in eval/baseline.json. Runs only where ../shared is present; about 30 seconds."""

import json

from conftest import ROOT

from crisislens.evaluation.report import check_floors, run_all


def test_accuracy_gate_scores_at_or_above_floors(shared, pipeline):
    baseline = json.loads((ROOT / "eval" / "baseline.json").read_text(encoding="utf-8"))
    summary = run_all(pipeline, shared)
    failures = check_floors(summary["scores"], baseline)
    assert not failures, "scores below their floors:\n" + "\n".join(failures)
    # the ACLED head learned from the CASE dev snippets: it must never be scored on them
    assert summary["details"]["case2021"]["acled_model"] == "cross-validated (5 folds)"


def test_accuracy_gate_detects_a_drop():
    baseline = {"floors": {"plover_top1_type": 0.8, "gwn_span_f1": 0.5}}
    assert check_floors({"plover_top1_type": 0.79, "gwn_span_f1": 0.6}, baseline) == [
        "plover_top1_type: 0.7900 < floor 0.8"
    ]
    assert check_floors({"plover_top1_type": 0.81}, baseline) == [
        "gwn_span_f1: not measured (floor 0.5)"
    ]
