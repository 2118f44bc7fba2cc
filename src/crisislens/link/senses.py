"""Which trigger words may name one event: their WordNet meanings (data/link_senses.tsv).

Reports of one event name it with different words ("foiled" and "thwarted" a plot, "nabbed"
and "arrested" a man, "injured" and "wounded"), or with a phrase ("opened fire" and "shot",
"checked into" and "entered"). Two lemmas are synonyms here when they share a meaning among
their most frequent senses (or one derived from it: "wound" and "wounding");
eval/build_link_senses.py writes the table from WordNet 3.0, single words and verbs of several
words ("open fire"). A phrase in ``phrase_senses`` (data/link.yaml) takes the meanings of the
word it gives too ("take into custody": arrest; "open fire", which WordNet has only as a kind
of shooting: shoot).

>>> synonyms("foil", "thwart"), synonyms("arrest", "nab"), synonyms("arrest", "resign")
(True, True, False)
>>> synonyms("take into custody", "apprehend"), synonyms("open fire", "shoot")
(True, True)
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _phrase_senses() -> dict[str, str]:
    """Phrase -> the word whose meanings it takes too (``phrase_senses`` in data/link.yaml)."""
    from crisislens.data import load_yaml

    path = resources.files("crisislens") / "data" / "link.yaml"
    return dict(load_yaml(path.read_text(encoding="utf-8")).get("phrase_senses", {}))


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[int]]:
    path = resources.files("crisislens") / "data" / "link_senses.tsv"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, _, numbers = line.partition("\t")
            table[lemma] = frozenset(int(n) for n in numbers.split())
    for phrase, word in _phrase_senses().items():
        table[phrase] = table.get(phrase, frozenset()) | table.get(word, frozenset())
    return table


def meanings(lemma: str) -> frozenset[int]:
    """The meanings a lemma may have (none for a word the table lacks)."""
    return _table().get(lemma, frozenset())


def known(lemma: str) -> bool:
    """Does the table know the lemma (a word or a phrase such as "open fire")?"""
    return lemma in _table()


def synonyms(a: str, b: str) -> bool:
    """Two different lemmas that share a meaning."""
    return a != b and bool(meanings(a) & meanings(b))
