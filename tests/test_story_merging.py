"""Stories across articles on the analyst benchmark: the gold happenings and the pair counts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from crisislens.evaluation.analyst_gold import load_benchmark
from crisislens.evaluation.story_merging import (
    Unit,
    group_pair_counts,
    half_of,
    happening_groups,
    pair_counts,
)

VOA = Path(__file__).parent / "data" / "voa"


def test_every_happening_key_joins_events_of_several_stories():
    stories = load_benchmark(VOA).stories
    told = Counter()
    for story in stories:
        keys = [g.happening for g in story.events if g.happening]
        assert len(keys) == len(set(keys)), f"{story.story_id}: a happening twice in one story"
        told.update(keys)
    assert told["pak-train-attack"] == 5
    assert told["beledweyne-hotel-siege"] == 2
    # a key used once is a typo: it would turn a pair of reports into two happenings
    assert all(n >= 2 for n in told.values()), [k for k, n in told.items() if n < 2]


def test_pair_counts_score_pairs_across_articles_only():
    units = [
        Unit("e1", "a", "attack"),
        Unit("e2", "a", "attack"),  # the same article: never a pair
        Unit("e3", "b", "attack"),
        Unit("e4", "c", "attack"),
        Unit("e5", "c", "protest"),
        Unit("e6", "d", None),  # matches no gold event
    ]
    story_of = {"e1": "s1", "e2": "s1", "e3": "s1", "e4": "s2", "e5": "s1", "e6": "s1"}
    counts = pair_counts(units, story_of)
    # attack pairs across articles: e1-e3, e1-e4, e2-e3, e2-e4, e3-e4; linked: e1-e3, e2-e3
    assert counts["gold_pairs"] == 5
    assert counts["pairwise_recall"] == pytest.approx(2 / 5)
    # linked across articles with gold: e1-e3, e2-e3 (right), e1-e5, e2-e5, e3-e5 (wrong)
    assert counts["linked_pairs"] == 5
    assert counts["pairwise_precision"] == pytest.approx(2 / 5)
    # e6 in s1 with e1, e2, e3, e5
    assert counts["pairs_with_non_events"] == 4


def test_a_pair_counts_in_the_half_of_each_of_its_happenings():
    first = next(k for k in (f"h{i}" for i in range(50)) if half_of(k) == "A")
    second = next(k for k in (f"h{i}" for i in range(50)) if half_of(k) == "B")
    units = [Unit("e1", "a", first), Unit("e2", "b", second), Unit("e3", "c", first)]
    story_of = {"e1": "s", "e2": "s", "e3": "t"}
    a, b = pair_counts(units, story_of, "A"), pair_counts(units, story_of, "B")
    assert (a["gold_pairs"], a["linked_pairs"]) == (1, 1)  # e1-e3 missed, e1-e2 wrongly linked
    assert (b["gold_pairs"], b["linked_pairs"]) == (0, 1)  # only the wrong link touches B


def test_one_articles_events_of_one_happening_count_as_one_report():
    # article a tells the siege twice (the assault and, as its duplicate, the hostage-taking)
    units = [
        Unit("e1", "a", "siege"),
        Unit("e2", "a", "siege"),
        Unit("e3", "b", "siege"),
        Unit("e4", "b", "vote"),
        Unit("e5", "c", None),
    ]
    split = {"e1": "s1", "e2": "s2", "e3": "s2", "e4": "s3", "e5": "s3"}
    groups = happening_groups(units, split)
    assert sorted((g.article, g.happening, sorted(g.stories)) for g in groups if g.happening) == [
        ("a", "siege", ["s1", "s2"]),
        ("b", "siege", ["s2"]),
        ("b", "vote", ["s3"]),
    ]
    counts = group_pair_counts(groups)
    # one gold pair (a's siege, b's siege), linked through s2; nothing wrongly linked
    assert (counts["gold_pairs"], counts["linked_pairs"]) == (1, 1)
    assert counts["pairs_with_non_events"] == 1  # e5 sits in s3 with b's vote
    # merged into one event, the same stories score the same; counted event by event they fell
    merged = happening_groups([units[0], *units[2:]], {**split, "e1": "s2"})
    assert group_pair_counts(merged)["pairwise_recall"] == counts["pairwise_recall"] == 1.0
    assert pair_counts(units, split)["pairwise_recall"] == 0.5
