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
    return _unit(np.asarray(vocab.get_vector(word), dtype=np.float32))


def text_vector(vocab, text: str) -> np.ndarray | None:
    """The unit mean vector of the content words of ``text`` (stop words left out)."""
    if vocab is None:
        return None
    stop = _stop_words()
    vectors = [
        vocab.get_vector(w)
        for w in (m.lower() for m in _WORD.findall(text))
        if w not in stop and vocab.has_vector(w)
    ]
    if not vectors:
        return None
    return _unit(np.mean(np.asarray(vectors, dtype=np.float32), axis=0))


def load_word_vectors(spacy_model: str | None = None):
    """The spaCy pipeline's vocabulary with its word vectors, without loading the pipeline."""
    from spacy.vocab import Vocab

    from crisislens.nlp.spacy_model import model_path
    from crisislens.settings import Settings

    path = Path(model_path(spacy_model or Settings.from_env().spacy_model)) / "vocab"
    if not path.is_dir():
        return None  # a pipeline without vectors: the word-similarity evidence is left out
    return Vocab().from_disk(path)
