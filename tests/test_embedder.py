"""all-MiniLM-L6-v2 in NumPy (nlp/embedder.py), the encoder story linking uses."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.mark.slow
def test_numpy_encoder_matches_sentence_transformers():
    from crisislens.nlp.embedder import SentenceEmbedder

    # sentence-transformers 6.2 + torch 2.13 (CPU) on all-MiniLM-L6-v2, first six dimensions
    reference = np.array(
        [
            [0.02721, 0.09135, 0.04734, 0.01151, 0.03999, 0.04230],
            [0.00222, -0.04123, 0.03448, 0.02236, -0.01974, 0.04354],
        ]
    )
    got = SentenceEmbedder().encode(
        ["Police fired tear gas at protesters in Almaty on Wednesday.", "Talks resumed."]
    )
    assert got.shape == (2, 384)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(got[:, :6], reference, atol=2e-4)


class _Fixed:
    def __init__(self, vector: list[float]) -> None:
        self.vector = np.array(vector, dtype=np.float32)
        self.dimensions = len(vector)

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.tile(self.vector, (len(texts), 1))


def test_concatenated_encoders_give_unit_vectors_side_by_side():
    from crisislens.nlp.embedder import Concatenated

    both = Concatenated(_Fixed([1.0, 0.0]), _Fixed([0.0, 0.6, 0.8]))
    got = both.encode(["one", "two"])
    assert got.shape == (2, 5) and both.dimensions == 5
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, rtol=1e-6)
    np.testing.assert_allclose(got[0], np.array([1.0, 0.0, 0.0, 0.6, 0.8]) / np.sqrt(2), rtol=1e-6)
    assert both.encode([]).shape == (0, 5)


def test_a_head_fitted_to_an_unknown_encoder_says_what_to_do(tmp_path):
    from crisislens.errors import ResourceError
    from crisislens.nlp.embedder import open_encoder

    with pytest.raises(ResourceError, match="retrain it"):
        open_encoder("all-MiniLM-L6-v2+some-other-model", tmp_path)
