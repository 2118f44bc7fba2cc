"""Tenses of the clauses events and dates are told in: a clause that tells a happening before
the story's time (the past perfect, a clause that starts a span), the report's present, a plan
of the future, and the verb whose clause holds a word. Read by :mod:`crisislens.events.dates`;
the words are in ``data/dates.yaml``.

>>> doc = nlp("Aides said Monday the mayor had banned the march.")  # doctest: +SKIP
>>> told_as_earlier([token_of("banned")])                          # doctest: +SKIP
True
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from crisislens.events.date_anchors import date_words
from crisislens.nlp.doc_cache import doc_text

NOUNS = ("NOUN", "PROPN", "PRON")
# a verb with no tense of its own, and the links by which it hangs in another verb's clause
TENSELESS_TAGS = ("VB", "VBG", "VBN")
TENSELESS_LINKS = ("xcomp", "advcl", "pcomp", "conj", "prep")


def told_as_earlier(tokens: list[Token]) -> bool:
    """A verb in the past perfect tells a happening before the story's time: "the council
    said on Friday that the mayor had banned the march" does not date the ban by Friday.
    A verb with no tense of its own (an infinitive, a participle, a gerund) shares the tense
    of the clause it hangs in: "the leaders had traded insults, prompting Paris to recall its
    envoy" and "it had worked with them, including by offering them homes" tell earlier acts.

    >>> doc = nlp("Aides said Monday the mayor had banned the march.")  # doctest: +SKIP
    >>> told_as_earlier([token_of("banned")])                          # doctest: +SKIP
    True
    """
    head = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
    if tokens and past_under_the_present(head or clause_verb(tokens[0])):
        return True  # "have treated 90 people who were beaten during the marches"
    earlier = date_words().earlier_auxiliaries
    for _ in range(6):
        if head is None:
            return False
        if bounds_a_span(head):
            return True
        auxes = [c for c in head.children if c.dep_ == "aux" and c.tag_ != "TO"]
        if any(c.lower_ in earlier for c in auxes):
            return True
        if auxes or any(c.dep_ == "auxpass" for c in head.children):
            return False  # its own tense: "... had arrested 12 and that four were hurt"
        if head.dep_ not in TENSELESS_LINKS or head.tag_ not in TENSELESS_TAGS:
            return False
        head = head.head if head.head.i != head.i else None
        while head is not None and head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head  # "by offering": the verb the preposition hangs on
    return False


def past_under_the_present(verb: Token) -> bool:
    """A relative clause in the simple past on a noun of a clause told in the present or the
    perfect tells an act before the report's present: in "medics have treated 120 people who
    were beaten at the rallies, the union said on Tuesday", the beating is no act of Tuesday,
    the day of the saying. (Under a past clause, "police arrested two men who attacked a
    bus", the acts share the story's time.)

    >>> doc = nlp("Medics have treated 90 people who were beaten at rallies.")  # doctest: +SKIP
    >>> past_under_the_present(token_of("beaten"))                             # doctest: +SKIP
    True
    """
    words = date_words()
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head  # a trigger may start at its auxiliary ("were beaten")
    if verb.dep_ != "relcl" or verb.head.pos_ not in NOUNS:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tensed = auxes[0] if auxes else verb
    if tensed.tag_ not in words.past_tags:
        return False
    outer = clause_verb(verb.head)
    outer_auxes = [c for c in outer.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(
        c.lemma_.lower() in words.perfect_auxiliaries and c.tag_ in words.present_tags
        for c in outer_auxes
    )
    return perfect or not outer_auxes and outer.tag_ in words.present_tags


def bounds_a_span(verb: Token) -> bool:
    """A verb in a clause that starts a span the sentence tells (``earlier_marks``) tells a
    happening before the story's time: in "prices have soared since the mill closed", the
    closing is no news of the report's day.

    >>> doc = nlp("Prices have soared since the mill closed.")  # doctest: +SKIP
    >>> bounds_a_span(doc[6])                                  # doctest: +SKIP
    True
    """
    marks = date_words().earlier_marks
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in marks  # "since closing the mill"
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks for c in verb.children
    )


def of_another_time(tokens: list[Token], ent: Span) -> bool:
    """The event is told in a clause of the present or the perfect and the date in another
    clause of its sentence, in the simple past: the date is that clause's, and the event the
    report's present ("the talks began in Geneva last October and have stalled since, with
    each side blaming the other": the blaming is not October's; "rebels took the port on
    Friday and are now marching north").

    >>> doc = nlp("Rebels took the port on Friday and are marching north.")  # doctest: +SKIP
    >>> of_another_time([token_of("marching")], doc.ents[0])                 # doctest: +SKIP
    True
    """
    verb = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    tensed, dated = _tensed_verb(verb), clause_verb(ent.root)
    words = date_words()
    if dated.lemma_.lower() in words.reporting_verbs:
        return False  # "the ministry said on Monday it is sending troops": the day it said so
    past = dated.tag_ in words.past_tags and not any(c.dep_ == "aux" for c in dated.children)
    return tensed != dated and past and told_in_the_present([tensed])


def _tensed_verb(verb: Token) -> Token:
    """The verb whose tense ``verb`` shares: itself, or for an infinitive, a participle or a
    gerund, the verb of the clause it hangs in ("with each side blaming": the verb of "with")."""
    for _ in range(6):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
        if auxes or verb.dep_ not in TENSELESS_LINKS or verb.tag_ not in TENSELESS_TAGS:
            return verb
        if verb.head.i == verb.i:
            return verb
        verb = verb.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head
    return verb


def modifies_a_noun(tokens: list[Token]) -> bool:
    """A verb in a clause on a noun (a participle or a relative clause), or a noun in such a
    clause ("the riots that started the war"), tells what the noun went through before the
    sentence's own news: "the girls abducted from a dormitory were
    freed on Sunday" does not date the abduction by Sunday (where the main verb tells no
    event of its own, "last year it was put on a list of books banned by the council", its
    date may be the only one the text gives: :meth:`ArticleDates.of_trigger`).

    >>> doc = nlp("Hostages seized in a raid were freed on Sunday.")  # doctest: +SKIP
    >>> modifies_a_noun([token_of("seized")])                        # doctest: +SKIP
    True
    """
    head = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
    if head is None and tokens:
        head = clause_verb(tokens[0])  # "protests that led to a war": the war's clause
    return head is not None and head.dep_ in ("acl", "relcl") and head.head.pos_ in NOUNS


def told_in_the_present(tokens: list[Token]) -> bool:
    """A verb of the present, the perfect or the future ("are searching", "has been charged",
    "will appear"), reading a conjoined verb's tense from the verb it joins ("was shot and
    killed"). A noun ("the shooting") names a happening, not the report's present."""
    head = next((t for t in tokens if t.pos_ in ("VERB", "AUX", "NOUN", "PROPN")), None)
    if head is None or head.pos_ in ("NOUN", "PROPN"):
        return False
    words = date_words()
    tags = words.current_tags
    for _ in range(4):
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if auxes or head.dep_ != "conj" or head.head.i == head.i or head.tag_ in words.past_tags:
            break  # "is considering sanctions and warned": the past verb keeps its own tense
        head = head.head
    return head.tag_ in tags or any(a.tag_ in tags for a in auxes)


