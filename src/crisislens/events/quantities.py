"""Quantities: the numbers that matter (dead, injured, arrested, displaced, crowd size, troops,
money), each with the words it came from. The word lists are in ``data/quantities.yaml``.

A number is a figure only when it counts something: never a date ("5 January 2022"), a time
("24 hours"), an age ("a 27-year-old", "Amos Kerr, 28,"), an address ("the 800 block"), a phone
number or part of a name ("Channel 9"). One person named as killed or hurt is a figure of one ("a
porter was shot and killed": dead 1), and so is one a phrase describes as hurt ("left a clerk in
critical condition", "a hiker suffering from a gunshot wound": injured 1).

This module finds the numbers and their words, and joins or splits the counts of one list; what
each number counts (dead, hurt, held, a crowd) is read by ``counted``. The words are read by
``figure_words``; the numbers that are no figures are told by ``not_figures``; a victim counted
without a number is found by ``victims``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import cast

from spacy.tokens import Doc, Span, Token

from crisislens.events.counted import (
    CAUGHT,
    count_kind,
    fatal_share,
    first_conjunct,
    state_right_after,
    toll_kind,
)
from crisislens.events.counted import casualty_clause as casualty_clause
from crisislens.events.counted import in_cause as in_cause
from crisislens.events.figure_words import parse_number, words
from crisislens.events.not_figures import is_figure
from crisislens.events.tallies import counted_over_a_period as counted_over_a_period
from crisislens.events.tallies import tally, vague_standing_count
from crisislens.events.victims import (
    CASUALTY_KINDS,
    SUBJECTS,
    is_number,
    negated,
    one_person_casualties,
)
from crisislens.nlp.doc_cache import doc_text, per_doc, span_ents
from crisislens.nlp.syntax import clause_head, same_token
from crisislens.schemas import Quantity, QuantityKind

COUNTING_DEPS = {
    "nummod",
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "appos",
    "conj",
    "quantmod",
    "compound",
    "npadvmod",
}
# what a number of people is when no word says what became of them
PEOPLE_KINDS = ("troops", "size", "arrested", "displaced")


def _number_span(token: Token) -> Span:
    """The number words around a numeric token: "200,000", "1.2 million", "2 K", "at least 30",
    "twenty-two", "three hundred", "two dozen"."""
    doc, w = token.doc, words()
    start = end = token.i
    while start > 0 and (
        doc[start - 1].like_num
        or doc[start - 1].dep_ == "quantmod"
        and doc[start - 1].lower_ not in w.bounds
    ):
        start -= 1
    if _hyphened(doc, start - 2):
        start -= 2  # "twenty-two" from its "two"
    if start > 0 and _vaguely_counted(doc[start - 1], doc[start]):
        start -= 1  # "several hundred"
        if start > 0 and doc[start - 1].lower_ == "a" and doc[start - 1].head.i == token.i:
            start -= 1  # "a few thousand"
    while end + 1 < len(doc):
        following = doc[end + 1]
        numeric = following.like_num or following.lower_ in w.number_multipliers
        # "three hundred": either may hang on the other
        attached = numeric and (following.head.i in (token.i, end) or doc[end].head == following)
        # "1.2 million", and "2K" that the tokenizer splits into "2" + "K"
        scaled = following.lower_ in w.scale and (len(following) > 2 or doc[end].whitespace_ == "")
        if _hyphened(doc, end):
            end += 1  # the hyphen; its number word next
        elif not (attached or scaled):
            break
        end += 1
    return doc[start : end + 1]


def _vaguely_counted(word: Token, number: Token) -> bool:
    """ "several hundred", "a few thousand": a vague word (``vague_counts``) on a multiplier or a
    scale word right after it."""
    w = words()
    return (
        word.lower_ in w.vague_counts
        and word.head.i == number.i
        and (number.lower_ in w.number_multipliers or number.lower_ in w.scale)
    )


def _written_out(span: Span) -> bool:
    """ "twenty-two", "three hundred": a number written out in words joined by a hyphen or a
    multiplier ("hundred", "dozen"), whose last word is the one that counts."""
    w = words()
    return any(
        t.text == "-" or t.lower_ in w.number_multipliers or t.lower_ in w.vague_counts
        for t in span
    )


def _hyphened(doc: Doc, i: int) -> bool:
    """ "twenty-two", that the tokenizer splits into "twenty" "-" "two": a number word at ``i``
    joined by a hyphen with no space to the number word after it."""
    if i < 0 or i + 2 >= len(doc) or doc[i + 1].text != "-":
        return False
    first, hyphen, second = doc[i], doc[i + 1], doc[i + 2]
    spelled = words().number_words
    return (
        first.lower_ in spelled
        and second.lower_ in spelled
        and first.whitespace_ == hyphen.whitespace_ == ""
    )


def quantities_in(sent: Span) -> list[tuple[Token, Quantity]]:
    """All quantities in ``sent``, each with the token it attaches to (for event assignment).
    Found once per sentence: the sentence rules and the article's orphan figures both ask."""
    key = ("quantities_in", sent.start, sent.end)
    return list(per_doc(sent.doc, key, lambda: _quantities_in(sent)))


