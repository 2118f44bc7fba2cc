"""A trained second opinion on ACLED sub-event types: sentence embeddings + rule label -> class.

The rules in ``acled.yaml`` give each event an ACLED sub-event type from cue words. This head
re-reads the event's evidence sentence: a multinomial logistic regression over

- the sentence's all-MiniLM-L6-v2 embedding (384-d, nlp/embedder.py, NumPy);
- its context: the mean embedding of the article's neighbouring event sentences (the typed
  event sentences just before and after it), so that 'the fighters' of one sentence can borrow
  'the army shelled the town' from the next; these are embedded anyway, so it costs nothing;
- a one-hot of the rules' choice.

It predicts one of the 25 ACLED sub-event types or one of CASE 2021's five non-ACLED classes
(DIPLO, ORG_CRIME, ...); a non-ACLED class clears the event's ACLED type. It looks only at events
the rules gave an ACLED type: it may change the type or clear it, but never types an event the
rules left out (only event sentences are embedded). Letting it also type PLOVER events the rules
left without an ACLED type embedded 30% more sentences and scored lower (cross-validated
weighted F1 0.740 against 0.748).

Training (``eval/train_acled_head.py``) uses the CASE 2021 task 2 development snippets; the
artifact ``data/acled_head.npz`` holds weights, its settings, the name of the encoder it was
fitted to and the SHA-1 of each training snippet (no text), so that ``crisislens eval case2021``
can tell a seen snippet from an unseen one and cross-validate on seen data instead of scoring
the head on what it learned. all-mpnet-base-v2 (nlp/mpnet.py) scores higher but costs too much
throughput to be the default; see docs/DESIGN.md, "The ACLED head".

A head may carry a second one, ``top``, that re-reads only each article's top typed event (the
one with the highest confidence, which is the event CASE 2021 scores) with a second encoder
beside the first: its features are both encoders' vectors of the sentence side by side, the
first encoder's context and the rules' label. The second encoder then runs on one sentence per
article instead of every typed one (``eval/train_acled_head.py --top mpnet``)."""

from __future__ import annotations

import hashlib
import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from crisislens.schemas import Event

