"""Documents about one happening: similarity of whole documents, and groups of them.

Reports of one event share rare words (names, places, the thing that happened) far more than
reports of two events of one kind do. Each document becomes two tf-idf vectors, over its words
and over its names and dates; the idf comes from the documents being linked together. Documents
are then grouped by average-link clustering on their similarity: mentions in different groups
are never linked (a linker has to find these groups itself; ECB+'s gold topics are not used).

>>> sims = DocumentSimilarity(["Rebels seized the Kidal depot", "Rebels took the depot in Kidal",
...                            "The central bank raised interest rates"])
>>> sims.words(0, 1) > 0.2 > sims.words(0, 2)
True
>>> groups(sims, threshold=0.9)
[0, 0, 1]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from hashlib import blake2b
from importlib import resources
from typing import NamedTuple

import numpy as np
from scipy import sparse

_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _tfidf(bags: Sequence[list[str]]):
    """Unit-length sublinear tf-idf rows, as a sparse matrix (vocabularies run to tens of
    thousands of words; a document holds a few hundred)."""
    from collections import Counter

    vocabulary: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for row, bag in enumerate(bags):
        for term, count in Counter(bag).items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
    return _weighted(len(bags), np.asarray(rows), np.asarray(cols, dtype=np.int64), counts)


def _weighted(n_docs: int, rows: np.ndarray, cols: np.ndarray, counts) -> sparse.csr_matrix:
    """The unit tf-idf rows of ``n_docs`` documents from their (row, term column, count)
    triples, each term once per document."""
    shape = (n_docs, max(int(cols.max()) + 1 if len(cols) else 0, 1))
    df = np.bincount(cols, minlength=shape[1])
    idf = np.log((1 + n_docs) / (1 + df)) + 1
    values = (1 + np.log(np.asarray(counts, dtype=np.float64))) * idf[cols] if len(cols) else []
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=shape, dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(1)).ravel())
    return sparse.csr_matrix(matrix.multiply(1 / np.maximum(norms, 1e-9)[:, None]))


class DocTerms(NamedTuple):
    """A document's words and names (as :class:`DocumentVectors` reads them), each as a sorted
    array of 64-bit hashes with its counts: what the store keeps of an article, so that it need
    not read and split its text again (:meth:`DocumentVectors.from_terms`)."""

    words: np.ndarray  # uint64
    word_counts: np.ndarray  # int32
    names: np.ndarray
    name_counts: np.ndarray


def _hashed(terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
    from collections import Counter

    counted = Counter(terms)
    keys = np.array(
        [int.from_bytes(blake2b(t.encode(), digest_size=8).digest(), "little") for t in counted],
        dtype=np.uint64,
    )
    counts = np.array(list(counted.values()), dtype=np.int32)
    order = np.argsort(keys)
    return keys[order], counts[order]


def doc_terms(text: str) -> DocTerms:
    """The words and names of ``text`` as :class:`DocumentVectors` counts them, hashed."""
    stop = _stop_words()
    words = [w for w in (m.lower() for m in _WORD.findall(text)) if w not in stop]
    names = [n.lower().replace(" ", "_") for n in capitalised_names(text)]
    return DocTerms(*_hashed(words), *_hashed(names))


def terms_version() -> str:
    """What :func:`doc_terms` depends on: this module and spaCy's stop words."""
    import spacy

    source = (resources.files("crisislens") / "link" / "documents.py").read_bytes()
    return blake2b(source + spacy.about.__version__.encode(), digest_size=8).hexdigest()


def _from_hashes(keys: Sequence[np.ndarray], counts: Sequence[np.ndarray]) -> sparse.csr_matrix:
    lengths = [len(k) for k in keys]
    every = np.concatenate(keys) if keys else np.zeros(0, dtype=np.uint64)
    _, cols = np.unique(every, return_inverse=True)
    rows = np.repeat(np.arange(len(keys)), lengths)
    every_count = np.concatenate(counts) if counts else np.zeros(0, dtype=np.int32)
    return _weighted(len(keys), rows, cols.astype(np.int64).ravel(), every_count)


def capitalised_names(text: str) -> list[str]:
    """Capitalised words that are not stop words: the names of a text, without a tagger."""
    stop = _stop_words()
    return [w for w in _WORD.findall(text) if w[0].isupper() and w.lower() not in stop]


class DocumentVectors:
    """Each document's tf-idf rows over its words and over its names (the idf from all of them),
    read once; :meth:`similarity` compares any subset of them."""

    def __init__(self, texts: Sequence[str], names: Sequence[Sequence[str]] | None = None):
        stop = _stop_words()
        bags = [[w for w in (m.lower() for m in _WORD.findall(t)) if w not in stop] for t in texts]
        self.words = _tfidf(bags)
        if names is None:
            names = [capitalised_names(t) for t in texts]
        self.tags = _tfidf([[n.lower().replace(" ", "_") for n in ns] for ns in names])

    @classmethod
    def from_terms(cls, terms: Sequence[DocTerms]) -> DocumentVectors:
        """The same rows from each document's :func:`doc_terms` (no text read)."""
        out = cls.__new__(cls)
        out.words = _from_hashes([t.words for t in terms], [t.word_counts for t in terms])
        out.tags = _from_hashes([t.names for t in terms], [t.name_counts for t in terms])
        return out

    def similarity(self, rows: Sequence[int] | None = None) -> DocumentSimilarity:
        """The similarities of the documents ``rows`` (all of them by default), in that order."""
        words = self.words if rows is None else self.words[list(rows)]
        tags = self.tags if rows is None else self.tags[list(rows)]
        out = DocumentSimilarity.__new__(DocumentSimilarity)
        out.word_matrix = (words @ words.T).toarray().astype(np.float32)
        out.name_matrix = (tags @ tags.T).toarray().astype(np.float32)
        return out


class DocumentSimilarity:
    """Cosine similarities of documents' words and of their names (with dates)."""

    word_matrix: np.ndarray
    name_matrix: np.ndarray

    def __init__(self, texts: Sequence[str], names: Sequence[Sequence[str]] | None = None):
        full = DocumentVectors(texts, names).similarity()
        self.word_matrix, self.name_matrix = full.word_matrix, full.name_matrix

    def words(self, i: int, j: int) -> float:
        return float(self.word_matrix[i, j])

    def names(self, i: int, j: int) -> float:
        return float(self.name_matrix[i, j])

    def combined(self) -> np.ndarray:
        """The mean of the two similarities, the measure documents are grouped by."""
        return (self.word_matrix + self.name_matrix) / 2


def groups(similarity: DocumentSimilarity, threshold: float) -> list[int]:
    """A group number per document: average-link clusters cut at distance ``threshold``."""
    n = similarity.word_matrix.shape[0]
    if n < 2:
        return [0] * n
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - similarity.combined(), 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), "average"), threshold, "distance")
    # number groups by their first document, so that the output is stable
    first: dict[int, int] = {}
    return [first.setdefault(label, len(first)) for label in labels]
