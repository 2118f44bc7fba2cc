"""Cross-source merging, scored pairwise on a corpus with a gold grouping.

The corpus is a JSON Lines file of reports (``reports.jsonl``) and ``gold.json`` naming each
report's story and main event type. A report's predicted story is the story of its
highest-confidence event of that type. Over all pairs of reports: precision is the share of
pairs put in one story that belong together; recall the share of pairs that belong together
and were put in one story.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from crisislens.ingest.readers import read_texts
from crisislens.schemas import Article
from crisislens.store import Store
from crisislens.store.stories import rebuild_stories, story_of_main_event


def evaluate(pipeline, corpus: Path) -> dict:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["reports"]
    text = (corpus / "reports.jsonl").read_text(encoding="utf-8")
    articles = [a for a in read_texts([("merge", text)], kind="jsonl") if isinstance(a, Article)]
    store = Store.memory()
    store.write(zip(articles, pipeline.process(articles)))
    rebuild_stories(store.conn)
    predicted: dict[str, str | None] = {}
    for article in articles:
        key = article.source_id or article.article_id
        wanted = gold[key]["event_type"]
        predicted[key] = story_of_main_event(store.conn, article.article_id, wanted)
    tp = fp = fn = 0
    for a, b in combinations(sorted(predicted), 2):
        same_gold = gold[a]["story"] == gold[b]["story"]
        same_pred = predicted[a] is not None and predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    store.close()
    return {
        "reports": len(articles),
        "gold_pairs": tp + fn,
        "pairwise_precision": tp / (tp + fp) if tp + fp else 0.0,
        "pairwise_recall": tp / (tp + fn) if tp + fn else 0.0,
        "unmatched_reports": sorted(k for k, v in predicted.items() if v is None),
    }
