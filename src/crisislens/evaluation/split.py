"""The fixed split of every development set into half A and half B.

Rules and weights are written while looking only at half A's errors; a change is kept only if half
B does not fall. The split is a pure function of a record's own key (its id in the gold file, or
the article's position where the file gives none), so it never changes when a file is re-read,
re-ordered or grows.

>>> half("plover:42")
'B'
>>> [half(f"gvdb:{i}") for i in range(6)]
['B', 'A', 'B', 'B', 'B', 'A']
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Half = Literal["A", "B"]
HALVES: tuple[Half, Half] = ("A", "B")
T = TypeVar("T")


def half(key: str) -> Half:
    """'A' or 'B' for a record key such as ``"plover:42"``; about half the keys fall in each."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return "A" if digest[0] % 2 == 0 else "B"


def split(items: Iterable[T], key: Callable[[T], str]) -> dict[Half, list[T]]:
    """``items`` grouped by half, each keeping its order."""
    groups: dict[Half, list[T]] = {"A": [], "B": []}
    for item in items:
        groups[half(key(item))].append(item)
    return groups
