"""A small trained classifier for ACLED sub-event types, on top of the rules.

Features of an event: the evidence sentence's mean word vector (spaCy's 300-d vectors, L2
normalised) and a one-hot of the sub-event type the rules chose. A multinomial logistic
regression (trained by ``eval/train_acled.py``; weights in ``data/acled_model.npz``) turns them
into a sub-event type. At run time it is a matrix product: no extra model to load.

Training data: the CASE 2021 task 2 development snippets (see docs/ACCURACY.md for the data
note). Scores on that set are cross-validated (``crisislens eval case2021`` does it itself when
the shipped model was trained on the file it is given).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

NONE = "NONE"


@dataclass
class AcledModel:
    labels: list[str]  # ACLED sub-event types, in the order of the weight rows
    rule_labels: list[str]  # the rule labels of the one-hot block (NONE included)
    weights: np.ndarray  # (n_labels, n_features)
    bias: np.ndarray  # (n_labels,)
    trained_on: str = ""  # sha256 of the training file, to detect scoring on training data
    override_probability: float = 0.6

    @classmethod
    def load(cls, path: Path | None = None) -> "AcledModel | None":
        path = path or Path(str(resources.files("crisislens") / "data" / "acled_model.npz"))
        if not path.exists():
            return None
        data = np.load(path, allow_pickle=False)
        meta = json.loads(str(data["meta"]))
        return cls(meta["labels"], meta["rule_labels"], data["weights"], data["bias"],
                   meta.get("trained_on", ""), meta.get("override_probability", 0.6))

    def save(self, path: Path) -> None:
        meta = {"labels": self.labels, "rule_labels": self.rule_labels,
                "trained_on": self.trained_on, "override_probability": self.override_probability}
        np.savez_compressed(path, weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32), meta=json.dumps(meta))

    def features(self, vector: np.ndarray, rule_label: str | None) -> np.ndarray:
        return featurize(vector, rule_label, self.rule_labels)

    def predict(self, vector: np.ndarray, rule_label: str | None) -> tuple[str, float]:
        x = self.features(vector, rule_label)
        logits = self.weights @ x + self.bias
        logits -= logits.max()
        probs = np.exp(logits)
        probs /= probs.sum()
        best = int(probs.argmax())
        return self.labels[best], float(probs[best])


def featurize(vector: np.ndarray, rule_label: str | None, rule_labels: list[str]) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    dense = vector / norm if norm > 0 else vector
    onehot = np.zeros(len(rule_labels), dtype=np.float32)
    label = rule_label or NONE
    if label in rule_labels:
        onehot[rule_labels.index(label)] = 1.0
    return np.concatenate([dense.astype(np.float32), onehot])


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
