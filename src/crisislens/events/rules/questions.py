"""Questions that ask for nothing: asking about something, a question asked, an event inside a
question, and a source's own request not to be named. Assertion rules (rules/assertion.py runs them in its order).

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


def anonymity_asked(draft: Draft) -> Verdict:
    """A source asking not to be named asks for nothing political: "a resident, asking not to
    use his name, said six were killed", "a guard, asking not to be identified", "asked
    that his name not be used" (event_rules.yaml: anonymity_words, on the verb asked for or
    on its object); "asked the council to name a new envoy" names someone, a request.

    >>> anonymity_asked(draft)   # "asked" in "He asked not to be named."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    words = vocabulary().words
    if draft.sense.event_type != "REQUEST" or token.pos_ != "VERB":
        return None
    for asked in children(token, "xcomp", "ccomp"):
        if not children(asked, "neg"):
            continue
        named = [asked, *children(asked, "dobj", "nsubjpass")]
        if any(lemma(n) in words.anonymity_words for n in named):
            return DROP
    return None


def not_cleared_to_speak(draft: Draft) -> Verdict:
    """A source "not authorized to speak to reporters" says why it stays unnamed: no talks, and
    no permission refused (event_rules.yaml: permission_verbs, passive and negated, over
    press_speech_verbs). "The junta did not allow the envoy to visit" stays a refusal.

    >>> not_cleared_to_speak(draft)   # "talk" in "He was not authorized to talk."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    words = vocabulary().words
    permission, spoken = token, next(iter(children(token, "xcomp")), None)
    if token.dep_ == "xcomp" and lemma(token) in words.press_speech_verbs:
        permission, spoken = token.head, token
    if spoken is None or lemma(spoken) not in words.press_speech_verbs:
        return None
    if lemma(permission) not in words.permission_verbs:
        return None
    refused = children(permission, "neg") and children(permission, "auxpass")
    return DROP if refused else None
