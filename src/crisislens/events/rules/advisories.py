"""Warnings that threaten no one: a warning of what may come, and an advisory to travellers or
of the weather; and shots fired as a warning, which are the warning alone. Assertion rules
(rules/assertion.py runs them in its order).

>>> advisory_no_threat(draft)   # "The embassy warned tourists to avoid the port."  # doctest: +SKIP
'drop'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.modality import modal_adjectives
from crisislens.events.rules.arguments import of_objects
from crisislens.events.rules.draft import Draft
from crisislens.events.rules.generic import DROP, Verdict
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import children, lemma


def warned_of_a_possibility(draft: Draft) -> Verdict:
    """A warning of what may come is no threat by the one who warns: "the envoy warned of a
    possible return of the fighting", "a warning of potential unrest" (the possible adjectives
    of article.yaml modal_adjectives on what the warning is of; the parser may hang the "of"
    on a date: "warned in May of a possible ..."); "warned of a harsh response" threatens."""
    token = draft.trigger.token
    if draft.sense.event_type != "THREATEN":
        return None
    unsure = modal_adjectives().get("possible", frozenset())
    feared = [o for w in _warning_heads(token) for o in of_objects(w)]
    if any(c.dep_ == "amod" and c.lower_ in unsure for o in feared for c in o.children):
        return DROP
    return None


def warned_of_nature(draft: Draft) -> Verdict:
    """A warning of the weather, of a natural hazard, of a hardship or of a risk is a forecast,
    no threat by the one who warns: "the weather office warned that more rain is coming",
    "warned of floods in the valley", "warned that the drought could last into spring",
    "rights groups warned of growing fears of violence" (what the warning is of, or the
    subject of what it says, among event_rules.yaml natural_hazards, hazard_agents,
    hardship_nouns, advisory_modifiers or risk_nouns). "Warned that its troops would respond"
    and "warned of the threat of sanctions" stay threats.

    >>> warned_of_nature(draft)   # "warned" in "It warned that more rain is coming."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    if draft.sense.event_type != "THREATEN":
        return None
    words = vocabulary().words
    nature = words.natural_hazards | words.hazard_agents | words.hardship_nouns
    nature |= words.advisory_modifiers | words.risk_nouns
    said = [s for c in children(token, "ccomp") for s in children(c, "nsubj", "nsubjpass")]
    feared = [o for w in _warning_heads(token) for o in of_objects(w)]
    return DROP if any(lemma(w) in nature for w in (*said, *feared)) else None


