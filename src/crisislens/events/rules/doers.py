"""Whom an act aimed at, or who did it, where its own clause leaves it out and a clause or
a verb beside it tells.

>>> purpose_object(doc[1]).text   # "Soldiers fired live rounds to break up a crowd"  # doctest: +SKIP
'crowd'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.data import word_set
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, lemma


def purpose_object(token: Token) -> Token | None:
    """Whom a weapon was used on, where the verb's object is the weapon: the object of its
    purpose clause ("soldiers fired live rounds to break up a crowd": the crowd; "fired
    warning shots to scatter the herders": the herders)."""
    for clause in children(token, "advcl", "xcomp"):
        to = child(clause, "aux")
        if to is not None and to.lower_ == "to":
            return child(clause, "dobj")
    return None


def dealt_with(token: Token) -> tuple[Token | None, Token | None]:
    """An event noun after "with" on a verb that deals it out (``dealing_verbs``) is dealt by
    the verb's subject to its object: "the council hit twelve officials with sanctions" (the
    council, the officials), "threatened the port workers with arrest"."""
    verb = token.head.head
    if token.dep_ != "pobj" or token.head.lower_ != "with" or token.head.dep_ != "prep":
        return None, None
    if lemma(verb) not in vocabulary().words.dealing_verbs:
        return None, None
    return child(verb, "nsubj"), child(verb, "dobj")


def gerund_subject(actor: Token | None) -> Token | None:
    """A gerund the parser made the subject of a clause, with a noun for its own subject, is
    that noun's description, and the noun the doer: in "Hundreds of miners waving Chilean
    flags marched to the palace" the parser may hang "waving" on "marched" as its subject
    and the miners on "waving"; the miners marched, not the waving (nor the flags' country).
    """
    if actor is None or actor.dep_ != "csubj" or actor.tag_ != "VBG":
        return actor
    doer = child(actor, "nsubj")
    return doer if doer is not None and doer.pos_ in ("NOUN", "PROPN") else actor


def reporting_doer(token: Token, event_type: str, passive: bool) -> Token | None:
    """Who says an act of these types (``speaker_done_types``: an arrest, a seizure) told in
    the passive with no doer: "five suspects were arrested in the raid, police said" and
    "police said 12 rifles were seized" (the police). The caller keeps the speaker only where
    it is the police force itself: "the journalist was freed, his lawyer said" freed no one
    by the lawyer's hand. None for other types ("two soldiers were killed, the army said":
    the army killed no one) and for an act with a "by" agent."""
    if not passive or event_type not in vocabulary().words.speaker_done_types:
        return None
    if child(token, "agent") is not None:
        return None
    reporting = word_set("reporting_verbs.yaml", "reporting_verbs")
    for clause in [token, *token.ancestors]:
        if clause.dep_ not in ("ccomp", "conj") or clause.head.i == clause.i:
            return None
        verb = clause.head
        if clause.dep_ == "ccomp" and lemma(verb) in reporting:
            subject = child(verb, "nsubj")
            return subject if subject is not None and subject.pos_ != "PRON" else None
    return None
