"""Is this text English? A cheap check so that non-English articles are skipped with a reason."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for it on was with as by at be this are from or an have has "
    "had were not but which their its they he she his her will would said been who".split()
)
MIN_WORDS = 12
# the language-id model's normalised probability that the text is English, under which it is
# skipped: a short English headline full of names ("International Monetary Fund lends Egypt $3
# billion") can rank Nigerian Pidgin first by a hair (0.29 against English's 0.24); a text that
# is really in another language leaves English near zero (French, Swahili, Pidgin proper:
# under 0.01)
MAX_ENGLISH_PROBABILITY = 0.05


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
    >>> detect_non_english("The International Monetary Fund lent Egypt three billion dollars.")
    """
    share, n_words = english_share(text)
    if n_words < MIN_WORDS // 2 or share >= 0.12:
        return None
    ranked = dict(_identifier().rank(text[:4000]))
    lang = max(ranked, key=ranked.__getitem__)
    if lang == "en" or ranked.get("en", 0.0) >= MAX_ENGLISH_PROBABILITY:
        return None
    return lang


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model with normalised probabilities (its default gives raw scores)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