def _quantities_in(sent: Span) -> list[tuple[Token, Quantity]]:
    found: list[tuple[Token, Quantity]] = []
    seen: set[int] = set()
    for ent in span_ents(sent):
        if ent.label_ == "MONEY":
            found += _money(ent)
            seen.update(range(ent.start, ent.end))
    for token in sent:
        if token.i in seen or not is_number(token) or not _counts(token) or _denied(token):
            continue
        span = _number_span(token)
        value = parse_number(span.text)
        if value is None:
            continue  # "a second": no count, maybe one person (see victims._one_person)
        seen.update(range(span.start, span.end))
        if _written_out(span):
            token = span.root  # "Twenty-two soldiers": the "two" that counts them
        if not is_figure(token, span):
            continue
        kind, anchor = count_kind(token)
        if kind == "other" and (gapped := _gapped_count(token, found)) is not None:
            kind, anchor = gapped
        if kind in (*CAUGHT, "displaced") and (
            tally(anchor)
            or negated(anchor)
            or kind == "dead"
            and vague_standing_count(span, anchor)
        ):
            kind = "other"  # a tally of many happenings; "two guards were not hurt": none
        if kind in PEOPLE_KINDS and _in_breakdown(token):
            kind = "other"
        if kind == "dead" and _a_whole_of_fates(token):
            kind = "other"  # "154 casualties, including 31 deaths": the dead are the 31
        if kind == "displaced" and _attackers_escaping(token):
            kind = "other"  # "two other gunmen fled": no one driven from home
        quantity = Quantity(
            kind=cast(QuantityKind, kind),  # the kinds of data/quantities.yaml
            value=value,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
        )
        found.append((anchor, quantity))
    found += one_person_casualties(sent, seen)
    return _add_conjoined(sent, _one_fate(sent, _less_the_dead(found)))


def _attackers_escaping(token: Token) -> bool:
    """A count of attackers (``attacker_nouns``) told fleeing ("the remaining three militants
    fled the compound"): they escaped, no one was driven from home."""
    noun = token.head if token.dep_ == "nummod" else token
    return noun.lemma_.lower() in words().attacker_nouns


def _denied(token: Token) -> bool:
    """A count the text denies: "three soldiers and not four were killed" (a correction of an
    earlier figure: the "four" counts no one)."""
    return any(c.dep_ == "neg" for c in token.children)


def _less_the_dead(found: list[tuple[Token, Quantity]]) -> list[tuple[Token, Quantity]]:
    """ "Three people were shot, one fatally": the hurt are those shot less the dead (2)."""
    shares = [
        (anchor.i, q) for anchor, q in found if q.kind == "dead" and _share_of(anchor, q, found)
    ]
    out = []
    for anchor, q in found:
        dead = sum(d.value for i, d in shares if i == anchor.i and d is not q)
        if q.kind == "injured" and 0 < dead < q.value and parse_number(q.text) is not None:
            q = q.model_copy(update={"value": q.value - dead})
        out.append((anchor, q))
    return out


def _share_of(anchor: Token, q: Quantity, found: list[tuple[Token, Quantity]]) -> bool:
    """Whether the dead ``q`` are a share of an injured count on the same verb."""
    span = anchor.doc.char_span(q.start, q.end, alignment_mode="expand")
    return (
        span is not None
        and fatal_share(span.root) is not None
        and any(a.i == anchor.i and o.kind == "injured" for a, o in found)
    )


def _counts(token: Token) -> bool:
    """A number in a counting position: "12 people", "killed 12"; "both" as the determiner of
    what it counts ("both victims died"); a number whose own state word follows it wherever the
    parser hung it ("Gunmen kill 5, 12 hurt": ``counted.state_right_after``)."""
    if state_right_after(token) is not None:
        return True
    if token.dep_ == "det":
        return token.lower_ in words().determiner_numbers and token.head.pos_ == "NOUN"
    if token.dep_ in ("ROOT", "meta"):  # a headline's "Three wounded in a shooting"
        return any(c.dep_ in ("acl", "amod") for c in token.children)
    if token.dep_ == "attr":  # "the death toll is 30"
        return toll_kind(token) is not None
    return token.dep_ in COUNTING_DEPS


