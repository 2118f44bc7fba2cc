"""Habits, standing positions and statistics: trigger words that name no one happening.

An analyst records happenings. "The gang regularly robs buses", "the party opposes the dam" and
"more than 300 raids" use event words but tell of a habit, a standing position or a count of
many acts, and none is an event of its own (ACE calls such mentions generic).
Each rule below looks at one draft and returns DROP or None, as the assertion rules do
(``events/rules/assertion.py`` runs them, in the order of GENERIC_RULES, after its own).

>>> judge(drafts)   # "The gang regularly robs buses on the coast road."  # doctest: +SKIP
>>> list(drafts)  # doctest: +SKIP
[]
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from crisislens.events.rules.draft import Draft
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import children, has_child_word, is_noun, lemma

DROP = "drop"
# no event, nor anything its clause says: a standing denial denies no one happening ("Beijing
# denies the allegations": neither the denial nor the allegations)
DROP_CLAUSE = "drop clause"
Verdict = str | None
# present-tense tags of a verb that stands alone (no auxiliary): "opposes", "oppose"
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def clause_of(draft: Draft) -> Token:
    """The word whose modifiers say when and how often the event happens: the trigger, or the
    verb whose object an event noun is ("stage" in "routinely stage strikes", also for "raids"
    in "routinely stage strikes and raids")."""
    token = draft.trigger.token
    for _ in range(vocabulary().limits.conj_hops):
        if token.dep_ != "conj" or not is_noun(token.head):
            break
        token = token.head
    if is_noun(token) and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return token.head
    return token


def habitual_adverb(draft: Draft) -> Verdict:
    """A habit is no event: "the gang regularly robs buses", "unions routinely stage strikes",
    "frequent raids on the camps" (an adverb or adjective of frequency)."""
    words = vocabulary().words
    node = clause_of(draft)
    if any(c.dep_ == "advmod" and c.lower_ in words.habitual_adverbs for c in node.children):
        return DROP_CLAUSE
    token = draft.trigger.token
    if is_noun(token) and any(
        c.dep_ == "amod" and c.lower_ in words.habitual_adjectives for c in token.children
    ):
        return DROP
    return None


def standing_perfect(draft: Draft) -> Verdict:
    """A stance or habit the perfect says has held a long time is no one happening: "critics
    have long accused the mayor of graft", "the party has always opposed the dam" (event_rules.yaml:
    standing_adverbs). Without the perfect the adverb may date one act ("long before dawn");
    said by the speakers of themselves, or quoted, it restates their position now ("we have
    always urged them to talk")."""
    words = vocabulary().words
    node = clause_of(draft)
    if not any(lemma(a) in words.perfect_auxiliaries for a in children(node, "aux")):
        return None
    subject = _subject(node)
    if (subject is not None and subject.lower_ in words.speaker_pronouns) or _quoted(node):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in words.standing_adverbs for c in node.children):
        return DROP_CLAUSE
    return None


def _subject(token: Token) -> Token | None:
    """The subject of a verb, or of the first of the verbs it is coordinated with ("we
    consider the plan a good step and urge ...": "we" for "urge")."""
    node = token
    for _ in range(vocabulary().limits.conj_hops):
        found = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None or node.dep_ != "conj":
            return found
        node = node.head
    return None


def _quoted(token: Token) -> bool:
    """Whether ``token`` sits inside a quotation in its sentence (an odd number of quotation
    marks before it), where the present tense is the speaker's own act."""
    marks = vocabulary().words.quotation_marks
    before = token.sent[: token.i - token.sent.start]
    return sum(t.text in marks for t in before) % 2 == 1


def _headline(token: Token) -> bool:
    """A line that ends with no full stop is a headline, which tells past acts in the present
    ("Roadside bomb kills two soldiers")."""
    last = next((t for t in reversed(token.sent) if not t.is_space), None)
    return last is None or last.text not in vocabulary().words.sentence_closers


def standing_present(draft: Draft) -> Verdict:
    """A verb in the simple present, said of someone other than the speaker, states a standing
    position or a habit: "the party opposes the dam", "the ministry denies the reports", "the
    militia controls the road". Said by the actor of itself, quoted, or of one happening
    pointed at, it is an act ("we condemn the attack", "the ministry condemns this attack"),
    and so is a reaction to one thing it names (:func:`reaction_of_the_day`); with an
    auxiliary it is dated ("is attacking", "has denied"); in a headline it tells a past act."""
    token = draft.trigger.token
    if draft.trigger.kind == "noun" or token.tag_ not in PRESENT_TAGS:
        return None
    if draft.modality not in ("asserted", "negated") or children(token, "aux", "auxpass"):
        return None
    words = vocabulary().words
    subject = _subject(token)
    if subject is not None and subject.lower_ in words.speaker_pronouns:
        return None
    pointed = any(  # "condemns this attack": a reaction to one happening, not a stance
        c.dep_ == "det" and c.lower_ in words.demonstratives
        for obj in children(token, "dobj")
        for c in obj.children
    )
    if pointed or reaction_of_the_day(token):
        return None
    return None if _quoted(token) or _headline(token) else DROP_CLAUSE


