"""A defiance that another party says is going on is that party's charge.

"Norway's envoy said Belarus was openly defying the court" tells no defiance the writer
asserts: it is the envoy's accusation (CAMEO 11, ACCUSE by Norway's envoy against Belarus),
and the defiance itself only alleged, as it is in "accused Belarus of defying the court"
(rules/assertion.alleged_content). The doer's own word stays a rejection ("Belarus said it
would defy the ruling"), and so does the writer's ("Belarus defied the ruling").

>>> charged_by(nlp("Oslo said Minsk was defying the court.")[4]).text  # doctest: +SKIP
'Oslo'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.rules.draft import Draft, speech_verbs
from crisislens.events.rules.generic import Verdict
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, is_verb, lemma, subject


def charged_by(token: Token) -> Token | None:
    """The speaker whose reporting verb states ``token``'s defiance by another party, or None:
    "Oslo" in "Oslo said Minsk was defying the court" (see :func:`charge`).

    >>> charged_by(nlp("Minsk said it would defy the court.")[4])  # doctest: +SKIP
    """
    found = charge(token)
    return found[0] if found is not None else None


def charge(token: Token) -> tuple[Token, Token] | None:
    """(speaker, defier) where a reporting verb states ``token``'s defiance by another party:
    ("Oslo", "Minsk") in "Oslo said Minsk was defying the court" (or "... and disregarding
    its ruling", through the verb the conjunct joins; event_rules.yaml:
    charged_defiance_verbs). The defier must be named, not a pronoun, and not the speaker
    ("Minsk said it would defy").

    >>> charge(nlp("Oslo said Minsk was defying the court.")[4])  # doctest: +SKIP
    (Oslo, Minsk)
    """
    verb = token
    while verb.dep_ == "conj" and is_verb(verb.head):
        verb = verb.head  # "defying the court and disregarding its ruling"
    if lemma(verb) not in vocabulary().words.charged_defiance_verbs:
        return None
    if verb.dep_ != "ccomp" or lemma(verb.head) not in speech_verbs():
        return None
    defier, speaker = _doer(verb), child(verb.head, "nsubj")
    if defier is None or speaker is None or defier.pos_ == "PRON":
        return None
    return None if lemma(defier) == lemma(speaker) else (speaker, defier)


def _doer(verb: Token) -> Token | None:
    """The verb's subject, or one the parse hangs on its auxiliary (quotation marks around an
    adverb can make "Minsk is 'openly' defying" hang "Minsk" on "is")."""
    return subject(verb) or next((s for a in children(verb, "aux") if (s := subject(a))), None)


def charged_defiance(draft: Draft) -> Verdict:
    """A defiance another party says is going on is alleged, not asserted (:func:`charged_by`):
    "Oslo said Minsk was defying the court" (rules/intent.charge gives Oslo's ACCUSE).

    >>> charged_defiance(draft_of("Oslo said Minsk was defying the court.", "defying"))  # doctest: +SKIP
    'possible'
    """
    if draft.sense.event_type != "REJECT":
        return None
    return "possible" if charged_by(draft.trigger.token) is not None else None