def _in_breakdown(token: Token) -> bool:
    """ "killing 27 people, including 15 guards", "eight civilians, among them six children":
    the number counts the object (or a conjunct of it) of a preposition that breaks a count
    down (``breakdown_preps``), part of that count and no figure of its own."""
    noun = token.head if token.dep_ in ("nummod", "quantmod", "det") else token
    noun = first_conjunct(noun)
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in words().breakdown_preps


def _a_whole_of_fates(token: Token) -> bool:
    """A count of a noun of casualties of every fate (``mixed_casualty_nouns``) broken down by a
    count of one fate: in "suffered 154 casualties, including 31 deaths" the casualties are
    the dead and the hurt together; the dead are the 31 (``breakdown_preps``).

    >>> doc = nlp("They had 154 casualties, including 31 deaths.")  # doctest: +SKIP
    >>> _a_whole_of_fates(token_of("154"))                          # doctest: +SKIP
    True
    """
    w = words()
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    if noun.lemma_.lower() not in w.mixed_casualty_nouns:
        return False
    parts = [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in w.breakdown_preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        g.lemma_.lower() not in w.mixed_casualty_nouns
        and any(n.dep_ == "nummod" for n in g.children)
        for g in parts
    )


def _one_fate(sent: Span, found: list[tuple[Token, Quantity]]) -> list[tuple[Token, Quantity]]:
    """ "The attack left four soldiers and seven villagers dead", "the bodies of four soldiers
    and seven civilians": a casualty word on one conjunct of an "and" coordination of counted
    people tells the fate of them all. A conjunct that counts people (``people_nouns``, or a
    kind of people: troops, a crowd) but no fate of its own takes that conjunct's kind and
    anchor, and :func:`_add_conjoined` adds them up. Two fates ("four dead and seven wounded")
    stay apart."""
    groups: dict[int, list[int]] = {}
    for index, (_, q) in enumerate(found):
        noun = _counted_noun(sent, q)
        if noun is not None:
            groups.setdefault(_list_start(noun).i, []).append(index)
    shared = list(found)
    for members in groups.values():
        fates = {found[i][1].kind for i in members} & set(CASUALTY_KINDS)
        if len(fates) != 1:
            continue
        fate = fates.pop()
        anchor = next(found[i][0] for i in members if found[i][1].kind == fate)
        for i in members:
            q = found[i][1]
            if q.kind != fate and _counts_people(sent, q):
                shared[i] = (anchor, q.model_copy(update={"kind": fate}))
    return shared


def _counts_people(sent: Span, q: Quantity) -> bool:
    """A figure that counts people and says nothing of their fate ("seven civilians", "four
    soldiers")."""
    if q.kind in ("troops", "size"):
        return True
    noun = _counted_noun(sent, q)
    return q.kind == "other" and noun is not None and noun.lemma_.lower() in words().people_nouns


def _gapped_count(token: Token, found: list[tuple[Token, Quantity]]) -> tuple[str, Token] | None:
    """A bare count joined by "and" with its verb left out, "another three" or "three more"
    ("four guards were killed in the blast and another three in the shootout"), or a count of
    people the parser joined to a phrase on the verb (:func:`gapped_remnant`): the same fate as
    the count its clause told first, with that count's anchor (``further_before``,
    ``further_after``: figures adds it to those told before)."""
    further = words().further_before | words().further_after
    if not gapped_remnant(token) and (
        token.dep_ != "conj"
        or not any(
            c.dep_ in ("det", "amod", "advmod") and c.lower_ in further for c in token.children
        )
    ):
        return None
    clause = clause_head(token)
    for anchor, q in found:
        if q.kind in (*CAUGHT, "displaced") and same_token(clause_head(anchor), clause):
            return q.kind, anchor
    return None


def gapped_remnant(number: Token) -> bool:
    """A count of people whose verb the text leaves out after "and", which the parser joined to
    the noun of a phrase on the verb: in "five soldiers died in the bombing and two officers in
    the shoot-out", "officers" hangs on "bombing", a thing; the two died too.

    >>> doc = nlp("Four guards died in the blast and two officers in the fire.")  # doctest: +SKIP
    >>> gapped_remnant(token_of("two"))                                          # doctest: +SKIP
    True
    """
    noun = number.head
    if number.dep_ != "nummod" or noun.dep_ != "conj" or not _people(noun):
        return False
    joined = noun.head
    return (
        joined.dep_ == "pobj"
        and joined.head.dep_ == "prep"
        and joined.head.head.pos_ == "VERB"
        and not _people(joined)
    )