def reaction_of_the_day(verb: Token) -> bool:
    """Whether a verb of reaction in the simple present reacts to one thing it names, as a
    statement of the day does: "the Secretary-General welcomes the signing of the accord",
    "the envoy commends the mediators" (event_rules.yaml: reaction_verbs). A reaction to a
    kind of thing is a stance ("the party condemns violence", "condemns any violence": no
    definite determiner, no name; event_rules.yaml: definite_determiners).

    >>> reaction_of_the_day(nlp("The envoy welcomes the accord.")[2])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(verb) not in words.reaction_verbs:
        return False
    return any(
        obj.pos_ == "PROPN"
        or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in words.definite_determiners)
            for c in obj.children
        )
        for obj in children(verb, "dobj")
    )


def _count(token: Token) -> float | None:
    """The number that counts ``token`` ("504 attacks", "over 500 raids"), if any."""
    for c in token.children:
        if c.dep_ == "nummod" and c.like_num:
            try:
                return float(c.text.replace(",", ""))
            except ValueError:
                return None
    return None


def counted_acts(draft: Draft) -> Verdict:
    """Many acts counted together are a statistic, not a happening: "launched 504 attacks",
    "dozens of raids on the camps" (at least ``limits.aggregate_count`` of them)."""
    token = draft.trigger.token
    if not is_noun(token) or token.tag_ != "NNS":
        return None
    count = _count(token)
    if count is not None and count >= vocabulary().limits.aggregate_count:
        return DROP
    head = token.head
    quantifier = token.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ != "ROOT"
    if quantifier and head.head.lower_ in vocabulary().words.aggregate_quantifiers:
        return DROP
    return None


def lasting_for_years(draft: Draft) -> Verdict:
    """A stance held "for years" is a standing position, no one happening: "Iran has denied for
    years that ...", "the two have feuded for decades" (event_rules.yaml: duration_units). A
    counted term of a past act is how long the act holds, and the act happened: "the court
    banned him from politics for ten years", "was jailed for five years"."""
    node = clause_of(draft)
    words = vocabulary().words
    for prep in children(node, "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ not in words.duration_preps:
            continue
        if any(o.lower_ in words.duration_units for o in objects) and not _a_term(node, objects):
            return DROP
    return None


def _a_term(verb: Token, units: list[Token]) -> bool:
    """A counted span ("for ten years") after a past act not told in the perfect ("banned",
    "was jailed"; not "has denied", nor "took the votes for granted for 100 years"): the length
    of a sentence or a ban."""
    counted = any(children(unit, "nummod") for unit in units)
    perfect = any(lemma(a) in vocabulary().words.perfect_auxiliaries for a in children(verb, "aux"))
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(children(verb, "auxpass")))
    return counted and past and not perfect


def over_a_period(draft: Draft) -> Verdict:
    """Acts counted over a stretch of time up to now are a statistic, no one happening: "in
    the past two years, 900 fighters have been killed" (event_rules.yaml: period_preps,
    period_units, period_marks)."""
    words = vocabulary().words
    for prep in children(clause_of(draft), "prep"):
        if prep.lower_ not in words.period_preps:
            continue
        for unit in (o for o in prep.children if o.dep_ == "pobj"):
            marks = (c.lower_ for c in unit.children if c.dep_ in ("amod", "det"))
            if unit.lower_ in words.period_units and any(m in words.period_marks for m in marks):
                return DROP
    return None


def whenever_clause(draft: Draft) -> Verdict:
    """A clause of "any time", "every time" or "whenever" tells what happens each time it
    happens, no one happening: "any time rockets are fired at homes, families suffer",
    "whenever shells hit the town, the school closes" (event_rules.yaml: any_time_dets,
    any_time_nouns, whenever_marks). "the last time rockets were fired" dates one act.

    >>> judge(drafts)   # "Every time shells hit the town, people flee."  # doctest: +SKIP
    >>> list(drafts)  # doctest: +SKIP
    []
    """
    words = vocabulary().words
    node = clause_of(draft)
    for mark in node.children:
        if mark.dep_ == "advmod" and mark.lower_ in words.whenever_marks:
            return DROP
        timed = mark.dep_ in ("npadvmod", "advmod") and lemma(mark) in words.any_time_nouns
        if timed and has_child_word(mark, ("det",), words.any_time_dets):
            return DROP
    return None


GENERIC_RULES: tuple[Callable[[Draft], Verdict], ...] = (
    whenever_clause,
    lasting_for_years,
    over_a_period,
    standing_perfect,
    habitual_adverb,
    standing_present,
    counted_acts,
)
