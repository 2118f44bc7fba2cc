"""Average-link clustering of mentions within a block, with cannot-link constraints.

Clusters merge, best pair first, while the mean pair probability between them is at least the
threshold; two clusters holding an incompatible pair (different dates, types, places) never
merge, whatever the mean says. Clusters given as ``frozen`` (stories already stored) keep their
members and never merge with each other, so a story id stays put as new mentions join.

>>> import numpy as np
>>> p = np.array([[0, .9, .1], [.9, 0, .2], [.1, .2, 0]])
>>> average_link(p, np.zeros((3, 3), bool), 0.5)
[0, 0, 2]
"""

from __future__ import annotations

import numpy as np


def link_block(
    probability: np.ndarray,
    cannot_link: np.ndarray,
    threshold: float,
    initial: list[int] | None = None,
    frozen: set[int] | None = None,
) -> list[int]:
    """:func:`average_link`, run on each connected part of the graph of pairs at or above the
    threshold (and of stored stories' members): average-link merges two clusters only if some
    pair between them reaches the threshold, so no cluster spans two parts."""
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
) -> list[int]:
    """A cluster label per mention (the index of one of its members).

    ``probability`` and ``cannot_link`` are symmetric (n, n) matrices. ``initial`` labels
    mentions already clustered (-1 for none); labels in ``frozen`` are stored stories.
    """
    n = probability.shape[0]
    labels = list(range(n))
    if n < 2:
        return labels
    total = probability.astype(np.float64).copy()
    blocked = cannot_link.copy()
    sizes = np.ones(n)
    active = np.ones(n, dtype=bool)
    stored = np.zeros(n, dtype=bool)

    def merge(i: int, j: int) -> None:
        total[i, :] += total[j, :]
        total[:, i] += total[:, j]
        blocked[i, :] |= blocked[j, :]
        blocked[:, i] |= blocked[:, j]
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
        mean = total / np.outer(sizes, sizes)
        mean[blocked] = -1.0
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
