"""Numbers that are no figures: a date ("5 January 2022"), a time ("24 hours"), an age ("a
27-year-old", "Amos Kerr, 28,"), an address ("the 800 block"), a phone number, part of a name
("Channel 9"), or none ("no one was hurt").

>>> is_figure(token, span)  # "12" in "Channel 12 News"  # doctest: +SKIP
False
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from crisislens.events.date_anchors import date_words
from crisislens.events.figure_words import words

NAME_ENTITIES = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "GPE", "LOC", "EVENT", "PERSON"}
NOT_COUNTING_ENTITIES = {"DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY", "MONEY"}
_PHONE = re.compile(r"\d{3}\D{0,2}\d{3}\D?\d{4}")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")


def _in_phone_number(span: Span) -> bool:
    """Whether ``span`` starts inside a phone number written around it (12 characters either
    side). The text searched is that of the 13 tokens either side, every token at least one
    character long, not the whole document's (spaCy joins it anew on each ``doc.text``)."""
    doc = span.doc
    around = doc[max(0, span.start - 13) : min(len(doc), span.end + 13)]
    lo = max(0, span.start_char - 12) - around.start_char
    for phone in _PHONE.finditer(around.text, lo, span.end_char + 12 - around.start_char):
        if phone.start() <= span.start_char - around.start_char < phone.end():
            return True
    return False


def is_figure(token: Token, span: Span) -> bool:
    """False for a date, time, age, address, phone number, or a number inside a name."""
    w = words()
    measure = token.ent_type_ in NOT_COUNTING_ENTITIES and token.ent_type_ != "DATE"
    if measure and not _counts_past_measure(token):
        return False
    if token.ent_type_ in NAME_ENTITIES or _CLOCK.match(token.text):
        return False
    if token.dep_ == "nummod" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        return False  # "News 12", "Channel 4": a count comes before its noun, a name's number after
    if _house_number(token):
        return False
    doc = token.doc
    if _zero(token) or _inside_name(token):
        return False
    if _in_phone_number(span):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if any(t is not None and t.lower_.rstrip(".") in date_words().months for t in (before, after)):
        return False  # "9 November 2023" that the tagger missed
    if after is not None and after.lower_ in w.clock_words:
        return False  # "at about 4am", "around 3 am": a time of day
    if after is not None and (
        after.lemma_.lower() in w.units | w.address_nouns
        or after.lower_ in w.address_nouns
        or after.text == "-"
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ in w.hyphen_units
    ):
        return False
    if token.head.lemma_.lower() in w.units and not cut_from_a_measure(token):
        return False
    if _is_age(token, before, after) or _a_population(token):
        return False
    if token.ent_type_ == "DATE" or re.fullmatch(r"(1[89]|20)\d\d", token.text):
        # a year or a day of a month, unless it visibly counts someone ("2000 protesters") or
        # is the size of a toll
        counts = token.dep_ == "nummod" and token.head.lemma_.lower() in w.noun_kinds
        return counts or sizes_a_toll(token) or _counted_in_a_state(token, after)
    return True


def _a_population(token: Token) -> bool:
    """The people a place holds, no crowd: "the border town of Batken, with a population of
    around 30,000 people", "a town of 12,000" (the number, or the noun it counts, is the object
    of "of" on one of ``population_nouns``).

    >>> doc = nlp("Rockets hit a town of 30,000 people.")  # doctest: +SKIP
    >>> _a_population(token_of("30,000"))                  # doctest: +SKIP
    True
    """
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in words().population_nouns
    )


def cut_from_a_measure(token: Token) -> bool:
    """ "injuring 36, nearly two weeks after a raid": the parser may hang a verb's counted
    object on the unit noun after the comma, though that unit has its own number ("two
    weeks"); the number cut off from it by the comma measures no time, it counts.

    >>> doc = nlp("wounding 14, almost three weeks after the siege")  # doctest: +SKIP
    >>> cut_from_a_measure(doc[1])                                      # doctest: +SKIP
    True
    """
    unit = token.head
    if token.dep_ != "nummod" or unit.i <= token.i + 1 or token.doc[token.i + 1].text != ",":
        return False
    return any(c.dep_ == "nummod" and token.i + 1 < c.i < unit.i for c in unit.children)


def _counts_past_measure(token: Token) -> bool:
    """ "killed 27 MLA fighters": the tagger ran the number into the group's initials as a
    measure ("27 MLA" as a QUANTITY, like "27 MW"), but the number still counts the people
    noun it stands on, which lies outside that entity."""
    w = words()
    head = token.head
    return (
        token.ent_type_ == "QUANTITY"
        and token.dep_ == "nummod"
        and head.ent_iob_ != "I"
        and head.lemma_.lower() in w.person_nouns | w.people_nouns | w.attacker_nouns
    )


def sizes_a_toll(token: Token) -> bool:
    """ "the death toll rose to over 70": a number a toll rose to, stands at or is made of is
    its size, whatever date the tagger saw in it ("over 70" as an age or a year)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("to", "at", "of") or len(token.text) == 4:
        return False
    holder = prep.head
    held = [holder, *(c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return any(t.lemma_.lower() in words().toll_nouns and t.i < token.i for t in held)


def _counted_in_a_state(token: Token, after: Token | None) -> bool:
    """ "Blast kills 9, 40 wounded", "Raiders kill 6, 14 hurt": a number of at most three
    digits joined to another count or after a comma, with a casualty state word right after it
    (``state_kinds``), counts those hurt or dead, whatever date the tagger saw in it."""
    after_a_comma = token.i > 0 and token.doc[token.i - 1].text == ","
    return (
        (token.dep_ == "conj" or after_a_comma)
        and len(token.text) <= 3
        and after is not None
        and words().state_kinds.get(after.lower_) in ("dead", "injured")
    )


def _house_number(token: Token) -> bool:
    """ "lives at 4410 N. Elm St.", "at 217 West Main Street": a number on a street's proper
    name (its last word an ``address_nouns`` word) is a house number, no count."""
    street = token.head
    return (
        token.dep_ == "nummod"
        and street.pos_ == "PROPN"
        and street.i > token.i
        and street.lower_.rstrip(".") in words().address_nouns
    )


def _zero(token: Token) -> bool:
    """ "no one was hurt", "no one else got hurt": a count of none (``zero_words``)."""
    return any(c.dep_ == "det" and c.lower_ in words().zero_words for c in token.children)


def _inside_name(token: Token) -> bool:
    """ "Fox 8 News", "Channel 4 Evening News": a number between two proper nouns of one name
    counts nothing."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > token.sent.start else None
    return (
        before is not None
        and before.pos_ == "PROPN"
        and before.is_title | before.is_upper
        and token.head.pos_ == "PROPN"
        and token.head.i > token.i
    )


def _is_age(token: Token, before: Token | None, after: Token | None) -> bool:
    """ "a 27-year-old", "aged 40", "Amos Kerr, 28," """
    w = words()
    if before is not None and before.lower_ in w.age_words:
        return True
    if after is not None and after.lower_ in w.age_words:
        return True
    return (
        token.dep_ == "appos"
        and token.head.ent_type_ == "PERSON"
        and before is not None
        and before.text == ","
        and token.text.isdigit()
        and int(token.text) < 120
    )
