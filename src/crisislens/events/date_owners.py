"""Dates that belong to another happening named beside an event's clause: a date right after
the phrase of "another raid" or "an earlier ambush" dates that happening, though the parser may
hang it on the clause's verb. Read by :mod:`crisislens.events.dates`; the words are in
``data/dates.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.events.date_anchors import date_words


def another_happening(noun: Token) -> bool:
    """A noun marked as a happening other than the one its clause tells ("another raid", "an
    earlier ambush", ``another_happening_words``), under a preposition ("revenge for another
    raid"; not the subject, "another raid in May killed 5", which is the killing): a date on
    it is its own.

    >>> doc = nlp("The raid was revenge for an earlier raid in May.")  # doctest: +SKIP
    >>> another_happening(doc[7])                                      # doctest: +SKIP
    True
    """
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and any(
            c.dep_ in ("det", "amod") and c.lower_ in date_words().another_happening_words
            for c in noun.children
        )
    )


def after_another_happening(ent: Span, trigger_ids: set[int]) -> bool:
    """A date phrase right after the phrase of another happening ("was a reprisal for an
    earlier raid on the town in May") or of an anniversary ("went off on the anniversary of
    the siege in 1998", ``anniversary_words``): the parser may hang it on the clause's verb,
    but it dates that happening, or the one remembered."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    for noun in (before, *before.ancestors):
        if noun.right_edge.i != prep.i - 1 or noun.i in trigger_ids:
            return False
        if another_happening(noun) or noun.lemma_.lower() in date_words().anniversary_words:
            return True
    return False


def in_a_relative_clause(node: Token, trigger_ids: set[int]) -> bool:
    """``node`` heads a relative clause on a noun that is not the event's own trigger and tells
    another happening there ("shelled the market, where a bomb killed 11 traders on Monday":
    ``place_relatives``) or before ("arrested a man who had robbed a bank on Tuesday": the past
    perfect): a date inside it is that happening's, not the day of the act whose clause the
    noun is in. (Not "the mayor, who was guest of honour on Friday, said": the noun's own
    present.)

    >>> doc = nlp("Police held a man who had robbed a bank on Tuesday.")  # doctest: +SKIP
    >>> in_a_relative_clause(doc[6], {1})                                # doctest: +SKIP
    True
    """
    noun, words = node.head, date_words()
    # a number too: "two of their colleagues, who had been shot on Saturday" (the parser may
    # hang the clause on the count)
    nominal = ("NOUN", "PROPN", "PRON", "NUM")
    if node.dep_ != "relcl" or noun.pos_ not in nominal or noun.i in trigger_ids:
        return False
    clause = [node, *(c for c in node.children if c.dep_ == "conj")]  # "was stabbed and robbed"
    return any(
        (c.dep_ == "advmod" and c.lower_ in words.place_relatives)
        or (c.dep_ == "aux" and c.lower_ in words.earlier_auxiliaries)
        for verb in clause
        for c in verb.children
    )


def owned_by_another(ent: Span, trigger_ids: set[int]) -> bool:
    """A date told on the noun of a phrase that names a happening before the event or its
    cause (``sequence_after``, ``sequence_before``, ``cause_prepositions``), in the possessive
    ("marched after last week's arrests", "rallied over August's vote") or after the noun with
    no preposition of its own ("rallied in protest against the takeover last month"): it is
    that noun's date, though the parser may hang the phrase on the event's verb. (Not the
    event's own noun: "condemned the takeover last month" names no other happening.)

    >>> doc = nlp("Students marched after last week's arrests.")  # doctest: +SKIP
    >>> owned_by_another(doc.ents[0], {1})                        # doctest: +SKIP
    True
    """
    root = ent.root
    noun = root.head
    named = root.dep_ == "poss" or (root.dep_ == "npadvmod" and root.i > noun.i)
    if not named or noun.dep_ != "pobj" or noun.i in trigger_ids or noun.pos_ != "NOUN":
        return False
    return noun.head.lower_ in cause_or_sequence()


def cause_or_sequence() -> frozenset[str]:
    """The prepositions whose object is another happening than the event: its cause ("over
    the death", "against the takeover") or one before or after it ("after the vote")."""
    words = date_words()
    return words.sequence_after | words.sequence_before | words.cause_prepositions


def aside_on_a_noun(node: Token, head_i: int) -> bool:
    """``node`` heads a participle clause set off by a comma after a noun in another noun's
    phrase, neither of them the event's head word (``head_i``): "demanding an end to martial
    law, imposed in March", "urged a delay to the vote, scheduled for May 8". The aside tells
    that noun's own past or plan, so a date inside it is the noun's, not the day of the act
    whose clause the phrase is in, even where a long trigger took the aside in. (Not "voters
    went to the polls in the election, held on Sunday", where the noun hangs on the act's own
    verb and its time is the act's; nor "the vote, held on Sunday" as the event itself.)

    >>> doc = nlp("They urged a review of the ban, imposed in May.")  # doctest: +SKIP
    >>> aside_on_a_noun(doc[8], 1)                                  # doctest: +SKIP
    True
    """
    noun, first = node.head, node.left_edge.i
    holder = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    return (
        node.dep_ == "acl"
        and node.tag_ == "VBN"
        and noun.pos_ in ("NOUN", "PROPN")
        and holder.pos_ in ("NOUN", "PROPN")
        and head_i not in (noun.i, node.i)
        and first > 0
        and node.doc[first - 1].text == ","
    )