def _people(noun: Token) -> bool:
    """A noun that counts people ("officers", "civilians", "troops", "people")."""
    w, lemma = words(), noun.lemma_.lower()
    return lemma in w.people_nouns or w.noun_kinds.get(lemma) in ("troops", "size")


def _add_conjoined(sent: Span, found: list[tuple[Token, Quantity]]) -> list[tuple[Token, Quantity]]:
    """ "killing 9 policemen and 4 militiamen", "the bodies of two men and a boy": casualties
    counted in one "and" coordination are one figure, their sum (the text runs from the first
    to the last), whichever word told each one's fate."""
    merged: list[tuple[Token, Quantity]] = []
    groups: dict[tuple[int, str], int] = {}
    parts: dict[int, list[tuple[Token, float]]] = {}  # each list's nouns and counts, in order
    for anchor, q in found:
        head = _counted_noun(sent, q)
        key = None if head is None else (_list_start(head).i, q.kind)
        if head is None or key is None or q.kind not in (*CAUGHT, "displaced"):
            merged.append((anchor, q))
            continue
        if key in groups:
            index = groups[key]
            first = merged[index][1]
            start, end = min(first.start, q.start), max(first.end, q.end)
            text = doc_text(sent.doc)[start:end]
            update = {"value": first.value + q.value, "start": start, "end": end, "text": text}
            merged[index] = (anchor, first.model_copy(update=update))
        else:
            groups[key] = len(merged)
            merged.append((anchor, q))
        parts.setdefault(groups[key], []).append((head, q.value))
    for index, listed in parts.items():
        if _broken_down(listed):
            anchor, q = merged[index]
            merged[index] = (anchor, q.model_copy(update={"value": listed[0][1]}))
    return merged


def _broken_down(listed: list[tuple[Token, float]]) -> bool:
    """ "Forty people, 25 soldiers and 15 civilians, were killed": a list whose first noun
    counts a whole (``breakdown_wholes``) that the counts after it add up to breaks that
    whole down; its figure is the first count (40), not the sum."""
    if len(listed) < 3:
        return False
    (noun, whole), rest = listed[0], listed[1:]
    return noun.lemma_.lower() in words().breakdown_wholes and whole == sum(v for _, v in rest)


def _counted_noun(sent: Span, q: Quantity) -> Token | None:
    """The noun a figure counts when it is one of an "and" coordination ("9 farmers and 3
    herders", "a woman and her nephew"); None otherwise."""
    span = sent.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    noun = token.head if token.dep_ == "nummod" else token
    heads = _split_subjects(first_conjunct(noun)) or [first_conjunct(noun)]
    nouns = [t for first in heads for t in _conjuncts(first)]
    joined = [c for t in nouns for c in t.children if c.dep_ == "cc"]
    if not joined or any(c.lower_ not in words().counted_conjunctions for c in joined):
        return None
    return noun if len(nouns) > 1 else None


def _split_subjects(first: Token) -> list[Token]:
    """The subjects of one verb that are the parts of one list the parser split, in order:
    "Eight soldiers, three civilians and two police officers were killed" hangs "soldiers"
    and "civilians" on "killed" as two subjects, a comma between them; [] for one subject."""
    if first.dep_ not in SUBJECTS:
        return []
    subjects = [c for c in first.head.children if c.dep_ == first.dep_]
    doc = first.doc
    listed = all(
        [t.text for t in doc[a.i + 1 : b.left_edge.i]] == [","] for a, b in pairwise(subjects)
    )
    return subjects if len(subjects) > 1 and listed else []


def _list_start(noun: Token) -> Token:
    """The first noun of the list ``noun`` is in: its first conjunct, or the first of the
    subjects the parser split the list into (:func:`_split_subjects`)."""
    first = first_conjunct(noun)
    return next(iter(_split_subjects(first)), first)


def _conjuncts(first: Token) -> list[Token]:
    """The nouns of the coordination ``first`` opens: "eight guards, three drivers and two
    cooks" (the parser hangs "and" on the last but one, each on the one before)."""
    out = [first]
    for _ in range(12):
        node = next((c for c in out[-1].children if c.dep_ == "conj"), None)
        if node is None:
            break
        out.append(node)
    return out


def _money(ent: Span) -> list[tuple[Token, Quantity]]:
    digits = " ".join(t.text for t in ent if t.like_num or t.lower_ in words().scale)
    value = parse_number(digits)
    if value is None:
        return []
    quantity = Quantity(
        kind="money", value=value, text=ent.text, start=ent.start_char, end=ent.end_char
    )
    return [(ent.root.head, quantity)]
