"""The coreference scorers against worked examples whose values are published."""

from __future__ import annotations

import pytest

from crisislens.evaluation.coref import b_cubed, ceaf_e, conll_f1, muc, pairwise, score_all

# Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions", section 3:
# key {a b c} {d e f g}, response {a b} {c d} {f g h i}; MUC 0.40 / 0.40, B-cubed recall 0.42
# precision 0.50, CEAF-e recall 0.65 precision 0.43
PRADHAN_KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2, "f": 2, "g": 2}
PRADHAN_RESPONSE = {"a": 1, "b": 1, "c": 2, "d": 2, "f": 3, "g": 3, "h": 3, "i": 3}

# Bagga & Baldwin (1998), the example that shows MUC's blind spot: key {1-5} {6 7} {8-12};
# response {1-5} {6-12}. MUC recall 1.0, precision 0.9; B-cubed recall 1.0, precision 0.76
BAGGA_KEY = {**dict.fromkeys(range(1, 6), "A"), 6: "B", 7: "B", **dict.fromkeys(range(8, 13), "C")}
BAGGA_RESPONSE = {**dict.fromkeys(range(1, 6), "A"), **dict.fromkeys(range(6, 13), "B")}


@pytest.mark.parametrize(
    ("scorer", "key", "response", "recall", "precision"),
    [
        pytest.param(muc, PRADHAN_KEY, PRADHAN_RESPONSE, 0.40, 0.40, id="muc-pradhan"),
        # B-cubed recall 35/84 is the published 0.42
        pytest.param(b_cubed, PRADHAN_KEY, PRADHAN_RESPONSE, 35 / 84, 0.50, id="b_cubed-pradhan"),
        # CEAF-e precision 1.3/3 is the published 0.43
        pytest.param(ceaf_e, PRADHAN_KEY, PRADHAN_RESPONSE, 0.65, 1.3 / 3, id="ceaf_e-pradhan"),
        pytest.param(muc, BAGGA_KEY, BAGGA_RESPONSE, 1.0, 0.9, id="muc-bagga"),
        # B-cubed precision 64/84 is the published 0.76
        pytest.param(b_cubed, BAGGA_KEY, BAGGA_RESPONSE, 1.0, 64 / 84, id="b_cubed-bagga"),
        # Vilain et al. (1995): key {A B C D}, response {A B} {C D}: recall 2/3, precision 1
        pytest.param(
            muc,
            {"A": 1, "B": 1, "C": 1, "D": 1},
            {"A": 1, "B": 1, "C": 2, "D": 2},
            2 / 3,
            1.0,
            id="muc-vilain-split-cluster",
        ),
        # (a,b) right and (c,d) wrong of two pairs; (a,b) found of (a,b) (a,c) (b,c)
        pytest.param(
            pairwise,
            {"a": 1, "b": 1, "c": 1, "d": 2},
            {"a": 1, "b": 1, "c": 2, "d": 2},
            1 / 3,
            0.5,
            id="pairwise-counts-pairs",
        ),
    ],
)
def test_coref_published_examples(scorer, key, response, recall, precision):
    score = scorer(key, response)
    assert score.recall == pytest.approx(recall)
    assert score.precision == pytest.approx(precision)


def test_coref_ceaf_e_pradhan_f1():
    assert ceaf_e(PRADHAN_KEY, PRADHAN_RESPONSE).f1 == pytest.approx(0.52)


def test_coref_conll_is_mean_of_three():
    expected = (0.40 + 2 * (35 / 84) * 0.5 / (35 / 84 + 0.5) + 0.52) / 3
    assert conll_f1(PRADHAN_KEY, PRADHAN_RESPONSE) == pytest.approx(expected)


def test_coref_identical_partitions_score_one():
    key = {i: i // 3 for i in range(10)}
    scores = score_all(key, dict(key))
    assert scores["conll_f1"] == pytest.approx(1.0)
    assert pairwise(key, key).f1 == pytest.approx(1.0)


def test_coref_all_singletons_muc_zero_b3_not():
    key = {i: i // 2 for i in range(6)}
    response = {i: i for i in range(6)}
    assert muc(key, response).f1 == 0.0
    assert b_cubed(key, response).precision == pytest.approx(1.0)
    assert b_cubed(key, response).recall == pytest.approx(0.5)