NONE = "NONE"
# CASE 2021 task 2's classes outside ACLED's typology
NON_ACLED = ("DIPLO", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ATTRIB")
# the encoder the head's weights are fitted to: MINILM, MPNET or both joined by "+"
MINILM = "all-MiniLM-L6-v2"
MPNET = "all-mpnet-base-v2/int8-v1"
ENCODER = MINILM
# Scales of the feature blocks next to the unit-length embedding, and the inverse regularisation
# strength; how they were chosen is in docs/DESIGN.md ("The ACLED head").
RULE_WEIGHT = 0.5
CONTEXT_WEIGHT = 0.5
DEFAULT_C = 16.0
# class_weight="balanced" (each class weighs the same however many snippets it has) raised half
# B and lowered half A with MiniLM: off
BALANCED = False
# the top-event head (``AcledHead.top``): leaning less on the rules' label, classes balanced
TOP_RULE_WEIGHT = 0.25
TOP_BALANCED = True
# the top-event head reads only top events the first head is unsure of: those whose most likely
# class it gives a probability below this (1.0: every top event). At 0.55 it reads about 27% of
# the CASE snippets' top events and keeps its gain (mean of three cross-validation draws, half A
# 0.745 against 0.745 reading all; docs/DESIGN.md, "The ACLED head")
TOP_GATE = 0.55

Embed = Callable[[list[str]], np.ndarray]


def text_key(text: str) -> str:
    """How the artifact remembers a training snippet: a hash, never the text."""
    return hashlib.sha1(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


def neighbours(sentences: list[str], sentence: str) -> list[str]:
    """The event sentences just before and after ``sentence`` in an article's ordered list."""
    if sentence not in sentences:
        return []
    k = sentences.index(sentence)
    return sentences[max(0, k - 1) : k] + sentences[k + 1 : k + 2]


def typed_sentences(events: list[Event]) -> list[str]:
    """The distinct evidence sentences of an article's ACLED-typed events, in text order."""
    typed = sorted((e for e in events if e.acled_sub_event_type), key=lambda e: e.evidence.start)
    return list(dict.fromkeys(e.evidence.text for e in typed))


def context_vectors(
    vectors: np.ndarray, row: dict[str, int], contexts: list[list[str]]
) -> np.ndarray:
    """The mean vector of each list of context sentences (zeros for an empty list)."""
    out = np.zeros((len(contexts), vectors.shape[1]), dtype=np.float32)
    for k, sentences in enumerate(contexts):
        if sentences:
            out[k] = vectors[[row[s] for s in sentences]].mean(axis=0)
    return out


@dataclass
class AcledHead:
    classes: list[str]  # ACLED sub-event types and NON_ACLED names
    rule_labels: list[str]  # NONE + the ACLED sub-event types, in one-hot order
    weights: np.ndarray  # (classes, 2 * dimensions + rule_labels)
    bias: np.ndarray  # (classes,)
    trained_on: frozenset[str] = field(default_factory=frozenset)
    rule_weight: float = RULE_WEIGHT
    context_weight: float = CONTEXT_WEIGHT
    encoder: str = ENCODER
    # re-reads each article's top typed event with a second encoder (``encoder`` of the top
    # head) beside this one's; None: this head reads every typed event
    top: AcledHead | None = None
    # the top head re-reads a top event only where this head's probability of its own choice
    # is below the gate (1.0: always)
    top_gate: float = TOP_GATE

    @classmethod
    def load(cls, path: Path | None = None) -> AcledHead:
        path = path or Path(str(resources.files("crisislens") / "data" / "acled_head.npz"))
        with np.load(path, allow_pickle=False) as data:
            head = cls._from_arrays(data, "")
            if "top_weights" in data:
                head.top = cls._from_arrays(data, "top_")
                head.top_gate = float(data["top_gate"]) if "top_gate" in data else 1.0
            return head

    @classmethod
    def _from_arrays(cls, data, prefix: str) -> AcledHead:
        return cls(
            [str(c) for c in data[prefix + "classes"]],
            [str(r) for r in data[prefix + "rule_labels"]],
            data[prefix + "weights"].astype(np.float32),
            data[prefix + "bias"].astype(np.float32),
            frozenset(str(k) for k in data["trained_on"]),
            float(data[prefix + "rule_weight"]),
            float(data[prefix + "context_weight"]),
            str(data[prefix + "encoder"]),
        )

    def _arrays(self, prefix: str) -> dict[str, Any]:
        return {
            prefix + "classes": np.array(self.classes),
            prefix + "rule_labels": np.array(self.rule_labels),
            prefix + "weights": self.weights.astype(np.float32),
            prefix + "bias": self.bias.astype(np.float32),
            prefix + "rule_weight": np.float32(self.rule_weight),
            prefix + "context_weight": np.float32(self.context_weight),
            prefix + "encoder": np.array(self.encoder),
        }

    def save(self, path: Path) -> None:
        arrays = self._arrays("")
        if self.top is not None:
            arrays.update(self.top._arrays("top_"), top_gate=np.float32(self.top_gate))
        np.savez_compressed(path, trained_on=np.array(sorted(self.trained_on)), **arrays)

    def features(
        self, embeddings: np.ndarray, contexts: np.ndarray, rule_subs: list[str | None]
    ) -> np.ndarray:
        onehot = np.zeros((len(rule_subs), len(self.rule_labels)), dtype=np.float32)
        for row, sub in enumerate(rule_subs):
            onehot[row, self.rule_labels.index(sub if sub in self.rule_labels else NONE)] = 1.0
        return np.hstack(
            [
                embeddings.astype(np.float32),
                contexts.astype(np.float32) * self.context_weight,
                onehot * self.rule_weight,
            ]
        )

    def predict(
        self, embeddings: np.ndarray, contexts: np.ndarray, rule_subs: list[str | None]
    ) -> list[str]:
        return self.predict_sure(embeddings, contexts, rule_subs)[0]

    def predict_sure(
        self, embeddings: np.ndarray, contexts: np.ndarray, rule_subs: list[str | None]
    ) -> tuple[list[str], np.ndarray]:
        """Each row's class, and the probability the head gives it (its softmax maximum)."""
        logits = self.features(embeddings, contexts, rule_subs) @ self.weights.T + self.bias
        logits = logits - logits.max(axis=1, keepdims=True)
        sure = 1.0 / np.exp(logits).sum(axis=1)  # exp(0) over the sum: the top class's share
        return [self.classes[i] for i in logits.argmax(axis=1)], sure

    def relabel(
        self,
        batch: list[list[Event]],
        embed: Embed,
        event_types: dict[str, str],
        embed_top: Embed | None = None,
    ) -> list[list[Event]]:
        """Each list of events (one list per article) with the head's ACLED sub-event types.

        ``embed`` maps sentences to vectors (one call for the whole batch, one vector per distinct
        sentence); ``event_types`` maps each ACLED sub-event type to its ACLED event type.
        ``embed_top`` is the top head's encoder, asked only for each article's top typed event.
        """
        chosen = [
            (n, i)
            for n, events in enumerate(batch)
            for i, e in enumerate(events)
            if e.acled_sub_event_type
        ]
        if not chosen:
            return batch
        ordered = [typed_sentences(events) for events in batch]
        sentences = list(dict.fromkeys(s for article in ordered for s in article))
        vectors = embed(sentences)
        row = {s: k for k, s in enumerate(sentences)}
        texts = [batch[n][i].evidence.text for n, i in chosen]
        embeddings = vectors[[row[s] for s in texts]]
        contexts = context_vectors(
            vectors, row, [neighbours(ordered[n], s) for (n, _), s in zip(chosen, texts)]
        )
        rule_subs = [batch[n][i].acled_sub_event_type for n, i in chosen]
        labels, sure = self.predict_sure(embeddings, contexts, rule_subs)
        if self.top is not None and embed_top is not None:
            # the top events this head is unsure of (none: the second encoder is not asked)
            rows = [k for k in top_rows(batch, chosen) if sure[k] < self.top_gate]
            if rows:
                extra = embed_top([texts[k] for k in rows])
                top_labels = self.top.predict(
                    joined(embeddings[rows], extra), contexts[rows], [rule_subs[k] for k in rows]
                )
                for k, label in zip(rows, top_labels):
                    labels[k] = label
        return _with_labels(batch, chosen, labels, event_types)


def top_rows(batch: list[list[Event]], chosen: list[tuple[int, int]]) -> list[int]:
    """Rows of ``chosen`` that hold each article's top typed event (highest confidence, the
    first of equals, as ``max`` picks it)."""
    best: dict[int, int] = {}
    for k, (n, i) in enumerate(chosen):
        if n not in best or batch[n][i].confidence > batch[n][chosen[best[n]][1]].confidence:
            best[n] = k
    return sorted(best.values())


def joined(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Two encoders' unit vectors side by side, scaled to unit length (as nlp.embedder's
    Concatenated joins them)."""
    return (np.hstack([first, second]) / math.sqrt(2)).astype(np.float32)


def _with_labels(
    batch: list[list[Event]],
    chosen: list[tuple[int, int]],
    labels: list[str],
    event_types: dict[str, str],
) -> list[list[Event]]:
    out = [list(events) for events in batch]
    for (n, i), label in zip(chosen, labels):
        event = batch[n][i]
        sub = label if label in event_types else None
        if sub != event.acled_sub_event_type:
            out[n][i] = event.model_copy(
                update={
                    "acled_sub_event_type": sub,
                    "acled_event_type": event_types.get(sub) if sub else None,
                }
            )
    return out


def train(
    embeddings: np.ndarray,
    contexts: np.ndarray,
    rule_subs: list[str | None],
    labels: list[str],
    rule_labels: list[str],
    c: float = DEFAULT_C,
    texts: list[str] | None = None,
    rule_weight: float = RULE_WEIGHT,
    context_weight: float = CONTEXT_WEIGHT,
    balanced: bool = BALANCED,
    encoder: str = ENCODER,
) -> AcledHead:
    """Fit the head (scikit-learn's logistic regression) on labelled evidence sentences."""
    from sklearn.linear_model import LogisticRegression

    head = AcledHead(
        [], rule_labels, np.zeros(0), np.zeros(0), frozenset(), rule_weight, context_weight, encoder
    )
    x = head.features(embeddings, contexts, rule_subs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # rare classes have fewer members than folds
        model = LogisticRegression(
            C=c, max_iter=5000, class_weight="balanced" if balanced else None
        ).fit(x, labels)
    head.classes = [str(c) for c in model.classes_]
    weights, bias = model.coef_, model.intercept_
    if len(head.classes) == 2:  # scikit-learn keeps one row for two classes: the second's logit
        weights, bias = np.vstack([np.zeros_like(weights), weights]), np.r_[0.0, bias]
    head.weights = weights.astype(np.float32)
    head.bias = bias.astype(np.float32)
    head.trained_on = frozenset(text_key(t) for t in texts or [])
    return head


def train_top(
    embeddings: np.ndarray,
    extra: np.ndarray,
    contexts: np.ndarray,
    rule_subs: list[str | None],
    labels: list[str],
    rule_labels: list[str],
    encoder: str,
    c: float = DEFAULT_C,
) -> AcledHead:
    """Fit a top-event head (``AcledHead.top``): ``embeddings`` and ``contexts`` from the first
    encoder, ``extra`` the same sentences' vectors from the second, named ``encoder``."""
    return train(
        joined(embeddings, extra),
        contexts,
        rule_subs,
        labels,
        rule_labels,
        c=c,
        rule_weight=TOP_RULE_WEIGHT,
        balanced=TOP_BALANCED,
        encoder=encoder,
    )
