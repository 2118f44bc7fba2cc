"""Vetoes on verbs that tell what someone said, asked or heard, not an act: a quote's
attribution ("..., agreed the envoy"), a view insisted on, a notice or a warning of a hardship,
talk of a topic, an indirect question, a decision to act, a refusal to comment, a retort and the
description of a source ("according to the index released last week"). The trigger finder asks
them through :func:`crisislens.events.verb_vetoes.vetoed`, of a verb the lexicon has already
read as a trigger; the words are in ``data/event_rules.yaml`` and ``data/article.yaml``."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from crisislens.data import read_yaml
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, lemma


def quote_attribution(token: Token) -> bool:
    """A verb of agreeing that attributes a quote, its subject behind it, shares a view and
    agrees to nothing: "“The talks are stuck,” agreed the envoy" (event_rules.yaml:
    concur_verbs).

    >>> quote_attribution(nlp("“It is over,” agreed the envoy.")[6])    # doctest: +SKIP
    True
    """
    if lemma(token) not in vocabulary().words.concur_verbs:
        return False
    subject = child(token, "nsubj")
    return subject is not None and subject.i > token.i and child(token, "dobj") is None


def insists_on_a_fact(token: Token) -> bool:
    """A verb of insisting whose clause is told as a fact holds a view and asks no one for
    anything: "the spokesman insisted the troops would respect the truce", "she insists the
    vote was fair". A clause with a bare verb or a modal of obligation demands: "insisted that
    the troops leave", "insisted the army must withdraw" (event_rules.yaml: insisting_verbs,
    demanding_modals); so does "insisted on their release".

    >>> insists_on_a_fact(nlp("He insisted the vote was fair.")[1])     # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.insisting_verbs:
        return False
    clauses = children(token, "ccomp")
    if not clauses:
        return False
    verb = clauses[0]
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in words.demanding_modals for a in auxiliaries):
        return False
    if any(a.tag_ == "MD" for a in auxiliaries):
        return True  # "would respect"
    # a tensed verb tells a fact ("was fair", "has acted", "are innocent"); a bare one, which
    # the parser may tag as a plural present ("that the troops leave"), demands
    forms = [verb, *auxiliaries]
    return any(f.tag_ in ("VBD", "VBZ") or f.tag_ == "VBP" and lemma(f) == "be" for f in forms)


def describes_a_source(token: Token) -> bool:
    """A participle in an "according to" phrase describes the source, it names no event:
    "according to the index released last week", "according to figures published by the
    ministry", also where the parse hangs the phrase on the participle (event_rules.yaml:
    source_marks), and where a headline run into the text hangs it on the headline's verb.

    >>> describes_a_source(nlp("According to a report released today, it fell.")[4])  # doctest: +SKIP
    True
    """
    marks = vocabulary().words.source_marks
    if _run_on_from_a_source(token, marks):
        return True
    if token.tag_ != "VBN":
        return False
    bare = not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
    if bare and any(c.dep_ == "prep" and c.lower_ in marks for c in token.children):
        return True
    noun = token.head
    if token.dep_ != "acl" or noun.dep_ != "pobj":
        return False
    return _names_a_source(noun.head, marks)


def _run_on_from_a_source(token: Token, marks: frozenset[str]) -> bool:
    """A headline run into the text can hang the participle on the headline's verb, and the
    parser may tag it as a past tense ("Bombings surge According to the index released last
    week"): a verb with no subject, auxiliary or object whose word before it ends the phrase
    that names a source, with no verb between, describes that source."""
    if token.tag_ not in ("VBN", "VBD") or token.i == token.sent.start:
        return False
    told = ("nsubj", "nsubjpass", "aux", "auxpass", "dobj")
    if any(c.dep_ in told for c in token.children):
        return False
    for word in [token.nbor(-1), *token.nbor(-1).ancestors]:
        if word.pos_ in ("VERB", "AUX") or word.i > token.i:
            return False
        if word.dep_ == "prep" and _names_a_source(word, marks):
            return True
    return False


def _names_a_source(prep: Token, marks: frozenset[str]) -> bool:
    """Whether a preposition opens the phrase that names a source: "according to", "per"."""
    return prep.lower_ in marks or (prep.lower_ == "to" and prep.head.lower_ in marks)


