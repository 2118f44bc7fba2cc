"""Which trigger words may name one event: their WordNet meanings (data/link_senses.tsv).

Reports of one event name it with different words ("foiled" and "thwarted" a plot, "nabbed"
and "arrested" a man, "injured" and "wounded"). Two lemmas are synonyms here when they share a
meaning among their most frequent senses (or one derived from it: "wound" and "wounding");
eval/build_link_senses.py writes the table from WordNet 3.0.

>>> synonyms("foil", "thwart"), synonyms("arrest", "nab"), synonyms("arrest", "resign")
(True, True, False)
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[int]]:
    path = resources.files("crisislens") / "data" / "link_senses.tsv"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, _, numbers = line.partition("\t")
            table[lemma] = frozenset(int(n) for n in numbers.split())
    return table


def meanings(lemma: str) -> frozenset[int]:
    """The meanings a lemma may have (none for a word the table lacks)."""
    return _table().get(lemma, frozenset())


def synonyms(a: str, b: str) -> bool:
    """Two different lemmas that share a meaning."""
    return a != b and bool(meanings(a) & meanings(b))
