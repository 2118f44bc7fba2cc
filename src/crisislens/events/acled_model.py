"""A trained second opinion on ACLED sub-event types: sentence embedding + rule label -> class.

The rules in ``acled.yaml`` give each event an ACLED sub-event type from cue words. This head
re-reads the event's evidence sentence: a multinomial logistic regression over the sentence's
all-MiniLM-L6-v2 embedding (384-d) and a one-hot of the rules' choice. It predicts one of the 25
ACLED sub-event types or one of CASE 2021's five non-ACLED classes (DIPLO, ORG_CRIME, ...); a
non-ACLED class clears the event's ACLED type.

It looks only at events the rules gave an ACLED type: it may change the type, or clear it (a
non-ACLED class such as DIPLO), but never types an event the rules left out. Letting it also
type PLOVER events the rules left without an ACLED type embedded 30% more sentences and scored
lower (cross-validated weighted F1 0.740 against 0.748).

Training (``eval/train_acled_head.py``) uses the CASE 2021 task 2 development snippets; the
artifact ``data/acled_head.npz`` holds weights and the SHA-1 of each training snippet (no text),
so that ``crisislens eval case2021`` can tell a seen snippet from an unseen one and
cross-validate on seen data instead of scoring the head on what it learned.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from crisislens.schemas import Event

NONE = "NONE"
# CASE 2021 task 2's classes outside ACLED's typology
NON_ACLED = ("DIPLO", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ATTRIB")
RULE_WEIGHT = 0.5  # scale of the rule one-hot next to the unit-length embedding
DEFAULT_C = 16.0  # inverse regularisation strength (chosen by 5-fold CV on the dev snippets)


def text_key(text: str) -> str:
    """How the artifact remembers a training snippet: a hash, never the text."""
    return hashlib.sha1(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


@dataclass
class AcledHead:
    classes: list[str]  # ACLED sub-event types and NON_ACLED names
    rule_labels: list[str]  # NONE + the ACLED sub-event types, in one-hot order
    weights: np.ndarray  # (classes, 384 + rule_labels)
    bias: np.ndarray  # (classes,)
    trained_on: frozenset[str] = field(default_factory=frozenset)

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
            )

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            rule_labels=np.array(self.rule_labels),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            trained_on=np.array(sorted(self.trained_on)),
        )

    def features(self, embeddings: np.ndarray, rule_subs: list[str | None]) -> np.ndarray:
        onehot = np.zeros((len(rule_subs), len(self.rule_labels)), dtype=np.float32)
        for row, sub in enumerate(rule_subs):
            onehot[row, self.rule_labels.index(sub if sub in self.rule_labels else NONE)] = 1.0
        return np.hstack([embeddings.astype(np.float32), onehot * RULE_WEIGHT])

    def predict(self, embeddings: np.ndarray, rule_subs: list[str | None]) -> list[str]:
        logits = self.features(embeddings, rule_subs) @ self.weights.T + self.bias
        return [self.classes[i] for i in logits.argmax(axis=1)]

    def relabel(
        self, batch: list[list[Event]], embed, event_types: dict[str, str]
    ) -> list[list[Event]]:
        """Each list of events with the head's ACLED sub-event types.

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
        sentences = list(dict.fromkeys(batch[n][i].evidence.text for n, i in chosen))
        vectors = embed(sentences)
        row = {s: k for k, s in enumerate(sentences)}
        labels = self.predict(
            vectors[[row[batch[n][i].evidence.text] for n, i in chosen]],
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
    rule_subs: list[str | None],
    labels: list[str],
    rule_labels: list[str],
    c: float = DEFAULT_C,
    texts: list[str] | None = None,
) -> AcledHead:
    """Fit the head (scikit-learn's logistic regression) on labelled evidence sentences."""
    from sklearn.linear_model import LogisticRegression

    head = AcledHead([], rule_labels, np.zeros(0), np.zeros(0))
    x = head.features(embeddings, rule_subs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # rare classes have fewer members than folds
        model = LogisticRegression(C=c, max_iter=5000).fit(x, labels)
    head.classes = [str(c) for c in model.classes_]
    weights, bias = model.coef_, model.intercept_
    if len(head.classes) == 2:  # scikit-learn keeps one row for two classes: the second's logit
        weights, bias = np.vstack([np.zeros_like(weights), weights]), np.r_[0.0, bias]
    head.weights = weights.astype(np.float32)
    head.bias = bias.astype(np.float32)
    head.trained_on = frozenset(text_key(t) for t in texts or [])
    return head
