"""Rival counts of one happening's dead: a count set against another by a contrast ("Police said
three died. But witnesses put the toll at more than 20"; "an eyewitness put the number at 17,
while police said only five were killed"; "put the toll higher, at 20") is another source's
estimate of the same dead, not more dead. Of the two, the smaller stands, as ACLED keeps the
most conservative of conflicting reports. The words are ``rival_*`` in
``data/quantities.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from crisislens.data import word_set
from crisislens.events.figure_words import words
from crisislens.schemas import Quantity


def rivals_dropped(doc: Doc, dead: list[Quantity]) -> list[Quantity]:
    """The larger of each pair of rival counts in ``dead`` (one happening's dead figures, in
    any order): those to drop. A count is a rival of another when its clause is set against
    that count's (:func:`_set_against`) or, opening its sentence with a contrast or told with
    a comparison ("put the toll higher"), against the count told last before it.

    >>> doc = nlp("Police said three died. But witnesses put the toll at 20.")  # doctest: +SKIP
    >>> rivals_dropped(doc, [three, twenty])                                   # doctest: +SKIP
    [twenty]
    """
    tokens = {id(q): _token(doc, q) for q in dead}
    ordered = sorted(dead, key=lambda q: q.start)
    dropped: list[Quantity] = []
    for i, q in enumerate(ordered):
        number = tokens[id(q)]
        if number is None or _risen(number):
            continue  # "the toll later rose to 9": an update, no rival
        before = [p for p in ordered[:i] if tokens[id(p)] is not None]
        rival = next(
            (p for p in reversed(before) if _set_against(number, tokens[id(p)])),  # type: ignore[arg-type]
            None,
        )
        if rival is None and before and _against_what_came_before(number):
            rival = before[-1]
        if rival is not None and not _same_dead(number, tokens[id(rival)]):  # type: ignore[arg-type]
            rival = None  # "two soldiers were killed, while 15 militants died": other dead
        if rival is not None and rival.value != q.value:
            first = _told_as_first(tokens[id(rival)])  # type: ignore[arg-type]
            dropped.append(rival if first or q.value < rival.value else q)
    # a rival estimate told again ("witnesses said those killed exceed 20") is dropped with it
    floor = min((q.value for q in ordered if q not in dropped), default=0.0)
    estimates = {q.value for q in dropped if q.value > floor}
    return [q for q in ordered if q in dropped or q.value in estimates]


def _told_as_first(number: Token) -> bool:
    """A count its own clause tells as a first word later set right (``rival_first_words``):
    "Doctors initially said police had shot dead one teen, but on Friday hospital sources said
    three died" corrects the one, and the later count stands, larger or not.

    >>> doc = nlp("Doctors initially said one died, but later said three died.")  # doctest: +SKIP
    >>> _told_as_first(token_of("one"))                                        # doctest: +SKIP
    True
    """
    first = words().rival_first_words
    return any(
        c.dep_ == "advmod" and c.lower_ in first
        for t in (number, *number.ancestors)
        if t.pos_ in ("VERB", "AUX")
        for c in t.children
    )


def _token(doc: Doc, q: Quantity) -> Token | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return None if span is None else span.root


def _verb(token: Token) -> Token | None:
    return next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def _same_dead(number: Token, other: Token) -> bool:
    """Whether two counts may count the same dead: not when each counts a noun of its own and
    the nouns differ ("two soldiers" and "15 militants"), unless one of them is a plain noun of
    people (``rival_plain_nouns``: "three people", "14 villagers" may be the same dead)."""
    nouns = [_noun_counted(t) for t in (number, other)]
    if any(n is None for n in nouns):
        return True
    lemmas = {n.lemma_.lower() for n in nouns if n is not None}
    return len(lemmas) == 1 or bool(lemmas & words().rival_plain_nouns)


def _noun_counted(number: Token) -> Token | None:
    """The noun a count counts ("15 militants", a count whose root is the noun itself: "15
    militants and three civilians"), or None (a bare number, "at 20")."""
    if number.pos_ in ("NOUN", "PROPN"):
        return number
    if number.dep_ in ("nummod", "quantmod") and number.head.pos_ in ("NOUN", "PROPN"):
        return number.head
    return None


def _risen(number: Token) -> bool:
    """A count a toll rose to ("rose to 9", "has climbed to 40": ``rising_toll_preps`` on a verb
    of rising, ``rival_rise_verbs``)."""
    w = words()
    prep = number.head
    return (
        number.dep_ == "pobj"
        and prep.lower_ in w.rising_toll_preps
        and prep.head.lemma_.lower() in w.rival_rise_verbs
    )


def _set_against(number: Token, other: Token) -> bool:
    """Two counts in one sentence whose clauses a contrast joins (``rival_contrast_words``:
    "put the toll at 17, while police said only five were killed", "put the toll at two, but
    doctors said five were killed"): the later clause, or one of the verbs above it, is joined
    to a clause above the other count by a contrasting conjunction or marker."""
    if number.sent.start != other.sent.start:
        return False
    contrast = words().rival_contrast_words
    other_path = [other, *other.ancestors]
    path = [number, *number.ancestors]
    for k, verb in enumerate(path):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        marked = any(
            c.dep_ in ("cc", "mark", "advmod") and c.lower_ in contrast for c in verb.children
        ) or any(c.dep_ == "cc" and c.lower_ in contrast for c in verb.head.children)
        if not marked:
            continue
        # the later clause hangs on the earlier one, or the earlier one on it
        joins = [verb.head] if verb.dep_ in ("conj", "advcl") else []
        joins += [c for c in verb.children if c.dep_ in ("conj", "advcl")]
        if not any(j in other_path for j in joins):
            continue
        # the later count told by a source of its own, the earlier by any: "police said three
        # were killed, while residents put the toll at 14" (not "say eight died while seven
        # died in Lae", one source's two counts)
        return _told_by_a_source(path[: k + 1]) and _told_by_a_source(other_path)
    return False


def _told_by_a_source(path: list[Token]) -> bool:
    """A verb of saying or estimating (``reporting_verbs``, ``rival_estimate_verbs``) on the
    way from a count up to where its clause is joined to the other: the count is that
    source's ("Four were shot dead, while one died" tells two counts of dead, no sources)."""
    sources = _reporting_verbs() | words().rival_estimate_verbs
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in sources for t in path)


