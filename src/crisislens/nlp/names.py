"""The first step of folding a name for lookup, shared by actor and place names.

``actors.dictionary.fold`` (actor names: a possessive dropped) and ``geo.gazetteer.normalize``
(place names: dashes unified, a leading "the" dropped) both start here, so a name folds the same
way whichever dictionary looks it up.

>>> plain_letters("Kraków’s")
"Krakow's"
"""

from __future__ import annotations

import unicodedata


def plain_letters(text: str) -> str:
    """Accents off (NFKD, combining marks dropped) and one kind of apostrophe."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
