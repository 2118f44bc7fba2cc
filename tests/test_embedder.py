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


class _Counting:
    """Vectors that say which text they are for, and a log of what was encoded."""

    dimensions = 2

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.asked.extend(texts)
        return np.array([[len(t), t.count("a")] for t in texts], dtype=np.float32)


def test_cached_encoder_encodes_each_sentence_once_and_keeps_the_order():
    from crisislens.nlp.embedder import Cached

    inner = _Counting()
    cached = Cached(inner, size=3)
    got = cached.encode(["banana", "fig", "banana"])
    np.testing.assert_array_equal(got, [[6, 3], [3, 0], [6, 3]])
    assert inner.asked == ["banana", "fig"]
    np.testing.assert_array_equal(cached.encode(["fig", "date"]), [[3, 0], [4, 1]])
    assert inner.asked == ["banana", "fig", "date"]  # fig came from the cache


def test_cached_encoder_forgets_the_least_recently_used_sentence_and_clears():
    from crisislens.nlp.embedder import Cached

    inner = _Counting()
    cached = Cached(inner, size=2)
    cached.encode(["kiwi", "lime"])
    cached.encode(["kiwi"])  # now lime is the oldest
    cached.encode(["plum"])
    cached.encode(["kiwi", "lime"])
    assert inner.asked == ["kiwi", "lime", "plum", "lime"]
    cached.clear()
    cached.encode(["kiwi"])
    assert inner.asked[-1] == "kiwi"
    assert cached.encode([]).shape == (0, 2)


def test_blas_threads_caps_numpys_blas_inside_only():
    from threadpoolctl import threadpool_info, threadpool_limits

    from crisislens.nlp.embedder import blas_threads

    def blas() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    with blas_threads(1):
        pass
    import scipy.linalg  # noqa: F401  a BLAS loaded after the first call is capped too

    with threadpool_limits(2, user_api="blas"):  # what a two-core machine starts with
        before = blas()
        if not before:
            pytest.skip("NumPy's BLAS is not one threadpoolctl can see")
        with blas_threads(1):
            assert set(blas()) == {1}
        assert blas() == before
        with blas_threads(None):
            assert blas() == before


@pytest.mark.slow
def test_one_blas_thread_gives_the_same_vectors():
    from crisislens.nlp.embedder import SentenceEmbedder

    sentences = ["Soldiers shelled the outskirts of the port overnight.", "Unions marched."]
    one = SentenceEmbedder(threads=1)
    assert one.threads == 1
    many = SentenceEmbedder(threads=None)
    np.testing.assert_allclose(one.encode(sentences), many.encode(sentences), atol=1e-5)


def test_encoder_threads_setting_reads_the_environment(monkeypatch):
    from crisislens.errors import CrisislensError
    from crisislens.settings import Settings

    assert Settings().encoder_threads == "auto"
    monkeypatch.setenv("CRISISLENS_ENCODER_THREADS", "0")
    assert Settings.from_env().encoder_threads == 0
    monkeypatch.setenv("CRISISLENS_ENCODER_THREADS", "Auto")
    assert Settings.from_env().encoder_threads == "auto"
    monkeypatch.setenv("CRISISLENS_ENCODER_THREADS", "two")
    with pytest.raises(CrisislensError, match="'auto' or a whole number"):
        Settings.from_env()


@pytest.mark.parametrize(
    "cores,load,threads",
    [(2, 0.2, 2), (2, 1.1, 2), (2, 1.5, 1), (2, 6.0, 1), (1, 0.0, 1), (8, 7.5, 1), (8, 3.0, 2)],
)
def test_auto_encoder_threads_take_a_second_core_only_where_one_is_idle(
    monkeypatch, cores, load, threads
):
    from crisislens.nlp import embedder

    monkeypatch.setattr(embedder.os, "sched_getaffinity", lambda pid: set(range(cores)))
    monkeypatch.setattr(embedder.os, "getloadavg", lambda: (load, load, load))
    assert embedder.idle_threads() == threads


def test_workers_sharing_the_cores_take_one_encoder_thread():
    from crisislens.settings import Settings, one_encoder_thread

    assert one_encoder_thread(Settings()).encoder_threads == 1
    assert one_encoder_thread(Settings(encoder_threads=3)).encoder_threads == 3
