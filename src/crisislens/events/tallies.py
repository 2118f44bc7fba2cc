"""Tallies: a count of many happenings over a span of time or of a long conflict ("300 have died
since January", "the insurgency has killed 9,000", "the province recorded 380 deaths in 2019") is
no one event's figure. The words are ``tally_*``, ``period_*`` and ``tally_nouns`` in
``data/quantities.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.events.figure_words import words
from crisislens.events.victims import CASUALTY_KINDS, SUBJECTS


def tally(anchor: Token) -> bool:
    """ "In the past two years, 900 fighters have been killed", "300 have died since
    January", "since the war began", "the insurgency has killed 9,000": a count over a past
    span or of a long conflict is a tally of many happenings, not one event's figure
    (``tally_preps``, ``tally_span``, ``tally_perfect_span``, ``tally_nouns`` in
    data/quantities.yaml), read on its verb and the verbs joined to it ("has killed 900 and
    displaced 2,000 since 2012"); so is the count of the day that bounds it ("the deadliest
    month since 2010, when 31 were killed")."""
    if _bound_toll(anchor) or _told_over_a_span(anchor) or _conflict_clause(anchor):
        return True
    if _conflict_subject(anchor) or standing_strife_count(anchor) or groups_record(anchor):
        return True
    if _since_then(anchor) or in_a_lasting_strife(anchor) or _toll_of_tallied_acts(anchor):
        return True
    verbs = [anchor] if _own_day(anchor) else conjoined(anchor)
    # "with some 900 people killed in the war": the participle on the counted noun
    verbs += [c for v in verbs for c in v.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    tolls = words().toll_nouns  # "the toll from the war rose to 900": the toll's own phrase
    verbs += [c for c in anchor.children if c.dep_ in ("dobj", *SUBJECTS) and c.lemma_ in tolls]
    if _counting_participle(anchor):  # "the number killed ... this year has climbed to 310"
        verbs.append(_count_holder(anchor))
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        verbs += _counted_noun(anchor.head.head)  # "the deaths of 310 civilians since 2019"
    if any(_tally_mark(verb, child) for verb in verbs for child in verb.children):
        return True
    return counted_over_a_period(anchor) or acts_counted_over_a_period(anchor)


def _toll_of_tallied_acts(anchor: Token) -> bool:
    """The toll of a clause on acts that a tally counts (``tally_act_nouns``): "In three years
    the region has suffered 5,300 attacks claiming 16,000 lives" sums up the 5,300 attacks, as
    their count does, and is no one attack's dead.

    >>> doc = nlp("Since 2019 they have staged 90 raids killing 300.")  # doctest: +SKIP
    >>> _toll_of_tallied_acts(token_of("killing"))                     # doctest: +SKIP
    True
    """
    acts, verb = anchor.head, anchor.head.head
    if anchor.dep_ not in ("acl", "relcl") or acts.tag_ not in ("NNS", "NNPS"):
        return False
    if acts.lemma_.lower() not in words().tally_act_nouns or acts.dep_ not in ("dobj", *SUBJECTS):
        return False
    counted = any(c.dep_ == "nummod" for c in acts.children)
    return counted and verb.i != acts.i and tally(verb)


def _bound_toll(anchor: Token) -> bool:
    """ "The deadliest month since 2010, when 31 were killed": the toll of the day or year that
    bounds a span, told in a clause on it whose subject is the count itself. A clause with a
    subject of its own tells one happening's toll ("the worst attack since March, when a
    bombing killed 55 shoppers": 55 dead).

    >>> doc = nlp("The worst month since 2010, when 31 were killed.")  # doctest: +SKIP
    >>> _bound_toll(token_of("killed"))                                 # doctest: +SKIP
    True
    """
    bound = anchor.head
    if (
        anchor.dep_ != "relcl"
        or bound.ent_type_ != "DATE"
        or bound.head.lower_ not in words().tally_preps
    ):
        return False
    subject = next((c for c in anchor.children if c.dep_ in SUBJECTS), None)
    return subject is None or subject.like_num or any(c.dep_ == "nummod" for c in subject.children)


def conjoined(anchor: Token) -> list[Token]:
    """``anchor`` and every word joined to it by "and", up and down the chain: in "120 have
    been killed, 300 injured and 40,000 displaced since May", the "since" phrase the parser
    hangs on the last of them bounds the first count too.

    >>> doc = nlp("Ten were killed, six hurt and 90 displaced since May.")  # doctest: +SKIP
    >>> [t.text for t in conjoined(token_of("killed"))]                    # doctest: +SKIP
    ['killed', 'hurt', '90']
    """
    top = anchor
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    chain, todo = [], [top]
    while todo:
        word = todo.pop(0)
        chain.append(word)
        todo += [c for c in word.children if c.dep_ == "conj"]
    return [anchor, *(t for t in chain if t.i != anchor.i)]


def _own_day(verb: Token) -> bool:
    """ "Four were killed on Monday and 20 have died since January": a verb with a date of its
    own ("on Monday", "Monday") tells its own count, whatever its conjuncts are told over."""
    dates = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    dates += [c for c in verb.children if c.dep_ == "npadvmod"]
    return any(t.ent_type_ == "DATE" for t in dates)


def in_a_lasting_strife(anchor: Token) -> bool:
    """A count told "in" a happening that a relative clause says has lasted, by a span
    (``lasting_preps`` with a date: "for four months") or from a time (``tally_preps``:
    "since early January"), in the perfect: "3,000 have died in the violence, which
    has grown since January", "taking the toll to 168 in clashes that have gone on for four
    months". The count is of that lasting strife's many days, a tally.

    >>> doc = nlp("Some 900 have died in the fighting, which has raged since May.")  # doctest: +SKIP
    >>> in_a_lasting_strife(token_of("died"))                                      # doctest: +SKIP
    True
    """
    w = words()
    verb = _verb_above(anchor)
    holders = [anchor] if verb is None else [anchor, verb]
    # "taking the toll to 168 in clashes ...": the parser hangs the phrase on the number
    holders += [g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.like_num]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in w.casualty_cause_preps:
                continue
            for strife in (g for g in prep.children if g.dep_ == "pobj"):
                clauses = (c for c in strife.children if c.dep_ == "relcl")
                if any(_present_perfect(c) and _lasted(c) for c in clauses):
                    return True
    return False


def _lasted(verb: Token) -> bool:
    """ "has raged since May", "have gone on for four months": a span the verb has lasted."""
    w = words()
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in w.tally_preps and not compared_since(prep):
            return True
        if prep.lower_ in w.lasting_preps and any(
            g.ent_type_ == "DATE" for g in prep.children if g.dep_ == "pobj"
        ):
            return True
    return False


def _counted_noun(noun: Token) -> list[Token]:
    """The noun whose "of" names the counted ("the deaths of 310 civilians") and the verb it is
    the object or subject of ("acknowledged the deaths of 624 civilians ... since 2014"): where
    a tally's mark may hang."""
    return [noun, noun.head] if noun.dep_ in ("dobj", *SUBJECTS) else [noun]


def _conflict_clause(anchor: Token) -> bool:
    """A count told in a relative clause on a conflict noun (``tally_nouns``): "a rebellion
    that has left at least 8,000 dead", "the war, which has killed 40,000": the conflict's dead,
    a tally of its many happenings.

    >>> doc = nlp("Farmers fled an insurgency that has left 9,500 dead.")  # doctest: +SKIP
    >>> _conflict_clause(token_of("dead"))                               # doctest: +SKIP
    True
    """
    verb = _verb_above(anchor)
    if verb is None or verb.dep_ != "relcl":
        return False
    return verb.head.lemma_.lower() in words().tally_nouns


def _conflict_subject(anchor: Token) -> bool:
    """A count told by a verb whose subject is a long conflict (``tally_nouns``), where the
    verb shares it with the verb before it ("The war has spread to three states and resulted
    in the deaths of 30,000 civilians": the war's dead, a tally of its many happenings).

    >>> doc = nlp("The war spread and killed 30,000 people.")  # doctest: +SKIP
    >>> _conflict_subject(token_of("30,000"))                  # doctest: +SKIP
    True
    """
    verb = _verb_above(anchor)
    while verb is not None and verb.dep_ == "conj" and not _has_subject(verb):
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.i == anchor.i and anchor.dep_ != "conj":
        return False  # a verb's own subject is read by _tally_mark
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject is not None and subject.lemma_.lower() in words().tally_nouns


def standing_strife_count(anchor: Token) -> bool:
    """A count told, naming no date, in the perfect or with a standing adverb
    (``standing_adverbs``) by a verb whose subject is a strife that lasts (``strife_nouns``),
    or in a relative clause on one or on a ``series_nouns`` "of" one: "The crackdown has now
    seen 60 people killed", "a wave of violence that has claimed 300 lives". The strife's dead
    so far: a standing tally, not the day's toll. A clause that names its day ("violence on
    Monday has killed five") keeps its count.

    >>> doc = nlp("The unrest has now seen 60 people killed.")  # doctest: +SKIP
    >>> standing_strife_count(token_of("killed"))               # doctest: +SKIP
    True
    """
    verb = _verb_above(anchor)
    if verb is not None and verb.dep_ == "ccomp" and not _standing(verb):
        verb = verb.head  # "has now seen 60 people killed": the count's clause hangs on "seen"
    if verb is None or not _standing(verb) or any(t.ent_type_ == "DATE" for t in verb.subtree):
        return False
    w = words()
    if verb.dep_ == "relcl":
        strife = verb.head
        if strife.lemma_.lower() in w.series_nouns:
            strife = next(
                (g for c in strife.children if c.lower_ == "of" for g in c.children), strife
            )
    else:
        strife = next((c for c in verb.children if c.dep_ in SUBJECTS), verb)
        if strife.lemma_.lower() in w.series_nouns:
            return _series_of_strife(strife)  # "a surge in attacks has claimed 200 lives"
    return strife.lemma_.lower() in w.strife_nouns


def _series_of_strife(series: Token) -> bool:
    """A series noun (``series_nouns``) whose "of" or "in" names a strife that lasts or a
    plural of acts (``tally_act_nouns``): "a surge in attacks", "a wave of violence"; as the
    subject of a standing count, a tally of its many happenings.

    >>> doc = nlp("A spate of raids has killed 80.")  # doctest: +SKIP
    >>> _series_of_strife(doc[1])                    # doctest: +SKIP
    True
    """
    w = words()
    filled = [
        g
        for c in series.children
        if c.lower_ in ("of", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        g.lemma_.lower() in w.strife_nouns
        or g.tag_ in ("NNS", "NNPS")
        and g.lemma_.lower() in w.tally_act_nouns
        for g in filled
    )


def _standing(verb: Token) -> bool:
    """ "has killed", "already took", "has now seen": a verb told up to the time of telling."""
    return _present_perfect(verb) or any(
        c.dep_ == "advmod" and c.lower_ in words().standing_adverbs for c in verb.children
    )


def _since_then(anchor: Token) -> bool:
    """A count told in the present perfect with a bare "since" (``tally_preps`` as an adverb)
    or under one ("since when"): "9,000 people have since been killed" counts every dead from
    a time told before, a tally.

    >>> doc = nlp("Some 4,000 people have since been killed.")  # doctest: +SKIP
    >>> _since_then(token_of("killed"))                         # doctest: +SKIP
    True
    """
    verb = _verb_above(anchor)
    if verb is not None and verb.dep_ == "pcomp" and verb.head.lower_ in words().tally_preps:
        return _present_perfect(verb)  # "took up arms in 1990, since when 30,000 have died"
    # "has since killed 168 and displaced 50,000": the verbs joined to it share its "since"
    return verb is not None and any(
        _present_perfect(v)
        and any(c.dep_ == "advmod" and c.lower_ in words().tally_preps for c in v.children)
        for v in ([verb] if _own_day(verb) else conjoined(verb))
    )


def _present_perfect(verb: Token) -> bool:
    """ "has killed", "have seen", "that's killed thousands" (not the past perfect "had
    killed")."""
    return any(
        c.dep_ == "aux"
        and c.lemma_.lower() == "have"
        and c.tag_ in ("VBZ", "VBP")
        or _has_written_short(verb, c)
        for c in verb.children
    )


def _has_written_short(verb: Token, aux: Token) -> bool:
    """ "'s" before a participle with an object of its own is "has", though the parser may
    read it as a passive "is": "the group that's killed thousands".

    >>> doc = nlp("It is a group that's killed thousands.")  # doctest: +SKIP
    >>> _has_written_short(token_of("killed"), doc[5])       # doctest: +SKIP
    True
    """
    return (
        aux.lower_ == "'s"
        and aux.dep_ in ("aux", "auxpass")
        and verb.tag_ == "VBN"
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def groups_record(anchor: Token) -> bool:
    """A count told in a relative clause of the perfect, naming no date, on a named group (a
    name of ``group_entity_labels``, or one told by ``group_relatives``): "Boko Haram, which
    has kidnapped hundreds of schoolgirls" tells the group's record, a tally, not one
    happening's figure. The clause on a plain noun ("the gunmen, who have killed five") is
    the day's.

    >>> doc = nlp("The Red Band, which has abducted 300 farmers, struck again.")  # doctest: +SKIP
    >>> groups_record(token_of("abducted"))                                       # doctest: +SKIP
    True
    """
    verb, w = _verb_above(anchor), words()
    if verb is None or verb.dep_ != "relcl" or verb.head.pos_ != "PROPN":
        return False
    relative = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if relative is None or relative.tag_ not in ("WDT", "WP"):
        return False  # the group itself does it, not "the channel that police had ..."
    named_group = (
        verb.head.ent_type_ in w.group_entity_labels or relative.lower_ in w.group_relatives
    )
    # "Boko Haram, which ...", though the tagger may call it a person
    return (
        named_group
        and _present_perfect(verb)
        and not any(t.ent_type_ == "DATE" for t in verb.subtree)
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _verb_above(anchor: Token) -> Token | None:
    """The verb (or auxiliary) of ``anchor``'s clause: itself, else its nearest such ancestor."""
    return next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def vague_standing_count(number: Span, anchor: Token) -> bool:
    """A vague plural count (``tally_vague_plurals``: "thousands") in a clause of the perfect
    that names no date: "Thousands have been killed in the unrest" tells how many a long strife
    has claimed, no count of one happening's dead (and no exact figure). The caller asks it of
    the dead only.

    >>> doc = nlp("Thousands have died in the uprising.")  # doctest: +SKIP
    >>> vague_standing_count(doc[0:1], token_of("died"))     # doctest: +SKIP
    True
    """
    w = words()
    if _unbounded(number.text.lower()) not in w.tally_vague_plurals:
        return False
    verb = _verb_above(anchor)
    if verb is None or not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" or _has_written_short(verb, c)
        for c in verb.children
    ):
        return False
    return not any(t.ent_type_ == "DATE" for t in verb.subtree)


def _unbounded(text: str) -> str:
    """ "at least thousands" -> "thousands": the count without the words that bound it."""
    w = words()
    while (first := text.split(" ", 1))[0] in w.bounds and len(first) == 2:
        text = first[1]
    return text


def _told_over_a_span(anchor: Token) -> bool:
    """A count told in a clause on a span of time, not a day: "a wave of violence in recent
    years in which thousands of people have been killed", "the past decade, during which 9,000
    died" (a plural ``period_nouns`` word, or a ``tally_span``): the span's dead, a tally.

    >>> doc = nlp("The town saw two years in which 90 people died.")  # doctest: +SKIP
    >>> _told_over_a_span(token_of("died"))                          # doctest: +SKIP
    True
    """
    span, w = anchor.head, words()
    if anchor.dep_ != "relcl" or span.lemma_.lower() not in w.period_nouns:
        return False
    return span.tag_ == "NNS" or bool(w.tally_span.match(_span_phrase(span)))


def _span_phrase(noun: Token) -> str:
    """The words of a time noun's phrase up to the noun: "three days" of "three days of
    protests", "the past decade" of "the past decade of war"."""
    return noun.doc[noun.left_edge.i : noun.i + 1].text.lower()


def counted_over_a_period(token: Token) -> bool:
    """A count kept over a whole period, a statistic ("the province recorded 380
    violence-related deaths in 2019", "monitors documented 60 attacks last year"): ``token``'s
    clause verb is one of keeping count (``tally_verbs``) and names a year or a period noun,
    under a period preposition or as a bare adverb ("last year"). It sums up many happenings
    and is no one of them."""
    w = words()
    # the clause's verb, not a participle before a noun ("violence-related deaths")
    verb = next(
        (t for t in [token, *token.ancestors] if t.pos_ == "VERB" and t.dep_ != "amod"), None
    )
    if verb is None or verb.lemma_.lower() not in w.tally_verbs:
        return False
    return any(_names_a_period(t) for t in verb.subtree)


def acts_counted_over_a_period(anchor: Token) -> bool:
    """A count of a clause that names a whole year or period and counts the many acts its
    dead fell in ("In 2023, the rebels killed about 250 people in more than 300 attacks";
    "launched 90 raids last year, killing 40"): a summary of the period, no one attack's toll
    (``tally_act_nouns``). A year-dated clause of one act ("In 2019, gunmen killed 12 at a
    wedding") keeps its count.

    >>> doc = nlp("In 2023, the rebels killed 250 people in 300 attacks.")  # doctest: +SKIP
    >>> acts_counted_over_a_period(token_of("killed"))                     # doctest: +SKIP
    True
    """
    verb = _verb_above(anchor)
    if verb is None:
        return False
    verbs = [verb, verb.head] if verb.dep_ in ("advcl", "conj") else [verb]
    if not any(_names_a_period(t) for v in verbs for t in v.subtree):
        return False
    return any(_counted_acts(v) for v in verbs)


def _counted_acts(verb: Token) -> bool:
    """ "in more than 300 attacks", "launched 90 raids": a plural act noun (``tally_act_nouns``)
    counted by a number, the verb's object or the object of one of its prepositions."""
    acts = words().tally_act_nouns
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(
        n.tag_ in ("NNS", "NNPS")
        and n.lemma_.lower() in acts
        and any(c.dep_ == "nummod" for c in n.children)
        for n in nouns
    )


def _names_a_period(token: Token) -> bool:
    """ "in 2019", "during the past month", "over the year", "last year"."""
    w = words()
    if token.lemma_.lower() in w.period_nouns:
        return token.dep_ == "npadvmod" or (
            token.dep_ == "pobj" and token.head.lower_ in w.period_preps
        )
    year = len(token.text) == 4 and token.text.isdigit()
    return year and token.dep_ == "pobj" and token.head.lower_ in w.period_preps


def _tally_mark(verb: Token, child: Token) -> bool:
    """Whether ``child`` of ``verb`` makes its count a tally (see :func:`tally`)."""
    w = words()
    if child.dep_ == "prep" and child.lower_ in w.tally_preps:
        return not compared_since(child)
    if (
        child.dep_ in SUBJECTS
        and child.tag_ in ("NNS", "NNPS")
        and any(g.dep_ == "prep" and g.lower_ in w.tally_preps for g in child.children)
    ):
        return True  # "attacks since Sunday have left 23 dead": the span's acts, counted
    if child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in w.tally_preps for m in child.children
    ):  # "since the war began", "since the year began", not "since the clashes began"
        spans = w.tally_nouns | w.strife_nouns | w.period_nouns  # (the clashes' own toll)
        return any(
            c.dep_ in SUBJECTS and (c.lemma_.lower() in spans or _campaign_of_acts(c))
            for c in child.children
        )
    obj = next((g for g in child.children if g.dep_ == "pobj"), None)
    node = obj if child.dep_ == "prep" else child
    if node is None:
        return False
    conflict = node.lemma_.lower() in w.tally_nouns
    if conflict and (
        child.dep_ in SUBJECTS or child.lower_ in w.casualty_cause_preps | w.tally_source_preps
    ):
        return True  # "the insurgency has killed 9,000", "died in the war", "the toll from the war"
    if _span_toll(node):
        return True  # "bringing the week's toll to 23"
    if child.lower_ in w.casualty_cause_preps and _span_of_strife(node):
        return True  # "30,000 have died in a decade of violence"
    if child.dep_ == "prep" and _year_so_far(verb, node):
        return True  # "have killed 420 civilians ... in 2021"
    if node.ent_type_ != "DATE":
        return False
    phrase = _span_phrase(node)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if _counting_participle(verb):  # "the number killed this year has reached 5,000"
        perfect = _present_perfect(_count_holder(verb))
    return bool(w.tally_span.match(phrase) or perfect and w.tally_perfect_span.match(phrase))


def _year_so_far(verb: Token, node: Token) -> bool:
    """A year told under a period preposition ("in 2021") by a verb in the present perfect,
    or one joined to such a verb ("have killed 420 and driven 9,000 from their homes in
    2021"): the dead of that year so far, a tally, whatever the tagger calls the year.

    >>> doc = nlp("Bandits have killed 300 villagers in 2022.")  # doctest: +SKIP
    >>> _year_so_far(token_of("killed"), token_of("2022"))       # doctest: +SKIP
    True
    """
    year = len(node.text) == 4 and node.text.isdigit()
    if not year or node.dep_ != "pobj" or node.head.lower_ not in words().period_preps:
        return False
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i and not _present_perfect(top):
        top = top.head
    return _present_perfect(top)


def _counting_participle(verb: Token) -> bool:
    """ "the number of people killed this year": a participle on the "of" object of a counting
    noun (``count_nouns``); with that noun's verb in the perfect ("has reached 5,000") it counts
    all whom it befell over the span it names, as "have been killed this year" does: a tally.

    >>> doc = nlp("The number of people killed this year rose to 500.")  # doctest: +SKIP
    >>> _counting_participle(token_of("killed"))                        # doctest: +SKIP
    True
    """
    counted = verb.head
    of = counted.head
    return (
        verb.dep_ in ("acl", "relcl")
        and counted.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in words().count_nouns
    )


def _count_holder(participle: Token) -> Token:
    """The verb of the counting noun a participle counts for: "has reached" in "the number of
    people killed this year has reached 5,000"."""
    return participle.head.head.head.head


def compared_since(prep: Token) -> bool:
    """A "since" phrase right after a happening ranked by a superlative or an ordinal
    (``ranking_words``) bounds the comparison, not a span whose dead are counted: in "12 were
    killed in the deadliest raid on the town since the truce", the 12 are the raid's.

    >>> doc = nlp("Nine died in the worst attack in the north since 2019.")  # doctest: +SKIP
    >>> compared_since(doc[9])                                             # doctest: +SKIP
    True
    """
    if prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    for noun in (before, *before.ancestors):
        if noun.right_edge.i != prep.i - 1:
            return False
        if noun.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in words().ranking_words)
            for c in noun.children
        ):
            return True
    return False


def _campaign_of_acts(noun: Token) -> bool:
    """ "operations against the group", "raids against the rebels": a plural of acts aimed at
    a foe (``campaign_preps``) is a campaign of many acts, not one happening's clashes."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "prep" and c.lower_ in words().campaign_preps for c in noun.children
    )


def _span_of_strife(noun: Token) -> bool:
    """ "a decade of violence", "three years of war", "two weeks of protests": a span of time
    (``period_nouns``) with an "of" naming what filled it, whose dead are all of that span's.

    >>> doc = nlp("Some 900 died in two years of fighting.")  # doctest: +SKIP
    >>> _span_of_strife(token_of("years"))                    # doctest: +SKIP
    True
    """
    return noun.lemma_.lower() in words().period_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _span_toll(noun: Token) -> bool:
    """ "the week's toll", "this year's death toll", "last month's number of dead": a toll
    whose owner is a span of time (``tally_owner_span``) counts all of that span's dead; so
    does one owned by a long conflict ("bringing the war's toll to 4,000", ``tally_nouns``)."""
    w = words()
    if noun.lemma_.lower() not in w.toll_nouns and noun.lemma_.lower() not in w.count_nouns:
        return False
    owners = (c for c in noun.children if c.dep_ == "poss")
    return any(
        w.tally_owner_span.match(noun.doc[o.left_edge.i : o.right_edge.i + 1].text.lower())
        or o.lemma_.lower() in w.tally_nouns
        for o in owners
    )


def casualty_noun_toll(noun: Token, holder: Token) -> tuple[str, Token] | None:
    """ "Deaths from the floods rose to 50", "fatalities climbed to 12", "injuries rose to 80":
    a plural casualty noun (``noun_kinds`` dead or injured; "the dead") that is the subject of
    the verb a number is told with, and has no number of its own, is a toll of them: their
    kind, with that verb as the anchor; else None. Not over a named period ("deaths on the
    roads rose to 900 last year", a statistic).

    >>> doc = nlp("Deaths from the storm rose to 14.")  # doctest: +SKIP
    >>> casualty_noun_toll(doc[0], doc[4])               # doctest: +SKIP
    ('dead', rose)
    """
    kind = words().noun_kinds.get(noun.lemma_.lower())
    if (
        kind not in CASUALTY_KINDS
        or noun.dep_ not in SUBJECTS
        or holder.pos_ not in ("VERB", "AUX")
    ):
        return None
    if noun.tag_ not in ("NNS", "NNPS") and noun.lower_ != "dead":
        return None
    if any(c.dep_ == "nummod" for c in noun.children) or any(map(_names_a_period, holder.subtree)):
        return None
    return kind, holder
