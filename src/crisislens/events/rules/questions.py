"""Questions that ask for nothing: asking about something, a question asked, and an event
inside a question. Assertion rules (rules/assertion.py runs them in its order).

>>> questioned_not_asserted(draft)   # "Will the army withdraw?"  # doctest: +SKIP
'hypothetical'
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from crisislens.events.rules.draft import Draft
from crisislens.events.rules.generic import DROP, Verdict
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.doc_cache import per_doc
from crisislens.nlp.syntax import children, lemma

# the tags that open a question: wh-words and modals ("What ...", "Could ...")
QUESTION_TAGS = frozenset({"WDT", "WP", "WP$", "WRB", "MD"})


def asked_about_no_request(draft: Draft) -> Verdict:
    """Asking about something is a question, no request: "asked about the raid, the governor
    said nothing", "reporters asked him about the arrests" (event_rules.yaml: topic_preps);
    "asked the council for a vote" and "asked them to leave" stay requests.

    >>> judge(drafts)   # "Asked about the raid, the mayor said nothing."  # doctest: +SKIP
    >>> [d.sense.event_type for d in drafts.values()]  # doctest: +SKIP
    []
    """
    token = draft.trigger.token
    words = vocabulary().words
    if draft.sense.event_type != "REQUEST" or lemma(token) not in words.question_verbs:
        return None
    if children(token, "xcomp", "ccomp"):
        return None
    preps = [p.lower_ for p in children(token, "prep")]
    return DROP if any(p in words.topic_preps for p in preps) and "for" not in preps else None


def _question_after(token: Token) -> bool:
    """Whether the token is in a question: a question mark closes its clause (one after it,
    with no full stop between, in its sentence), and the sentence opens as a question does,
    with a wh-word or an auxiliary before its subject ("Who ...?", "Will ...?"). A stray
    question mark in a scraped headline ("Shooting in Sparta | Local ?") makes no question."""
    doc, sent = token.doc, token.sent
    marks = per_doc(doc, "sentence_marks", lambda: _sentence_marks(doc))  # once per text
    k = bisect.bisect_right(marks, (token.i, True))
    if k < len(marks) and marks[k][0] < sent.end and marks[k][1]:
        return _opens_question(sent)
    return False


def _sentence_marks(doc) -> list[tuple[int, bool]]:
    """(token index, whether it is a question mark) for each full stop or question mark."""
    words = vocabulary().words
    strings = doc.vocab.strings
    ends = {strings[text] for text in words.sentence_ends}  # compared as hashes: no Token objects
    marks = {strings[text] for text in words.question_marks} - ends
    return [
        (i, orth in marks)
        for i, orth in enumerate(doc.to_array("ORTH").tolist())
        if orth in ends or orth in marks
    ]


def _opens_question(sent) -> bool:
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first is not None and (first.tag_ in QUESTION_TAGS or first.pos_ == "AUX")


def asked_question_no_request(draft: Draft) -> Verdict:
    """Asking a question is no request: "'Who will pay for this?', the farmer asked"."""
    token = draft.trigger.token
    if draft.sense.event_type != "REQUEST" or lemma(token) not in vocabulary().words.question_verbs:
        return None
    before = token.sent[: token.i - token.sent.start]
    return DROP if any(t.text in vocabulary().words.question_marks for t in before) else None


def questioned_not_asserted(draft: Draft) -> Verdict:
    """An event inside a question is not asserted, nor planned: "will the army withdraw?",
    "what talks can there be with them?" (a rhetorical question says there can be none)."""
    if _question_after(draft.trigger.token):
        return "hypothetical"
    return None
