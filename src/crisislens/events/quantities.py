"""Quantities: the numbers that matter (dead, injured, arrested, displaced, crowd size, troops,
money), each with the words it came from.

>>> parse_number("200,000"), parse_number("1.2 million"), parse_number("dozens"), parse_number("three")
(200000.0, 1200000.0, 24.0, 3.0)
"""

from __future__ import annotations

import re
from typing import cast

from spacy.tokens import Span, Token

from crisislens.schemas import Quantity, QuantityKind

WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "tens of thousands": 20000,
    "hundreds of thousands": 200000,
}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "bn": 1e9}
# head lemma -> kind; checked on the noun a number counts, or the verb it is the subject of
KIND_OF_NOUN = {
    "troop": "troops",
    "soldier": "troops",
    "serviceman": "troops",
    "paratrooper": "troops",
    "marine": "troops",
    "peacekeeper": "troops",
    "personnel": "troops",
    "reservist": "troops",
    "protester": "size",
    "protestor": "size",
    "demonstrator": "size",
    "marcher": "size",
    "rioter": "size",
    "people": "size",
    "supporter": "size",
    "worker": "size",
    "crowd": "size",
    "refugee": "displaced",
    "evacuee": "displaced",
    "migrant": "displaced",
    "death": "dead",
    "body": "dead",
    "fatality": "dead",
    "casualty": "dead",
    "dead": "dead",
    "injury": "injured",
    "wounded": "injured",
    "arrest": "arrested",
    "detainee": "arrested",
    "prisoner": "arrested",
    "hostage": "arrested",
}
KIND_OF_VERB = {
    "kill": "dead",
    "die": "dead",
    "murder": "dead",
    "execute": "dead",
    "massacre": "dead",
    "slaughter": "dead",
    "behead": "dead",
    "shoot": "injured",
    "injure": "injured",
    "wound": "injured",
    "hurt": "injured",
    "arrest": "arrested",
    "detain": "arrested",
    "jail": "arrested",
    "imprison": "arrested",
    "abduct": "arrested",
    "kidnap": "arrested",
    "displace": "displaced",
    "flee": "displaced",
    "evacuate": "displaced",
    "deploy": "troops",
    "send": "troops",
    "protest": "size",
    "rally": "size",
    "march": "size",
    "gather": "size",
    "demonstrate": "size",
}
_NUM = re.compile(r"^(\d+(?:[.,]\d+)*)\s*(k|m|bn|thousand|million|billion)?$", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    t = text.lower().replace("about ", "").replace("some ", "").replace("at least ", "")
    t = t.replace("more than ", "").replace("over ", "").replace("nearly ", "").strip()
    t = t.replace("$", "").replace("us$", "").strip()
    if t in WORDS:
        return float(WORDS[t])
    parts = t.split()
    if len(parts) == 2 and parts[1] in SCALE:
        base = parse_number(parts[0])
        return base * SCALE[parts[1]] if base is not None else None
    match = _NUM.match(t)
    if not match:
        return None
    digits = match.group(1)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
        value = float(digits.replace(",", ""))
    elif re.fullmatch(r"\d+([.,]\d+)?", digits):
        value = float(digits.replace(",", "."))
    else:
        return None  # "09.03.2018" is a date, "1.2.3" a version: not a quantity
    if match.group(2):
        value *= SCALE[match.group(2).lower()]
    return value


def _number_span(token: Token) -> Span:
    """The number words around a numeric token: "200,000", "1.2 million", "tens of thousands"."""
    doc = token.doc
    start = end = token.i
    while start > 0 and (
        doc[start - 1].like_num
        or doc[start - 1].dep_ == "quantmod"
        and doc[start - 1].lower_
        not in ("at", "least", "more", "than", "about", "some", "over", "nearly", "up")
    ):
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].like_num and doc[end + 1].head.i in (token.i, end):
        end += 1
    return doc[start : end + 1]


def quantities_in(sent: Span) -> list[tuple[Token, Quantity]]:
    """All quantities in ``sent``, each with the token it attaches to (for event assignment)."""
    found: list[tuple[Token, Quantity]] = []
    seen: set[int] = set()
    for ent in sent.ents:
        if ent.label_ == "MONEY":
            value = parse_number(" ".join(t.text for t in ent if t.like_num or t.lower_ in SCALE))
            if value is not None:
                found.append(
                    (
                        ent.root.head,
                        Quantity(
                            kind="money",
                            value=value,
                            text=ent.text,
                            start=ent.start_char,
                            end=ent.end_char,
                        ),
                    )
                )
                seen.update(range(ent.start, ent.end))
    for token in sent:
        if token.i in seen or not (token.like_num or token.lower_ in WORDS):
            continue
        if token.ent_type_ in ("DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY", "MONEY"):
            continue
        if token.dep_ not in (
            "nummod",
            "nsubj",
            "nsubjpass",
            "dobj",
            "pobj",
            "appos",
            "conj",
            "quantmod",
            "compound",
        ):
            continue
        span = _number_span(token)
        seen.update(range(span.start, span.end))
        value = parse_number(span.text)
        if value is None:
            continue
        kind, anchor = _kind(token)
        found.append(
            (
                anchor,
                Quantity(
                    kind=cast(QuantityKind, kind),  # the kinds of KIND_OF_NOUN and KIND_OF_VERB
                    value=value,
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                ),
            )
        )
    return found


def _kind(token: Token) -> tuple[str, Token]:
    head = token.head if token.dep_ in ("nummod", "quantmod", "compound") else token
    counted = next(
        (
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    if counted is not None and KIND_OF_NOUN.get(counted.lemma_.lower()):
        # "thousands of protesters took to the streets": the protesters are counted
        anchor = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
        return KIND_OF_NOUN[counted.lemma_.lower()], anchor
    while head.dep_ == "quantmod" and head.head is not head:
        head = head.head
    lemma = head.lemma_.lower()
    kind = KIND_OF_NOUN.get(lemma)
    first = head
    while first.dep_ == "conj" and first.head is not first:  # "26 protesters and 18 members"
        first = first.head
    if first is not head and kind is None and lemma in ("member", "other", "more", "person"):
        head = first  # "26 protesters and 18 members (of the security forces)"
    # "12 people were killed", "killed 12": the verb says what the number counts
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None:
        verb_kind = KIND_OF_VERB.get(verb.lemma_.lower())
        if verb_kind and (kind in (None, "size") or verb_kind in ("dead", "injured", "arrested")):
            kind = verb_kind
    for child in head.children:  # "civilians killed", "people wounded"
        if child.dep_ in ("acl", "relcl") and KIND_OF_VERB.get(child.lemma_.lower()) in (
            "dead",
            "injured",
            "arrested",
            "displaced",
        ):
            kind = KIND_OF_VERB[child.lemma_.lower()]
    return kind or "other", verb if verb is not None else head
