"""Is this text English? A cheap check so that non-English articles are skipped with a reason."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for it on was with as by at be this are from or an have has "
    "had were not but which their its they he she his her will would said been who".split()
)
MIN_WORDS = 12


def english_share(text: str, sample: int = 4000) -> tuple[float, int]:
    """Share of English function words among the first words of ``text``, and the word count."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return 0.0, 0
    hits = sum(1 for word in words if word in _ENGLISH_FUNCTION_WORDS)
    return hits / len(words), len(words)


def detect_non_english(text: str) -> str | None:
    """Return the detected language code when ``text`` is clearly not English, else None.

    >>> detect_non_english("Le gouvernement a annoncé mardi de nouvelles mesures contre la crise.")
    'fr'
    """
    share, n_words = english_share(text)
    if n_words < MIN_WORDS // 2 or share >= 0.12:
        return None
    import py3langid

    lang, _ = py3langid.classify(text[:4000])
    if lang == "en":
        return None
    return lang
