"""Text normalisation for parsing, with every offset kept.

spaCy's English tokenizer and lemmatizer know ASCII apostrophes and quotes best: with a
typographic apostrophe, "hasn’t" does not split into "has" + "n't", so the negation is lost, and
curly quotes and dashes change how sentences are split. The parser therefore reads a copy in which
each such character is replaced by its ASCII look-alike, one character for one, so that every
offset into the copy is the same offset into the original. The record's quoted texts are taken
back from the original (:func:`restore_texts`), so ``text[start:end]`` is still what the article
says.

>>> parse_text("He hasn’t said “no” – yet")
'He hasn\\'t said "no" - yet'
>>> len(parse_text("a\u00a0b")) == len("a\u00a0b")
True
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

# typographic character -> its ASCII look-alike (one character each, so offsets do not move)
ASCII_LOOKALIKES = {
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark, the typographic apostrophe
    "\u201a": "'",  # single low-9 quotation mark
    "\u201b": "'",  # single high-reversed-9 quotation mark
    "\u2032": "'",  # prime
    "\u02bc": "'",  # modifier letter apostrophe
    "\u201c": '"',  # left double quotation mark
    "\u201d": '"',  # right double quotation mark
    "\u201e": '"',  # double low-9 quotation mark
    "\u201f": '"',  # double high-reversed-9 quotation mark
    "\u2033": '"',  # double prime
    "\u00ab": '"',  # guillemets
    "\u00bb": '"',
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",  # horizontal bar
    "\u2212": "-",  # minus sign
    "\u00a0": " ",  # no-break space
    "\u2007": " ",  # figure space
    "\u2009": " ",  # thin space
    "\u200a": " ",  # hair space
    "\u202f": " ",  # narrow no-break space
}
_TABLE = str.maketrans(ASCII_LOOKALIKES)
M = TypeVar("M", bound=BaseModel)


# an apostrophe lost to a wrong encoding, as scraped pages have it: "Tarville?s east side",
# "don\ufffdt" (a "?" or the replacement character between a letter and a clitic)
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[?\ufffd](?=(?:s|t|ll|re|ve|d|m)\b)")


def parse_text(text: str) -> str:
    """The text the parser reads: ``text`` with typographic characters made ASCII and lost
    apostrophes restored, same length.

    >>> parse_text("shot on Tarville?s east side")
    "shot on Tarville's east side"
    """
    return _LOST_APOSTROPHE.sub("'", text.translate(_TABLE))


def restore_texts(model: M, original: str) -> M:
    """``model`` with every quoted span (an object with ``text``, ``start`` and ``end``) that
    holds the parser's copy of the original's characters holding the original's again; other
    spans are left as they are."""
    update: dict[str, Any] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        restored = _restore(value, original)
        if restored is not value:
            update[name] = restored
    start, end, text = (getattr(model, f, None) for f in ("start", "end", "text"))
    if isinstance(start, int) and isinstance(end, int) and isinstance(text, str):
        quoted = original[start:end]
        if quoted != text and parse_text(quoted) == text:
            update["text"] = quoted
    return model.model_copy(update=update) if update else model


def _restore(value: Any, original: str) -> Any:
    if isinstance(value, BaseModel):
        return restore_texts(value, original)
    if isinstance(value, list):
        items = [_restore(v, original) for v in value]
        return items if any(a is not b for a, b in zip(items, value)) else value
    return value
