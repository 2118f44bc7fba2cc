"""The pair model: pairwise evidence -> the probability that two mentions are one event.

A small multilayer perceptron (standardised features, one ReLU hidden layer, a logistic output),
trained by ``eval/train_linker.py`` on pairs of mentions from ECB+'s training topics only. The
artifact ``data/link_model.npz`` holds its weights, the feature names it was trained on, the
threshold the clustering cuts at and the document-grouping threshold, chosen on the training
topics (cross-validated by topic), except the full model's clustering threshold: 0.2, chosen on
ECB+ dev half A and checked on half B, where the cross-validation preferred 0.3
(``eval/link_model_cv.json``, ``threshold_comment``). Inference is NumPy.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from crisislens.errors import ResourceError
from crisislens.link.features import FEATURES


@dataclass
class PairModel:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    layers: list[tuple[np.ndarray, np.ndarray]]  # (weights, bias); ReLU between, sigmoid last
    threshold: float  # merge clusters whose average probability is at least this
    group_threshold: float  # documents closer than this (1 - similarity) share a block
    name: str = "link_model"

    @classmethod
    def load(cls, path: Path | None = None, variant: str = "full") -> PairModel:
        """The shipped model: ``full`` (with the MiniLM context evidence, for ``link``) or
        ``fast`` (without it, for the store, where linking must stay cheap next to extraction)."""
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
            model = cls(
                features,
                data["mean"],
                data["scale"],
                layers,
                float(data["threshold"]),
                float(data["group_threshold"]),
                path.stem,
            )
        missing = set(model.features) - set(FEATURES)
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
        np.savez_compressed(path, allow_pickle=False, **arrays)

    def columns(self) -> list[int]:
        return [FEATURES.index(f) for f in self.features]

    def probability(self, matrix: np.ndarray) -> np.ndarray:
        """One probability per row of a :func:`block_features` matrix."""
        if len(matrix) == 0:
            return np.zeros(0, dtype=np.float32)
        x = (matrix[:, self.columns()] - self.mean) / self.scale
        for i, (w, b) in enumerate(self.layers):
            x = x @ w + b
            if i < len(self.layers) - 1:
                x = np.maximum(x, 0.0)
        return (1.0 / (1.0 + np.exp(-x[:, 0]))).astype(np.float32)