def about_the_future(ent: Span) -> bool:
    """Whether a date expression dates a clause about the future: its verb has a future
    auxiliary ("will convene a summit on Friday", "said the ban would start on Monday"; not
    "would have met on Monday"), or is the infinitive of a present-tense
    head of intent or schedule ("is due to fly out on Monday", "plans to visit in June").
    A past one ("was expected to land on Monday") tells of a past plan.

    >>> doc = nlp("The envoy is due to fly to Accra on Sunday.")         # doctest: +SKIP
    >>> about_the_future(doc.ents[-1])                                   # doctest: +SKIP
    True
    """
    words = date_words()
    verb = clause_verb(ent.root)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "will meet X and sign Y on Friday"
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxiliaries & words.future_auxiliaries:
        return not auxiliaries & words.perfect_auxiliaries  # "would have met on Monday"
    if _scheduled_present(verb):
        return True
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in words.future_heads:
        return False
    tensed = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    if head.dep_ == "acomp":
        tensed.append(head.head)  # "is due to"
    return any(t.tag_ in words.present_tags or t.lower_ in words.future_auxiliaries for t in tensed)


def _scheduled_present(verb: Token) -> bool:
    """A verb of a timetable in the simple present, with a day, looks forward: "the curfew
    takes effect on Saturday", "the trial opens on Monday", "the talks are held in Doha on
    Friday" (``schedule_verbs``). Not a progressive or perfect ("are meeting", "has met"),
    nor in a headline's first line, where the present tells the past ("Trial opens on
    Monday")."""
    words = date_words()
    if verb.lemma_.lower() not in words.schedule_verbs or verb.i < headline_end(verb.doc):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in words.present_tags:
        return not aux
    return verb.tag_ == "VBN" and [a.tag_ in words.present_tags and a.dep_ for a in aux] == [
        "auxpass"
    ]


def headline_end(doc: Doc) -> int:
    """The index of the first token after a headline: a first line of at most 200 characters
    without end punctuation, with text after it (0 where there is none)."""
    first, _, rest = doc_text(doc).partition("\n")
    if not rest.strip() or len(first) > 200 or first.rstrip().endswith((".", "!", "?", ":")):
        return 0
    return next((t.i for t in doc if t.idx >= len(first)), len(doc))


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token`` (itself when it is a verb)."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node
