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
throughput to be the default; see docs/DESIGN.md, "The ACLED head"."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

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

    @classmethod
    def load(cls, path: Path | None = None) -> AcledHead:
        path = path or Path(str(resources.files("crisislens") / "data" / "acled_head.npz"))
        with np.load(path, allow_pickle=False) as data:
            return cls(
                [str(c) for c in data["classes"]],
                [str(r) for r in data["rule_labels"]],
                data["weights"].astype(np.float32),
                data["bias"].astype(np.float32),
                frozenset(str(k) for k in data["trained_on"]),
                float(data["rule_weight"]),
                float(data["context_weight"]),
                str(data["encoder"]),
            )

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            rule_labels=np.array(self.rule_labels),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            trained_on=np.array(sorted(self.trained_on)),
            rule_weight=np.float32(self.rule_weight),
            context_weight=np.float32(self.context_weight),
            encoder=np.array(self.encoder),
        )

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
        logits = self.features(embeddings, contexts, rule_subs) @ self.weights.T + self.bias
        return [self.classes[i] for i in logits.argmax(axis=1)]

    def relabel(
        self, batch: list[list[Event]], embed: Embed, event_types: dict[str, str]
    ) -> list[list[Event]]:
        """Each list of events (one list per article) with the head's ACLED sub-event types.

        ``embed`` maps sentences to vectors (one call for the whole batch, one vector per distinct
        sentence); ``event_types`` maps each ACLED sub-event type to its ACLED event type.
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
        labels = self.predict(
            vectors[[row[s] for s in texts]],
            context_vectors(
                vectors, row, [neighbours(ordered[n], s) for (n, _), s in zip(chosen, texts)]
            ),
            [batch[n][i].acled_sub_event_type for n, i in chosen],
        )
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
