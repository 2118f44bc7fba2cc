"""Within-article event coreference on ECB+ (the dev topics' intra-document chains).

Each ECB+ article is coded as ``crisislens extract`` codes it. Every mention of every event
(``mentions[]``) whose trigger overlaps an annotated event mention is that mention's prediction,
and the event is its cluster. ECB+ annotates every event mention (said, announced, hired ...),
while crisislens codes political events only, so two things are measured apart:

- **detection**: how many annotated mentions (in the validated sentences, as the standard setup
  scores) an event mention of ours falls on, and how many of our mentions there fall on one;
- **coreference on the mentions we detect**: MUC, B-cubed, CEAF-e and their mean (CoNLL F1),
  and pairwise precision and recall, with the gold chains restricted to those mentions, against
  two baselines on the very same mentions: every mention alone, and mentions with the same
  words together (the usual same-lemma baseline, within each article).

Gold chains are the article's own: a cross-document chain counts only within one article.
Reported over all articles and over halves A and B (``half("ecbplus:<doc_id>")``).
"""

from __future__ import annotations

from pathlib import Path

from crisislens.evaluation import coref, ecbplus
from crisislens.evaluation.split import HALVES, half
from crisislens.ingest import make_article
from crisislens.link.text import dateline
from crisislens.schemas import ArticleRecord


def _predicted(doc: ecbplus.Document, record: ArticleRecord) -> tuple[dict[tuple, str], int, int]:
    """gold mention key -> our event id, and how many of our mentions fall in validated
    sentences (and how many of those hit an annotated mention)."""
    spans = [doc.sentences[n] for n in doc.validated if n in doc.sentences]
    gold = {(doc.doc_id, m.start, m.end): m for m in doc.events}
    response: dict[tuple, str] = {}
    ours = hits = 0
    for event in record.events:
        # an event's mentions, or (a record from before the article stage) its own trigger
        triggers = [m.trigger for m in getattr(event, "mentions", None) or []] or [event.trigger]
        for trigger in triggers:
            if trigger is None or not any(s <= trigger.start < e for s, e in spans):
                continue
            ours += 1
            match = next(
                (
                    key
                    for key, m in gold.items()
                    if m.start < trigger.end and trigger.start < m.end and key not in response
                ),
                None,
            )
            if match is not None:
                hits += 1
                response[match] = event.event_id
    return response, ours, hits


def score_doc(doc: ecbplus.Document, record: ArticleRecord) -> dict:
    response, ours, hits = _predicted(doc, record)
    key = {(doc.doc_id, m.start, m.end): (doc.doc_id, m.chain) for m in doc.events}
    detected = {k: key[k] for k in response}
    words = {
        k: (doc.doc_id, m.text.lower())
        for m in doc.events
        if (k := (doc.doc_id, m.start, m.end)) in response
    }
    return {
        "id": doc.doc_id,
        "half": half(f"ecbplus:{doc.doc_id}"),
        "gold_mentions": len(key),
        "our_mentions": ours,
        "our_hits": hits,
        "key": detected,
        "response": response,
        "same_words": words,
    }


def summarise(rows: list[dict]) -> dict:
    key = {k: v for r in rows for k, v in r["key"].items()}
    response = {k: v for r in rows for k, v in r["response"].items()}
    same_words = {k: v for r in rows for k, v in r["same_words"].items()}
    gold = sum(r["gold_mentions"] for r in rows)
    ours = sum(r["our_mentions"] for r in rows)
    hits = sum(r["our_hits"] for r in rows)
    singletons = {k: k for k in key}
    report = {
        "n": len(rows),
        "gold_mentions": gold,
        "detected": len(key),
        "detection_recall": len(key) / gold if gold else None,
        "detection_precision": hits / ours if ours else None,
        "key_chains_on_detected": len(coref.clusters(key)),
    }
    if not key:
        return report
    ours_scores = coref.score_all(key, response)
    report["crisislens"] = {**ours_scores, "pairwise": coref.pairwise(key, response).as_dict()}
    report["baseline_singletons"] = {"conll_f1": coref.conll_f1(key, singletons)}
    report["baseline_same_words"] = {
        "conll_f1": coref.conll_f1(key, same_words),
        "pairwise": coref.pairwise(key, same_words).as_dict(),
    }
    return report


def evaluate(pipeline, root: Path, which: str = "dev", limit: int | None = None) -> dict:
    docs = ecbplus.read_topics(root, which)[:limit]
    articles = [
        make_article(
            d.text, origin=f"ecbplus:{d.doc_id}", source_id=d.doc_id, published=dateline(d.text)
        )
        for d in docs
    ]
    rows = [score_doc(d, r) for d, r in zip(docs, pipeline.process(articles))]
    report = {"dataset": f"ECB+ {which} topics", **summarise(rows)}
    report["halves"] = {h: summarise([r for r in rows if r["half"] == h]) for h in HALVES}
    return report