def warned_of_a_fact(draft: Draft) -> Verdict:
    """A warning that tells what another party is doing or has done reports it and threatens
    no one: "officials warned that the militants were planning more attacks", "warned that
    troops are massing on the border", "warned that the truce had collapsed" (the warned
    clause in the progressive or the perfect, with no modal, its subject a noun other than
    the one who warns). "Warned that their leaders will be arrested", "warned that it was
    preparing sanctions" (a pronoun: the one who warns, likely) and "warned that those
    responsible faced arrest" (a plain past, which may be a present told in the past) stay
    threats.

    >>> warned_of_a_fact(draft)   # "warned" in "They warned that gunmen were massing."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    if draft.sense.event_type != "THREATEN" or token.pos_ != "VERB":
        return None
    if lemma(token) not in vocabulary().words.warning_verbs:
        return None
    warners = {lemma(s) for s in children(token, "nsubj")}
    for clause in children(token, "ccomp"):
        doers = children(clause, "nsubj", "nsubjpass")
        others = [d for d in doers if d.pos_ in ("NOUN", "PROPN") and lemma(d) not in warners]
        if others and _told_as_going_on(clause):
            return DROP
    return None


def _told_as_going_on(clause: Token) -> bool:
    """Whether a clause tells what goes on or has gone on: a verb in the progressive ("were
    planning", "is coming") or the perfect ("had collapsed"), with no modal; not "be" itself
    ("was ready to strike")."""
    helpers = children(clause, "aux", "auxpass")
    if lemma(clause) == "be" or any(a.tag_ == "MD" for a in helpers):
        return False
    progressive = clause.tag_ == "VBG" and any(lemma(a) == "be" for a in helpers)
    perfect = clause.tag_ == "VBN" and any(lemma(a) == "have" for a in helpers)
    return progressive or perfect


def _warning_heads(token: Token) -> list[Token]:
    """Where what a warning is of may hang: the trigger, its object ("issued a warning of"),
    and a date in a phrase on it ("warned in May of")."""
    dated = [
        o for p in children(token, "prep") for o in children(p, "pobj") if o.ent_type_ == "DATE"
    ]
    return [token, *children(token, "dobj"), *dated]


def advisory_no_threat(draft: Draft) -> Verdict:
    """A warning to people on the move, or of the weather, is an advisory and threatens no
    one: "the ministry issued a warning to travellers heading north", "a storm warning",
    "warned tourists to avoid the border" (event_rules.yaml: advisory_addressees,
    advisory_modifiers). "warned the rebels of a harsh response" stays a threat.

    >>> judge(drafts)   # "The embassy warned tourists to avoid the port."  # doctest: +SKIP
    >>> list(drafts)  # doctest: +SKIP
    []
    """
    token = draft.trigger.token
    if draft.sense.event_type != "THREATEN":
        return None
    words = vocabulary().words
    nodes = [token, *children(token, "dobj")]
    if token.dep_ == "dobj":
        nodes.append(token.head)  # "issued a warning to travellers": the "to" is the verb's
    modifiers = {lemma(c) for n in nodes for c in children(n, "compound")}
    if token.dep_ == "acl" and token.head.i == token.i - 1:
        modifiers.add(lemma(token.head))  # "a storm warning", parsed as a storm that warns
    told = [o for n in nodes for o in _addressees(n)]
    advisory = modifiers & words.advisory_modifiers
    return DROP if advisory or any(lemma(o) in words.advisory_addressees for o in told) else None


def _addressees(token: Token) -> list[Token]:
    """Whom a warning is told to: the object of "warn", or what follows its "to" or "for"."""
    found = children(token, "dobj") if token.pos_ == "VERB" else []
    for prep in token.children:
        if prep.dep_ in ("dative", "prep") and prep.lower_ in vocabulary().words.addressee_preps:
            found += children(prep, "pobj")
    return found


def advised_caution(draft: Draft) -> Verdict:
    """A warning to take care is advice, no threat: "the embassy warned its citizens to avoid
    the border", "the party warned its members to proceed cautiously" (event_rules.yaml:
    caution_verbs, the verb of what the warned are told to do). "Warned the rebels to leave
    the town" stays a threat.

    >>> advised_caution(draft)   # "warned" in "It warned them to avoid the port."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    if draft.sense.event_type != "THREATEN" or token.pos_ != "VERB":
        return None
    told = children(token, "xcomp", "ccomp")
    return DROP if any(lemma(t) in vocabulary().words.caution_verbs for t in told) else None


def fired_as_a_warning(draft: Draft) -> Verdict:
    """Shots fired as a warning are a threat, no attack: the parse may read "fired warning
    shots" as firing and warning, with the shots the warning's object; the firing then goes
    and the warning stays, one THREATEN of force (event_lexicon.yaml objects: warn, as the
    compound "warning shot" under "fire" reads when parsed whole). "Fired shots at the patrol"
    stays an attack, and "fired warning shots and tear gas" stays a firing of the gas too
    (event_rules.yaml: warning_fire_verbs, warning_shots).

    >>> fired_as_a_warning(draft)   # "fired" in "Troops fired warning shots."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    words = vocabulary().words
    if token.pos_ != "VERB" or lemma(token) not in words.warning_fire_verbs:
        return None
    warnings = [c for c in children(token, "xcomp") if lemma(c) == "warn"]
    shots = [o for w in warnings for o in children(w, "dobj")]
    alone = [o for o in shots if not o.conjuncts]
    return DROP if any(lemma(o) in words.warning_shots for o in alone) else None
