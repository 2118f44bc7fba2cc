"""Folding names for lookup: the one home of the functions that turn a name as written into the
key a dictionary is searched by.

- ``fold_place_name``: place names (the gazetteer's keys and every place lookup): accents off,
  lower case, one kind of apostrophe and dash, no leading "the".
- ``fold_actor_name``: actor names (the actor dictionaries' keys): accents off, lower case,
  plain apostrophes, no possessive, no trailing punctuation.

Both start with ``plain_letters``, so a name folds alike whichever dictionary looks it up.

>>> fold_place_name("The Almatý"), fold_actor_name("Kassym-Jomart Tokáyev’s")
('almaty', 'kassym-jomart tokayev')
>>> plain_letters("Kraków’s")
"Krakow's"
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# the folds are pure and an article asks for the same few hundred names many times over
_REMEMBERED = 1 << 16


def plain_letters(text: str) -> str:
    """Accents off (NFKD, combining marks dropped) and one kind of apostrophe."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=_REMEMBERED)
def fold_place_name(name: str) -> str:
    """A place name's lookup key: accents off, lower case, one kind of apostrophe and dash,
    single spaces, no leading "the". Plain ASCII, most of the gazetteer's names, skips the
    Unicode step (this runs for every name of the gazetteer build)."""
    if not name.isascii():
        name = plain_letters(name.replace("\u2013", "-"))
    folded = _SPACES.sub(" ", name).strip().lower()
    return folded.removeprefix("the ")


@lru_cache(maxsize=_REMEMBERED)
def fold_actor_name(text: str) -> str:
    """An actor name's lookup key: accents off, lower case, plain apostrophes, single spaces,
    no possessive ("Tokayev's"), no leading or trailing dots and commas."""
    text = _POSSESSIVE.sub("", plain_letters(text).strip())
    return _SPACES.sub(" ", text).strip(" .,").lower()
