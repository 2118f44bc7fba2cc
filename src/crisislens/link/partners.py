"""A second reading of a block: two mentions that the first model links to the same others.

Reports of one happening often name it with different words ("checked into" and "entered" a
clinic, "hanged himself" and "suicide"), so the pair model, reading one pair at a time, gives
such a pair a low probability. But each of the two is likely linked to the same third mentions
(the other reports' "entered", "admitted", "rehab stint"): the rows of the block's probability
matrix of the two mentions are alike. ``partner_similarity`` is the cosine of those rows; a
second model (``data/link_model_partners.npz``, trained by ``eval/train_linker.py`` on the
train topics' blocks, each scored by a first model that had not seen its topic) reads it with the
first probability and the pair features, and its probability is what the clustering cuts.

>>> import numpy as np
>>> p = np.array([[0, .1, .9, .8], [.1, 0, .8, .9], [.9, .8, 0, 0], [.8, .9, 0, 0]])
>>> round(float(partner_similarity(p, np.array([0]), np.array([1]))[0]), 2)
0.99
"""

from __future__ import annotations

import numpy as np

from crisislens.link.features import PARTNER_FEATURES

BAND = 512  # rows of the cosine matrix computed at once (memory stays bounded in a large block)


def partner_similarity(probability: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The cosine of rows ``rows[k]`` and ``cols[k]`` of ``probability`` (n, n) for each k: how
    alike the two mentions' probabilities of linking with every mention of the block are."""
    norms = np.linalg.norm(probability, axis=1)
    unit = (probability / np.maximum(norms, 1e-6)[:, None]).astype(np.float32)
    out = np.zeros(len(rows), dtype=np.float32)
    for start in range(0, len(unit), BAND):
        band = (rows >= start) & (rows < start + BAND)
        if band.any():
            cosine = unit[start : start + BAND] @ unit.T
            out[band] = cosine[rows[band] - start, cols[band]]
    return out


def partner_columns(probability: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The :data:`PARTNER_FEATURES` of the pairs (rows[k], cols[k]), as (pairs, 2) columns."""
    columns = {
        "pair_probability": probability[rows, cols],
        "partner_similarity": partner_similarity(probability, rows, cols),
    }
    return np.stack([columns[f].astype(np.float32) for f in PARTNER_FEATURES], axis=1)


def second_reading(probability: np.ndarray, matrix: np.ndarray, pairs, model) -> np.ndarray:
    """The partner ``model``'s probability of each pair of ``pairs`` (i < j), given the first
    reading's symmetric ``probability`` matrix (0 for incompatible pairs and on the diagonal) and
    the pairs' feature rows ``matrix``."""
    if not len(pairs):
        return np.zeros(0, dtype=np.float32)
    rows, cols = np.asarray(pairs).T
    return model.probability(np.hstack([matrix, partner_columns(probability, rows, cols)]))
