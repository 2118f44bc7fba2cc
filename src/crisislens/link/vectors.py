"""Static word vectors (spaCy's en_core_web_md, 300-d) for cheap similarity without a parse.

>>> vocab = load_word_vectors()                                        # doctest: +SKIP
>>> float(word_vector(vocab, "deployed") @ word_vector(vocab, "dispatched")) > 0.2  # doctest: +SKIP
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / (float(np.linalg.norm(v)) or 1.0)).astype(np.float32)


def word_vector(vocab, word: str) -> np.ndarray | None:
    """The unit vector of ``word`` (lower case), or None where the vocabulary has none."""
    if vocab is None or not word:
        return None
    word = word.lower()
    if not vocab.has_vector(word):
        return None
    row = vocab.vectors.key2row.get(vocab.strings[word], -1)
    vector = vocab.vectors.data[row] if row >= 0 else vocab.get_vector(word)
    return _unit(np.asarray(vector, dtype=np.float32))


@lru_cache(maxsize=200_000)
def _row(vocab, word: str) -> int:
    """The row of ``word``'s vector in the vocabulary's table, -1 for none or a stop word (the
    store reads the words of thousands of stored events per ingest: looked up once each)."""
    if word in _stop_words() or not vocab.has_vector(word):
        return -1
    return int(vocab.vectors.key2row.get(vocab.strings[word], -1))


def text_vector(vocab, text: str) -> np.ndarray | None:
    """The unit mean vector of the content words of ``text`` (stop words left out)."""
    if vocab is None:
        return None
    return rows_vector(vocab, text_rows(vocab, text))


def text_rows(vocab, text: str) -> np.ndarray:
    """The rows of the vectors of the content words of ``text``, in order (what
    :func:`rows_vector` averages; the store keeps these rather than the vector)."""
    rows = [r for r in (_row(vocab, m.lower()) for m in _WORD.findall(text)) if r >= 0]
    return np.asarray(rows, dtype=np.int32)


def rows_vector(vocab, rows: np.ndarray) -> np.ndarray | None:
    """The unit mean of the vectors in ``rows`` (None for none)."""
    if vocab is None or not len(rows):
        return None
    return _unit(np.asarray(vocab.vectors.data[rows], dtype=np.float32).mean(axis=0))


def load_word_vectors(spacy_model: str | None = None):
    """The spaCy pipeline's vocabulary with its word vectors, without loading the pipeline."""
    from spacy.vocab import Vocab

    from crisislens.nlp.spacy_model import model_path
    from crisislens.settings import Settings

    path = Path(model_path(spacy_model or Settings.from_env().spacy_model)) / "vocab"
    if not path.is_dir():
        return None  # a pipeline without vectors: the word-similarity evidence is left out
    return Vocab().from_disk(path)