def notifies(token: Token) -> bool:
    """A verb of alerting tells someone of something; it musters no force unless what it
    alerts is one: "a neighbour alerted the police", "the guards, alerted to the fire, rushed
    out", "no one alerted us" (event_rules.yaml: notifying_verbs, notifying_preps,
    mustered_forces). "The army alerted its border units" stays a mobilisation.

    >>> notifies(nlp("A neighbour alerted the police.")[2])          # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.notifying_verbs:
        return False
    if any(p.lower_ in words.notifying_preps for p in children(token, "prep")):
        return True
    alerted = children(token, "dobj", "nsubjpass")
    if token.dep_ in ("acl", "relcl", "appos") and not alerted:
        alerted = [token.head]  # "the guards, alerted by a neighbour, ..."
    return not any(lemma(a) in words.mustered_forces for a in alerted)


def warns_of_a_hardship(token: Token) -> bool:
    """A warning of disruption, shortages or famine is a notice, no threat by anyone: "the
    museum warned of strike disruptions", "aid agencies warn of famine in the north", "as
    many as two million people could be displaced, warned the agency" (event_rules.yaml:
    warning_verbs, warning_preps, hardship_nouns, hardship_verbs). "Warned of a military
    response" and "warned that sanctions would follow" stay threats.

    >>> warns_of_a_hardship(nlp("Agencies warned of famine.")[1])         # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.warning_verbs:
        return False
    clauses = children(token, "ccomp") + _statement_clauses(token)
    if clauses:
        return any(_befalls(c) for c in clauses)
    if child(token, "dobj") is not None:
        return False
    return any(
        lemma(topic) in words.hardship_nouns
        for prep in children(token, "prep")
        if prep.lower_ in words.warning_preps
        for topic in children(prep, "pobj")
    )


def _statement_clauses(token: Token) -> list[Token]:
    """The "that" clause the parse hangs on a statement noun rather than on the verb: "warned
    in a statement that the roads remain shut"."""
    nouns = [o for p in children(token, "prep") for o in children(p, "pobj")]
    clauses = [c for n in nouns for c in children(n, "acl")]
    return [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _befalls(clause: Token) -> bool:
    """Whether a warning's clause tells a hardship that may befall people: its verb one of
    hardship_verbs ("could be displaced", "would run out"), or a hardship noun as its subject,
    object or the object of its preposition ("millions could face famine", "the troops are
    still in danger"), or a state people are left in (``a_state_held``)."""
    words = vocabulary().words
    if lemma(clause) in words.hardship_verbs or a_state_held(clause):
        return True
    said = children(clause, "nsubj", "nsubjpass", "dobj")
    said += [o for p in children(clause, "prep") for o in children(p, "pobj")]  # "in danger"
    return any(lemma(w) in words.hardship_nouns for w in said)


@cache
def state_verbs() -> frozenset[str]:
    """``data/article.yaml`` (state_verbs): verbs that make what follows a state."""
    return frozenset(read_yaml("article.yaml")["state_verbs"])


def a_state_held(clause: Token) -> bool:
    """A warning's clause that says a state goes on ("thousands of families remain cut off",
    "the crossing stays shut") tells how things stand, and threatens no one: its verb, or
    the auxiliary of its participle, is one of state_verbs (article.yaml). "Warned that the
    crossing would be shut" stays a threat.

    >>> a_state_held(nlp("He warned that the roads remain blocked.")[5])  # doctest: +SKIP
    True
    """
    verbs = [clause, *children(clause, "auxpass", "aux")]
    return any(v.lower_ in state_verbs() or lemma(v) in state_verbs() for v in verbs)


def talks_of_a_topic(token: Token) -> bool:
    """Talking of or about something, with no one to talk with, tells what was said; no one
    meets anyone: "the refugees talked of beatings on the road", "she spoke about the siege"
    (event_rules.yaml: talking_verbs, talked_topic_preps, talk_partner_preps). "The envoys
    talked with the rebels about a truce" stays a meeting.

    >>> talks_of_a_topic(nlp("The men talked of beatings.")[2])         # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.talking_verbs or child(token, "dobj") is not None:
        return False
    preps = children(token, "prep")
    if not any(p.lower_ in words.talked_topic_preps for p in preps):
        return False
    partners = [
        o
        for p in preps
        if p.lower_ in words.talk_partner_preps
        for o in children(p, "pobj")
        if o.ent_type_ not in ("GPE", "LOC", "FAC")  # "on the road to Kestport"
    ]
    return not partners


def asks_a_question(token: Token) -> bool:
    """An indirect question about what is or was is asked, no request made: "when asked
    whether Norland was behind the blast, the spokesman said ...", "reporters asked if the
    raid had been approved" (event_rules.yaml: question_verbs, indirect_question_marks, or a
    wh-word opening the clause). A yes-or-no question with a modal stays as read, a request
    or a plan asked about: "the mayor asked whether the army could send water"; a wh-question
    with one only asks what will be ("asked how long the closure would last").

    >>> asks_a_question(nlp("Asked if the raid was legal, he said yes.")[0])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.question_verbs or children(token, "xcomp"):
        return False
    questions = [c for c in children(token, "ccomp") if _indirect_question(c)]
    modals = [a for q in questions if _yes_or_no(q) for a in children(q, "aux") if a.tag_ == "MD"]
    return bool(questions) and not modals


def _yes_or_no(clause: Token) -> bool:
    """Whether an indirect question is opened by "whether" or "if": only such a question with
    a modal asks for something ("asked whether the army could send water"); "asked how long
    the closure would last" asks only what will be."""
    marks = vocabulary().words.indirect_question_marks
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _indirect_question(clause: Token) -> bool:
    """Whether a clause is an indirect question: opened by "whether" or "if", or by a
    wh-word ("asked what the army planned")."""
    marks = vocabulary().words.indirect_question_marks
    if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
        return True
    return clause.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB")


