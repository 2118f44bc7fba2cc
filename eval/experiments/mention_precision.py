"""Is each coded event an event the text asserts? Measured on ECB+, whose validated sentences have
every event mention annotated, and a small trained scorer for it.

    .venv/bin/python eval/experiments/mention_precision.py --shared ../shared

Every event crisislens codes with a trigger in a validated sentence is a candidate. It is a real
event mention when its trigger overlaps a gold ACTION_* mention (occurrence, state, reporting,
aspectual, causative or perception; a NEG_ACTION_* mention is a real but negated one, and an
ACTION_GENERIC one no specific happening). Precision is over the candidates we call asserted.

The scorer is a logistic regression over the trigger's contextual MiniLM embedding (its
wordpieces' last-layer states in its sentence) and a few parse features, trained on the train
topics and scored on the dev topics (the standard split; the test topics are never read). It
is compared with the hand rules (events/rules/assertion.py) and with both together.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import DocBin

from crisislens.evaluation.ecbplus import read_topics
from crisislens.events.types import type_codes
from crisislens.ingest import make_article
from crisislens.nlp.embedder import SentenceEmbedder
from crisislens.pipeline import Pipeline
from crisislens.schemas import MODALITIES
from crisislens.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
POS = ("VERB", "NOUN", "PROPN", "ADJ", "AUX", "OTHER")
DEPS = (
    "ROOT",
    "ccomp",
    "xcomp",
    "advcl",
    "relcl",
    "acl",
    "conj",
    "dobj",
    "pobj",
    "nsubj",
    "nsubjpass",
    "compound",
    "attr",
    "oprd",
    "OTHER",
)


@dataclass
class Candidate:
    doc_id: str
    topic: int
    sentence: str
    start: int  # trigger offsets in the sentence
    end: int
    event_type: str
    modality: str
    confidence: float
    label: int  # 1: overlaps a real gold event mention
    gold_kind: str | None
    parse: list[float]


def _parse_features(doc, start_char: int, end_char: int, sent) -> list[float]:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    token = span.root if span is not None else doc[0]
    pos = token.pos_ if token.pos_ in POS else "OTHER"
    dep = token.dep_ if token.dep_ in DEPS else "OTHER"
    text = sent.text
    before = text[: start_char - sent.start_char]
    return (
        [float(pos == p) for p in POS]
        + [float(dep == d) for d in DEPS]
        + [
            float("?" in text),
            float(before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")),
            float(token.is_title and token.i != sent.start),
            float(bool(token.ent_type_)),
            float(token.head.lower_ == "without"),
            len(sent) / 50.0,
        ]
    )


def candidates(pipeline, docs, cache: Path) -> list[Candidate]:
    texts = [d.text for d in docs]
    digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache / f"ecbplus-{digest}.spacy"
    if path.exists():
        parsed = list(DocBin().from_disk(path).get_docs(pipeline.nlp.vocab))
    else:
        parsed = list(pipeline.nlp.pipe(texts, batch_size=32))
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(docs=parsed, store_user_data=True).to_disk(path)
    out = []
    for gold, doc in zip(docs, parsed):
        record = pipeline.record(doc, make_article(gold.text, origin=gold.doc_id))
        spans = {n: gold.sentences[n] for n in gold.validated if n in gold.sentences}
        seen = set()
        for event in record.events:
            if event.trigger is None or (event.trigger.start, event.trigger.end) in seen:
                continue
            inside = [(n, s, e) for n, (s, e) in spans.items() if s <= event.trigger.start < e]
            if not inside:
                continue
            seen.add((event.trigger.start, event.trigger.end))
            _, s, e = inside[0]
            hits = [
                m
                for m in gold.events
                if m.start < event.trigger.end and event.trigger.start < m.end
            ]
            kind = hits[0].kind if hits else None
            real = any(not m.kind.startswith("NEG_") and m.kind != "ACTION_GENERIC" for m in hits)
            sent = doc.char_span(s, e, alignment_mode="expand")
            out.append(
                Candidate(
                    gold.doc_id,
                    gold.topic,
                    gold.text[s:e],
                    event.trigger.start - s,
                    event.trigger.end - s,
                    event.event_type,
                    event.modality,
                    event.confidence,
                    int(real),
                    kind,
                    _parse_features(doc, event.trigger.start, event.trigger.end, sent),
                )
            )
    return out


def features(cands: list[Candidate], embedder: SentenceEmbedder) -> np.ndarray:
    sentences = [c.sentence for c in cands]
    states = [
        state
        for start in range(0, len(sentences), 32)
        for state in embedder.token_states(sentences[start : start + 32])
    ]
    rows = []
    for c, (vectors, offsets) in zip(cands, states):
        inside = [i for i, (s, e) in enumerate(offsets) if e > s and s < c.end and c.start < e]
        vec = vectors[inside].mean(0) if inside else vectors.mean(0)
        vec = vec / max(np.linalg.norm(vec), 1e-9)
        other = (
            [float(c.event_type == t) for t in type_codes()]
            + [float(c.modality == m) for m in MODALITIES]
            + [c.confidence]
            + c.parse
        )
        rows.append(np.concatenate([vec, np.array(other, dtype=np.float32)]))
    return np.vstack(rows)


def prf(pred: np.ndarray, gold: np.ndarray) -> dict:
    tp = int((pred & gold).sum())
    p = tp / max(int(pred.sum()), 1)
    r = tp / max(int(gold.sum()), 1)
    return {
        "kept": int(pred.sum()),
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / max(p + r, 1e-9), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/crisislens-snapshot"))
    parser.add_argument("--dump", type=Path, help="Write the train candidates here (JSONL).")
    parser.add_argument(
        "--no-assertion-rules", action="store_true", help="Code without events/rules/assertion.py."
    )
    args = parser.parse_args()
    if args.no_assertion_rules:
        from crisislens.events import extract

        extract.judge = lambda drafts: None  # type: ignore[assignment]
    from sklearn.linear_model import LogisticRegression

    root = args.shared / "data" / "realnews" / "ecbplus"
    pipeline = Pipeline.load(Settings.from_env(acled_model=False))
    embedder = SentenceEmbedder()
    train = candidates(pipeline, read_topics(root, "train"), args.cache)
    dev = candidates(pipeline, read_topics(root, "dev"), args.cache)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for c in train:
                out.write(json.dumps(c.__dict__) + "\n")
    x_train, x_dev = features(train, embedder), features(dev, embedder)
    y_train = np.array([c.label for c in train], dtype=bool)
    y_dev = np.array([c.label for c in dev], dtype=bool)
    asserted = np.array([c.modality == "asserted" for c in dev], dtype=bool)
    print(
        f"candidates: train {len(train)} ({y_train.mean():.2f} real), dev {len(dev)} ({y_dev.mean():.2f} real)"
    )
    print("all candidates      ", prf(np.ones_like(y_dev), y_dev))
    print("asserted (rules)    ", prf(asserted, y_dev))
    for c_reg in (0.1, 1.0):
        model = LogisticRegression(C=c_reg, max_iter=2000, class_weight="balanced")
        model.fit(x_train, y_train)
        prob = model.predict_proba(x_dev)[:, 1]
        for threshold in (0.3, 0.5):
            kept = prob >= threshold
            print(
                f"scorer C={c_reg} t={threshold}",
                prf(kept, y_dev),
                "| with rules",
                prf(kept & asserted, y_dev),
            )


if __name__ == "__main__":
    main()