def _reporting_verbs() -> frozenset[str]:
    return word_set("reporting_verbs.yaml", "reporting_verbs")


def _against_what_came_before(number: Token) -> bool:
    """A count whose sentence opens with a contrast ("But some eyewitnesses put the toll at
    more than 20", ``rival_opening_words``; not "While five died, ...", which joins its own
    clauses), or told with a comparison of tolls ("put the
    toll higher, at least 20", ``rival_toll_words``), sets itself against the count told
    before it."""
    w = words()
    sent = number.sent
    if sent[0].lower_ in w.rival_opening_words and sent[0].i != number.i:
        return True
    verb = _verb(number)
    return verb is not None and any(
        c.lower_ in w.rival_toll_words and c.dep_ in ("advmod", "acomp", "oprd", "xcomp")
        for c in verb.children
    )


def denied(doc: Doc, q: Quantity) -> bool:
    """A count told by a source whose saying a denial joined to it takes back ("Some reports said
    the toll was around 30, but the mayor denied the reports", "put the toll at 25, but the
    governor denied them": ``rival_denial_verbs`` with a pronoun or ``rival_denied_nouns`` as
    object).

    >>> doc = nlp("Reports put the toll at 25, but the governor denied them.")  # doctest: +SKIP
    >>> denied(doc, quantity_of("25"))                                        # doctest: +SKIP
    True
    """
    number = _token(doc, q)
    if number is None:
        return False
    w = words()
    sources = _reporting_verbs() | w.rival_estimate_verbs
    saying = next((t for t in number.ancestors if t.lemma_.lower() in sources), None)
    if saying is None:
        return False
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() in w.rival_denial_verbs
        and any(
            o.dep_ == "dobj" and (o.pos_ == "PRON" or o.lemma_.lower() in w.rival_denied_nouns)
            for o in c.children
        )
        for c in saying.children
    )
