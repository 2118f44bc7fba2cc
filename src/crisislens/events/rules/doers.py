"""Whom an act aimed at, where its own clause leaves it out and a clause beside it tells.

>>> # doctest: +SKIP
>>> purpose_object(doc[1]).text   # "Soldiers fired live rounds to break up a crowd"
'crowd'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.nlp.syntax import child, children


def purpose_object(token: Token) -> Token | None:
    """Whom a weapon was used on, where the verb's object is the weapon: the object of its
    purpose clause ("soldiers fired live rounds to break up a crowd": the crowd; "fired
    warning shots to scatter the herders": the herders)."""
    for clause in children(token, "advcl", "xcomp"):
        to = child(clause, "aux")
        if to is not None and to.lower_ == "to":
            return child(clause, "dobj")
    return None
