"""Whom a vow of revenge is aimed at: the party its revenge is against, else whoever did what
it avenges.

>>> avenged(doc[2]).text   # "The rebels vowed revenge against the army"  # doctest: +SKIP
'army'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, lemma, pobj


def revenge_word(token: Token) -> Token | None:
    """The word of revenge a verb takes as its object or its controlled verb: "revenge" in
    "vowed revenge", "retaliate" in "threatened to retaliate"; the trigger itself where it is
    one ("the militia retaliated against the army")."""
    words = vocabulary().words.vengeance_words
    if lemma(token) in words:
        return token
    return next((c for c in children(token, "dobj", "xcomp") if lemma(c) in words), None)


def avenged(token: Token) -> Token | None:
    """Whom a vow of revenge is aimed at: the object of the revenge's "against" or "on" ("the
    rebels vowed revenge against the army", "threatened to retaliate against the militia");
    else what it avenges, after "for" or "after" (its doer is the target: "vowed revenge for
    the killing of their leader by the troops", "vowed to retaliate after Kenyan strikes on
    the camp"), or the subject of an "after" clause ("after the army shelled the camp")."""
    revenge = revenge_word(token)
    if revenge is None:
        return None
    words = vocabulary().words
    preps = [*children(revenge, "prep"), *children(token, "prep")]
    for wanted in (words.vengeance_target_preps, words.vengeance_cause_preps):
        for prep in preps:
            obj = pobj(prep)
            if prep.lower_ in wanted and obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    for clause in [*children(revenge, "advcl"), *children(token, "advcl")]:
        marks = children(clause, "mark", "prep")
        subject = child(clause, "nsubj")
        if subject is not None and any(m.lower_ in words.vengeance_cause_preps for m in marks):
            return subject
    return None
