"""Cross-source merging, scored pairwise on a corpus with a gold grouping.

The corpus is a JSON Lines file of reports (``reports.jsonl``) and ``gold.json`` naming each
report's story and main event type. A report's predicted story is the story of its
highest-confidence event of that type. Over all pairs of reports: precision is the share of
pairs put in one story that belong together; recall the share of pairs that belong together
and were put in one story. Halves are by gold story (``half("merge:<story>")``); a pair counts
in each half one of its stories falls in.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from crisislens.evaluation.split import HALVES, half
from crisislens.ingest.readers import read_texts
from crisislens.schemas import Article
from crisislens.store import Store
from crisislens.store.stories import rebuild_stories, story_of_main_event


def read_corpus(corpus: Path) -> tuple[dict, list[Article]]:
    """The gold (report id -> story and event type) and the reports as articles."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["reports"]
    text = (corpus / "reports.jsonl").read_text(encoding="utf-8")
    articles = [a for a in read_texts([("merge", text)], kind="jsonl") if isinstance(a, Article)]
    return gold, articles


def evaluate(pipeline, corpus: Path) -> dict:
    gold, articles = read_corpus(corpus)
    return score(gold, articles, list(pipeline.process(articles)))


def score(gold: dict, articles: list[Article], records: list, linker=None) -> dict:
    """Store and link coded reports as ``ingest`` does, and score the stories pairwise."""
    store = Store.memory()
    store.write(zip(articles, records))
    rebuild_stories(store.conn, linker)
    predicted: dict[str, str | None] = {}
    for article in articles:
        key = article.source_id or article.article_id
        wanted = gold[key]["event_type"]
        predicted[key] = story_of_main_event(store.conn, article.article_id, wanted)
    store.close()

    def pairs(which: str | None) -> dict:
        tp = fp = fn = 0
        for a, b in combinations(sorted(predicted), 2):
            stories = {gold[a]["story"], gold[b]["story"]}
            if which and which not in {half(f"merge:{s}") for s in stories}:
                continue
            same_gold = len(stories) == 1
            same_pred = predicted[a] is not None and predicted[a] == predicted[b]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
        return {
            "gold_pairs": tp + fn,
            "pairwise_precision": tp / (tp + fp) if tp + fp else 0.0,
            "pairwise_recall": tp / (tp + fn) if tp + fn else 0.0,
        }

    return {
        "reports": len(articles),
        **pairs(None),
        "halves": {h: pairs(h) for h in HALVES},
        "unmatched_reports": sorted(k for k, v in predicted.items() if v is None),
    }
