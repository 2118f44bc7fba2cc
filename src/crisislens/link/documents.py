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

import numpy as np

_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _tfidf(bags: Sequence[list[str]]):
    """Unit-length sublinear tf-idf rows, as a sparse matrix (vocabularies run to tens of
    thousands of words; a document holds a few hundred)."""
    from collections import Counter

    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for row, bag in enumerate(bags):
        for term, count in Counter(bag).items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
    shape = (len(bags), max(len(vocabulary), 1))
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=shape[1])
    idf = np.log((1 + len(bags)) / (1 + df)) + 1
    values = (1 + np.log(np.asarray(counts, dtype=np.float64))) * idf[cols] if cols else []
    matrix = csr_matrix((values, (rows, cols)), shape=shape, dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(1)).ravel())
    return csr_matrix(matrix.multiply(1 / np.maximum(norms, 1e-9)[:, None]))


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
