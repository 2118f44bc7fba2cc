"""The pair model: pairwise evidence -> the probability that two mentions are one event.

A small multilayer perceptron (standardised features, one ReLU hidden layer, a logistic output),
trained by ``eval/train_linker.py`` on pairs of mentions from ECB+'s training topics only, or the
mean of a few such networks trained from different random starts (``members``): one network's
dev score moves by about 0.005 CoNLL F1 with its seed alone, their mean much less. The
artifact ``data/link_model.npz`` holds its weights, the feature names it was trained on, the
threshold the clustering cuts at and the document-grouping threshold, chosen on the training
topics (cross-validated by topic), except the full model's clustering threshold: 0.2, chosen on
ECB+ dev half A and checked on half B, where the cross-validation preferred 0.3
(``eval/link_model_cv.json``, ``threshold_comment``). Inference is NumPy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from crisislens.errors import ResourceError
from crisislens.link.features import FEATURES, PARTNER_FEATURES

# what a model may read: the pair features, then (the partner model) the first reading's evidence
SPACE = FEATURES + PARTNER_FEATURES


@dataclass
class PairModel:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    layers: list[tuple[np.ndarray, np.ndarray]]  # (weights, bias); ReLU between, sigmoid last
    threshold: float  # merge clusters whose average probability is at least this
    group_threshold: float  # documents closer than this (1 - similarity) share a block
    name: str = "link_model"
    # further networks over the same standardised features; the probability is their mean
    members: list[list[tuple[np.ndarray, np.ndarray]]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None = None, variant: str = "full") -> PairModel:
        """The shipped model: ``full`` (with the MiniLM context evidence, for ``link``),
        ``fast`` (without it, for ``link --fast``), ``store`` (coded events) or ``partners``
        (the second reading of ``link``'s blocks, :mod:`crisislens.link.partners`)."""
        name = "link_model.npz" if variant == "full" else f"link_model_{variant}.npz"
        path = path or Path(str(resources.files("crisislens") / "data" / name))
        try:
            data = np.load(path, allow_pickle=False)
        except OSError as err:
            raise ResourceError(
                f"cannot read the story linker's model {path}: {err}. Reinstall crisislens, or "
                "train it with `python eval/train_linker.py --gold ../shared/data/realnews/ecbplus`"
            ) from err
        with data:
            features = tuple(str(f) for f in data["features"])
            n_layers = int(data["n_layers"])
            layers = [(data[f"w{i}"], data[f"b{i}"]) for i in range(n_layers)]
            members = [
                [(data[f"m{k}_w{i}"], data[f"m{k}_b{i}"]) for i in range(n_layers)]
                for k in range(1, int(data["n_members"]) if "n_members" in data else 1)
            ]
            model = cls(
                features,
                data["mean"],
                data["scale"],
                layers,
                float(data["threshold"]),
                float(data["group_threshold"]),
                path.stem,
                members,
            )
        missing = set(model.features) - set(SPACE)
        if missing:
            raise ResourceError(
                f"{path} was trained on features this crisislens lacks ({sorted(missing)}); "
                "retrain it with eval/train_linker.py"
            )
        return model

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "features": np.array(self.features),
            "mean": self.mean.astype(np.float32),
            "scale": self.scale.astype(np.float32),
            "n_layers": np.array(len(self.layers)),
            "threshold": np.array(self.threshold),
            "group_threshold": np.array(self.group_threshold),
        }
        for i, (w, b) in enumerate(self.layers):
            arrays[f"w{i}"], arrays[f"b{i}"] = w.astype(np.float32), b.astype(np.float32)
        if self.members:
            arrays["n_members"] = np.array(1 + len(self.members))
        for k, layers in enumerate(self.members, start=1):
            for i, (w, b) in enumerate(layers):
                arrays[f"m{k}_w{i}"] = w.astype(np.float32)
                arrays[f"m{k}_b{i}"] = b.astype(np.float32)
        np.savez_compressed(path, allow_pickle=False, **arrays)

    def columns(self) -> list[int]:
        return [SPACE.index(f) for f in self.features]

    def probability(self, matrix: np.ndarray) -> np.ndarray:
        """One probability per row of a :func:`block_features` matrix (for the partner model,
        with the :data:`~crisislens.link.features.PARTNER_FEATURES` columns after it)."""
        if len(matrix) == 0:
            return np.zeros(0, dtype=np.float32)
        x = (matrix[:, self.columns()] - self.mean) / self.scale
        networks = [self.layers, *self.members]
        mean = np.mean([_network(x, layers) for layers in networks], axis=0)
        return mean.astype(np.float32)


def _network(x: np.ndarray, layers: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """One network's probabilities for standardised rows ``x``."""
    for i, (w, b) in enumerate(layers):
        x = x @ w + b
        if i < len(layers) - 1:
            x = np.maximum(x, 0.0)
    return 1.0 / (1.0 + np.exp(-x[:, 0]))
