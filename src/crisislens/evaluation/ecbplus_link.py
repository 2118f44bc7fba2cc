"""Cross-document event coreference on ECB+: the story linker against the gold chains.

**With gold mentions** (the standard setting of Cybulska & Vossen 2015, Barhom et al. 2019,
Cattan et al. 2021): the gold event mentions of all chosen topics are handed to the linker as
one collection, every document linked jointly with every other (no gold topic or document
grouping is given: the linker finds its own groups of documents), and MUC, B-cubed, CEAF-e and
their mean, the CoNLL F1, are computed over all mentions as one document, singletons included.

**End to end**: crisislens codes each document itself; a gold mention is matched to a coded
event whose trigger overlaps it, the stories of those events are the response, and gold mentions
no event matches are left out of the response (they count against recall).

Baselines, as published: one cluster per head lemma over all documents, within each gold topic,
and within each gold group of documents about one seminal event (the last two use gold groupings
a linker does not have; they are there for scale).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from crisislens.evaluation import coref
from crisislens.evaluation.ecbplus import Document, read_topics
from crisislens.evaluation.split import half
from crisislens.link.linker import LinkInput

Key = tuple[str, int, int]


def link_inputs(docs: list[Document]) -> tuple[list[LinkInput], dict[Key, str]]:
    """The documents as ``link`` input (gold event mentions) and the gold clustering."""
    inputs = [LinkInput(d.doc_id, d.text, [(m.start, m.end) for m in d.events]) for d in docs]
    gold = {(d.doc_id, m.start, m.end): m.chain for d in docs for m in d.events}
    return inputs, gold


def lemma_baselines(docs: list[Document], lemmas: dict[Key, str]) -> dict[str, dict]:
    """Same head lemma -> same event: over all documents, per gold topic, per seminal group."""
    _, gold = link_inputs(docs)
    heads: dict[Key, tuple[str, int, str]] = {}
    for d in docs:
        for m in d.events:
            key = (d.doc_id, m.start, m.end)
            heads[key] = (lemmas.get(key) or m.text.lower(), d.topic, d.seminal_group)
    return {
        "all_documents": coref.score_all(gold, {k: v[0] for k, v in heads.items()}),
        "within_gold_topic": coref.score_all(gold, {k: (v[0], v[1]) for k, v in heads.items()}),
        "within_gold_seminal_group": coref.score_all(
            gold, {k: (v[0], v[2]) for k, v in heads.items()}
        ),
    }


def _subset(assignment: dict, keys) -> dict:
    return {k: assignment[k] for k in keys}


def score_response(docs: list[Document], gold: dict, response: dict) -> dict:
    """Scores over all documents, and over each fixed half (by topic) and each topic."""
    report = coref.score_all(gold, response)
    report["pairwise"] = coref.pairwise(gold, response).as_dict()
    halves: dict[str, list] = defaultdict(list)
    for d in docs:
        halves[half(f"ecbplus:{d.topic}")].extend((d.doc_id, m.start, m.end) for m in d.events)
    report["halves"] = {
        h: {
            **coref.score_all(_subset(gold, ks), {k: response[k] for k in ks if k in response}),
            "n": len(ks),
        }
        for h, ks in sorted(halves.items())
    }
    by_topic: dict[int, list] = defaultdict(list)
    for d in docs:
        by_topic[d.topic].extend((d.doc_id, m.start, m.end) for m in d.events)
    report["topics"] = {
        str(t): coref.score_all(_subset(gold, ks), _subset(response, ks))["conll_f1"]
        for t, ks in sorted(by_topic.items())
    }
    return report


def evaluate_gold_mentions(
    linker, root: Path, topics: str = "dev", progress: Callable | None = None
) -> dict:
    """The linker on the gold mentions of ``topics``, all documents linked jointly."""
    docs = read_topics(root, topics)
    inputs, gold = link_inputs(docs)
    started = time.perf_counter()
    data = linker.featurize(inputs, progress)
    ids = linker.cluster(data)
    seconds = time.perf_counter() - started
    response = {m.key: sid for m, sid in zip(data.mentions, ids)}
    lemmas = {m.key: m.lemma for m in data.mentions}
    report = score_response(docs, gold, response)
    report.update(
        {
            "topics_read": topics,
            "documents": len(docs),
            "link_seconds": round(seconds, 1),
            "baselines": lemma_baselines(docs, lemmas),
        }
    )
    return report


def _event_triggers(events) -> list[tuple[str, int, int]]:
    """(event id, start, end) of every trigger that tells of each event: its own and its
    mentions' (the article coder makes one event of a happening's mentions)."""
    found: dict[tuple[int, int], str] = {}
    for e in events:
        spans = [e.trigger] + [m.trigger for m in getattr(e, "mentions", None) or []]
        for t in spans:
            if t is not None:
                found.setdefault((t.start, t.end), e.event_id)
    return [(event_id, start, end) for (start, end), event_id in found.items()]


def evaluate_end_to_end(pipeline, root: Path, topics: str = "dev") -> dict:
    """crisislens's own events, stored and linked as ``ingest`` does, against the gold chains
    (:func:`score_end_to_end`)."""
    docs, articles = end_to_end_articles(root, topics)
    return score_end_to_end(docs, articles, list(pipeline.process(articles)), topics)


def end_to_end_articles(root: Path, topics: str = "dev") -> tuple[list[Document], list]:
    """The documents of ``topics`` and the articles crisislens codes from them."""
    from crisislens.ingest import make_article
    from crisislens.link.text import dateline

    docs = read_topics(root, topics)
    articles = [
        make_article(d.text, origin=d.doc_id, published=dateline(d.text)).model_copy(
            update={"source_id": d.doc_id}
        )
        for d in docs
    ]
    return docs, articles


def score_end_to_end(docs, articles, records, topics: str = "dev", linker=None) -> dict:
    """Score coded documents' stories against the gold chains.

    A gold mention is matched to a coded event whose trigger, or one of its ``mentions``'
    triggers, overlaps it (the first such event);
    the response holds each matched mention with its event's story, and each coded event of a
    validated sentence that matches no gold mention (it counts against precision). Gold mentions
    no event matches are missing from the response (they count against recall).
    """
    from crisislens.store import Store
    from crisislens.store.stories import rebuild_stories, story_of_events

    _, gold = link_inputs(docs)
    store = Store.memory()
    store.write(zip(articles, records))
    rebuild_stories(store.conn, linker)
    story_of = story_of_events(store.conn)
    response: dict = {}
    matched_events = 0
    for doc, record in zip(docs, records):
        triggers = _event_triggers(record.events)
        used: set[tuple[int, int]] = set()
        for m in doc.events:
            hit = next(
                (t for t in triggers if t[1] < m.end and m.start < t[2] and t[0] in story_of),
                None,
            )
            if hit is not None:
                response[(doc.doc_id, m.start, m.end)] = story_of[hit[0]]
                used.add(hit[1:])
        matched_events += len({t[0] for t in triggers if t[1:] in used})
        validated = [doc.sentences[s] for s in doc.validated if s in doc.sentences]
        for event_id, start, end in triggers:
            inside = any(s <= start < t for s, t in validated)
            if (start, end) not in used and inside and event_id in story_of:
                response[(doc.doc_id, start, end, "extra")] = story_of[event_id]
    store.close()
    report = coref.score_all(gold, response)
    report.update(
        {
            "topics_read": topics,
            "documents": len(docs),
            "gold_mentions": len(gold),
            "gold_mentions_matched": sum(1 for k in response if len(k) == 3),
            "unmatched_events": sum(1 for k in response if len(k) == 4),
        }
    )
    return report
