"""Average-link clustering of mentions within a block, with cannot-link constraints.

Clusters merge, best pair first, while the mean pair probability between them is at least the
threshold (an incompatible pair counts as probability 0) and at most half of the pairs between
them are incompatible (different dates, types, places). Two mentions that are incompatible are
never joined on their own; two clusters whose members mostly agree may join although a few pairs
conflict, because one misread date or place among many reports should not keep a story apart
(one report dates an attack by the day officials confirmed its toll). Clusters given as
``frozen`` (stories already stored) keep their members and never merge with each other, so a
story id stays put as new mentions join.

>>> import numpy as np
>>> p = np.array([[0, .9, .1], [.9, 0, .2], [.1, .2, 0]])
>>> average_link(p, np.zeros((3, 3), bool), 0.5)
[0, 0, 2]
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

# two clusters merge only while at most this share of the pairs between them is incompatible
CONFLICT_SHARE = 0.5


def link_block(
    probability: np.ndarray,
    cannot_link: np.ndarray,
    threshold: float,
    initial: list[int] | None = None,
    frozen: set[int] | None = None,
    apart: Callable[[list[int]], np.ndarray] | None = None,
) -> list[int]:
    """:func:`average_link`, run on each connected part of the graph of pairs at or above the
    threshold (and of stored stories' members): average-link merges two clusters only if some
    pair between them reaches the threshold, so no cluster spans two parts. ``apart(members)``
    gives, for one part's members, the pairs that no cluster may hold at all (two kinds of
    happening, not a misread date: :func:`crisislens.link.features.kinds_apart`)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    n = probability.shape[0]
    strong = (probability >= threshold) & ~cannot_link
    if initial is not None:
        first: dict[int, int] = {}
        for k, label in enumerate(initial):
            if label >= 0:
                strong[first.setdefault(label, k), k] = True
    _, part = connected_components(csr_matrix(strong), directed=False)
    labels = list(range(n))
    for p in np.unique(part):
        members = np.flatnonzero(part == p)
        if len(members) < 2:
            continue
        sub = average_link(
            probability[np.ix_(members, members)],
            cannot_link[np.ix_(members, members)],
            threshold,
            [initial[k] for k in members] if initial is not None else None,
            frozen,
            apart(members.tolist()) if apart is not None else None,
        )
        for position, label in zip(members.tolist(), sub):
            labels[position] = int(members[label])
    return labels


def average_link(
    probability: np.ndarray,
    cannot_link: np.ndarray,
    threshold: float,
    initial: list[int] | None = None,
    frozen: set[int] | None = None,
    apart: np.ndarray | None = None,
) -> list[int]:
    """A cluster label per mention (the index of one of its members).

    ``probability`` and ``cannot_link`` are symmetric (n, n) matrices. ``initial`` labels
    mentions already clustered (-1 for none); labels in ``frozen`` are stored stories.
    ``apart`` (symmetric, boolean) marks the pairs no cluster may hold, whatever the share:

    >>> p = np.array([[0, .9, .9], [.9, 0, .9], [.9, .9, 0]])
    >>> never = np.zeros((3, 3), bool); never[0, 2] = never[2, 0] = True
    >>> average_link(p, never, 0.4), average_link(p, never, 0.4, apart=never)
    ([0, 0, 0], [0, 0, 2])
    """
    n = probability.shape[0]
    labels = list(range(n))
    if n < 2:
        return labels
    total = np.where(cannot_link, 0.0, probability).astype(np.float64)
    conflicts = cannot_link.astype(np.float64)
    hard = apart.astype(np.float64) if apart is not None else np.zeros((n, n))
    sizes = np.ones(n)
    active = np.ones(n, dtype=bool)
    stored = np.zeros(n, dtype=bool)

    def merge(i: int, j: int) -> None:
        total[i, :] += total[j, :]
        total[:, i] += total[:, j]
        conflicts[i, :] += conflicts[j, :]
        conflicts[:, i] += conflicts[:, j]
        hard[i, :] += hard[j, :]
        hard[:, i] += hard[:, j]
        sizes[i] += sizes[j]
        active[j] = False
        stored[i] |= stored[j]
        for k in range(n):
            if labels[k] == j:
                labels[k] = i

    if initial is not None:
        firsts: dict[int, int] = {}
        for k, label in enumerate(initial):
            if label < 0:
                continue
            if label in firsts:
                merge(firsts[label], k)
            else:
                firsts[label] = k
            stored[firsts[label]] = label in (frozen or set())
    while True:
        pairs = np.outer(sizes, sizes)
        mean = total / pairs
        mean[conflicts > CONFLICT_SHARE * pairs] = -1.0
        mean[hard > 0] = -1.0
        mean[~active, :] = -1.0
        mean[:, ~active] = -1.0
        np.fill_diagonal(mean, -1.0)
        both_stored = np.outer(stored, stored)
        mean[both_stored] = -1.0
        i, j = np.unravel_index(int(np.argmax(mean)), mean.shape)
        if mean[i, j] < threshold:
            break
        if stored[j] and not stored[i]:
            i, j = j, i  # a stored story keeps its label
        merge(int(i), int(j))
    return labels