def decides_an_act(token: Token) -> bool:
    """A decision to act is that act, planned, not an agreement: in "the council decided to
    expel the envoy" the expulsion is the event (rules/intent.py, decided); "decided" names
    none of its own (event_rules.yaml: decision_verbs).

    >>> decides_an_act(nlp("They decided to leave.")[1])                 # doctest: +SKIP
    True
    """
    return lemma(token) in vocabulary().words.decision_verbs and bool(
        children(token, "xcomp", "ccomp")
    )


def withholds_comment(token: Token) -> bool:
    """Declining to comment or to give details rejects no one's demand: "the ministry declined
    to comment", "police refused to give details of the arrests" (event_rules.yaml:
    comment_refusals, comment_verbs; the objects of no_event_objects: provide).

    >>> withholds_comment(nlp("The firm declined to give details.")[2])   # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.comment_refusals:
        return False
    information = vocabulary().no_event_objects.get("provide", frozenset())
    for verb in children(token, "xcomp"):
        if lemma(verb) in words.comment_verbs:
            return True
        objects = children(verb, "dobj")
        if lemma(verb) in words.telling_verbs and any(lemma(o) in information for o in objects):
            return True
    return False


@cache
def retort_words() -> dict[str, frozenset[str]]:
    """``data/article.yaml``: the retort_* word lists (verbs, particles, targets)."""
    data = read_yaml("article.yaml")
    return {key: frozenset(words) for key, words in data.items() if key.startswith("retort_")}


def retorts(token: Token) -> bool:
    """A verb of striking with "back" or "out" whose "at" names words or those who said them
    is a retort, no blow: "Iran hit back at the allegations", "the minister fired back at his
    critics"; so is one with no target whose clause says or accuses ("Kell hit back, saying
    the claims were lies", "Kell hit back after Velm accused it of the raid") (data/article.yaml
    retort_verbs, retort_particles, retort_targets, retort_clauses). "Troops hit back at the
    rebels" and "troops hit back, killing five" stay.

    >>> retorts(nlp("Kell hit back at the claims.")[1])                 # doctest: +SKIP
    True
    """
    words = retort_words()
    if lemma(token) not in words["retort_verbs"]:
        return False
    back = words["retort_particles"]
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in back for c in token.children):
        return False
    said = [o for p in children(token, "prep") if p.lower_ == "at" for o in children(p, "pobj")]
    if any(lemma(o) in words["retort_targets"] for o in said):
        return True
    # "hit back, saying ...", "hit back after Kell accused it": no one struck, words answered
    aimed = said or children(token, "dobj")
    clauses = children(token, "advcl")
    return not aimed and any(lemma(c) in words["retort_clauses"] for c in clauses)


_QUOTE_MARKS = frozenset('"“”')


def names_a_work(token: Token) -> bool:
    """A verb inside the quoted title of a report, a book or a film is a word of its name; no
    one did it: 'rejected the report, "We Can Torture, Kill or Keep You"', 'a study titled
    "Burning the Villages"' (event_rules.yaml: work_nouns, titling_verbs: the word before the
    opening quote mark, past a comma or a colon; the verb capitalised as in a title, so that
    "according to the report, \"soldiers killed 20\"" stays).

    >>> names_a_work(nlp('He rejected the report, "They Burn Our Homes".')[7])  # doctest: +SKIP
    True
    """
    if not token.text[:1].isupper():
        return False  # a title's words are capitalised; a quote's verbs are not
    before = _paragraph_before(token)  # a colon in the title may end the parse's sentence
    quotes = [t for t in before if t.tag_ in ("``", "''") or t.text in _QUOTE_MARKS]
    if len(quotes) % 2 == 0:
        return False  # not inside a quotation
    ahead = [t for t in before if t.i < quotes[-1].i and t.text not in (",", ":")]
    if not ahead:
        return False
    words = vocabulary().words
    named = lemma(ahead[-1])
    return named in words.work_nouns or named in words.titling_verbs


def _paragraph_before(token: Token) -> list[Token]:
    """The words before ``token`` in its paragraph, in order."""
    start = token.i
    while start > 0 and "\n" not in token.doc[start - 1].text_with_ws:
        start -= 1
    return list(token.doc[start : token.i])


def evidence_supports(token: Token) -> bool:
    """Figures, evidence or findings that support, or do not support, a claim bear it out or
    not; no party backs anyone: "the numbers did not support the opposition's charges", "the
    findings support the ministry's account" (event_rules.yaml: bearing_verbs,
    evidence_subjects). "Kestland supports the plan" stays.

    >>> evidence_supports(nlp("The figures do not support the claim.")[4])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.bearing_verbs:
        return False
    subjects = children(token, "nsubj")
    return bool(subjects) and all(lemma(s) in words.evidence_subjects for s in subjects)
