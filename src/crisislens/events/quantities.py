"""Quantities: the numbers that matter (dead, injured, arrested, displaced, crowd size, troops,
money), each with the words it came from. The word lists are in ``data/quantities.yaml``.

A number is a figure only when it counts something: never a date ("5 January 2022"), a time
("24 hours"), an age ("a 27-year-old", "Amos Kerr, 28,"), an address ("the 800 block"), a phone
number or part of a name ("Channel 9"). One person named as killed or hurt is a figure of one ("a
porter was shot and killed": dead 1), and so is one a phrase describes as hurt ("left a clerk in
critical condition", "a hiker suffering from a gunshot wound": injured 1).

The words are read by ``figure_words``; the numbers that are no figures are told by
``not_figures``; a victim counted without a number is found by ``victims``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import cast

from spacy.tokens import Doc, Span, Token

from crisislens.data import word_set
from crisislens.events.figure_words import parse_number, words
from crisislens.events.not_figures import is_figure
from crisislens.events.tallies import casualty_noun_toll, tally, vague_standing_count
from crisislens.events.tallies import counted_over_a_period as counted_over_a_period
from crisislens.events.victims import (
    CASUALTY_KINDS,
    SUBJECTS,
    casualty_verb_kind,
    fellow_verb,
    harmed_to_death,
    injury_phrase,
    is_number,
    negated,
    of_object,
    one_person_casualties,
    person_described,
    source_tag,
    total_of,
    wound_verb,
    yields_to_other,
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
CAUGHT = ("dead", "injured", "arrested")  # what a verb says of those it counts, over their noun
# a count of people that says nothing of their fate (a crowd, troops): an injury phrase or a
# wound verb of theirs makes them hurt ("two soldiers were taken to a clinic with burns")
FATE_UNTOLD = (None, "size", "troops")
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
        kind, anchor = _kind(token)
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


def _denied(token: Token) -> bool:
    """A count the text denies: "three soldiers and not four were killed" (a correction of an
    earlier figure: the "four" counts no one)."""
    return any(c.dep_ == "neg" for c in token.children)


def _fatal_share(token: Token) -> Token | None:
    """ "Three people were shot, one fatally", "four were shot, two of them fatally", "five were
    shot and one died": a number that a fatal adverb or verb tells apart from all a verb that
    hits (``hit_verbs``) counts; that verb, or None."""
    fatal = words().fatal_words
    if any(c.dep_ == "advmod" and c.lower_ in fatal for c in token.children):
        return token.head if token.head.pos_ == "VERB" else None
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "ADV" and head.lower_ in fatal:
        return head.head if head.head.pos_ == "VERB" else None
    if _dead_count_of_hit(token):
        return head  # a headline's "Four shot, one dead"
    hit = head.head  # "five were shot and one died": those hit, of whom one died
    if token.dep_ == "nsubj" and head.lemma_.lower() in words().victim_subject_verbs:
        return hit if head.dep_ == "conj" and hit.lemma_.lower() in words().hit_verbs else None
    return None


def _dead_count_of_hit(token: Token) -> bool:
    """ "Four shot, one dead": a headline's count in apposition to a hit noun the tagger took for
    its root ("shot"), that a state word says are dead, is a share of those the root counts."""
    head, w = token.head, words()
    return (
        token.dep_ in ("appos", "conj")
        and head.dep_ == "ROOT"
        and head.lower_ in w.hit_states
        and any(c.dep_ == "nummod" for c in head.children)
        and any(c.dep_ == "amod" and w.state_kinds.get(c.lower_) == "dead" for c in token.children)
    )


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
        and _fatal_share(span.root) is not None
        and any(a.i == anchor.i and o.kind == "injured" for a, o in found)
    )


def _counts(token: Token) -> bool:
    """A number in a counting position: "12 people", "killed 12"; "both" as the determiner of
    what it counts ("both victims died")."""
    if token.dep_ == "det":
        return token.lower_ in words().determiner_numbers and token.head.pos_ == "NOUN"
    if token.dep_ in ("ROOT", "meta"):  # a headline's "Three wounded in a shooting"
        return any(c.dep_ in ("acl", "amod") for c in token.children)
    if token.dep_ == "attr":  # "the death toll is 30"
        return _toll_kind(token) is not None
    return token.dep_ in COUNTING_DEPS


def _in_breakdown(token: Token) -> bool:
    """ "killing 27 people, including 15 guards", "eight civilians, among them six children":
    the number counts the object (or a conjunct of it) of a preposition that breaks a count
    down (``breakdown_preps``), part of that count and no figure of its own."""
    noun = token.head if token.dep_ in ("nummod", "quantmod", "det") else token
    noun = _first_conjunct(noun)
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in words().breakdown_preps


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
    ("four guards were killed in the blast and another three in the shootout"): the same
    fate as the count its clause told first, with that count's anchor (``further_before``,
    ``further_after``: figures adds it to those told before)."""
    further = words().further_before | words().further_after
    if token.dep_ != "conj" or not any(
        c.dep_ in ("det", "amod", "advmod") and c.lower_ in further for c in token.children
    ):
        return None
    clause = clause_head(token)
    for anchor, q in found:
        if q.kind in (*CAUGHT, "displaced") and same_token(clause_head(anchor), clause):
            return q.kind, anchor
    return None


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
    heads = _split_subjects(_first_conjunct(noun)) or [_first_conjunct(noun)]
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
    first = _first_conjunct(noun)
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


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _money(ent: Span) -> list[tuple[Token, Quantity]]:
    digits = " ".join(t.text for t in ent if t.like_num or t.lower_ in words().scale)
    value = parse_number(digits)
    if value is None:
        return []
    quantity = Quantity(
        kind="money", value=value, text=ent.text, start=ent.start_char, end=ent.end_char
    )
    return [(ent.root.head, quantity)]


def _kind(token: Token) -> tuple[str, Token]:
    """What a number counts, and the token it attaches to (the verb or noun of its event)."""
    w = words()
    if (verb := _fatal_share(token)) is not None:
        return "dead", verb  # "three were shot, one fatally"
    if (toll := _toll_kind(token)) is not None:
        return toll
    if (fellow := _fellow_kind(token)) is not None:
        return fellow
    head = token.head if token.dep_ in ("nummod", "quantmod", "compound", "det") else token
    if token.dep_ == "conj" and _toll_preposition(token.head) is not None:
        head = token.head.head  # "rose to 27 and 40 people were hurt": the 40 people
    counted = of_object(head)
    if counted is not None and w.noun_kinds.get(counted.lemma_.lower()):
        # "thousands of protesters took to the streets": the protesters are counted
        anchor = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
        return _of_people_kind(head, w.noun_kinds[counted.lemma_.lower()]), anchor
    while head.dep_ == "quantmod" and head.head is not head:
        head = head.head
    lemma = head.lemma_.lower()
    kind = _container_kind(head) or w.noun_kinds.get(lemma)
    first = head
    while first.dep_ == "conj" and first.head is not first:  # "26 protesters and 18 members"
        first = first.head
    if (
        first is not head
        and kind is None
        and lemma in w.conjunct_fillers
        and not _hurt_by_phrase(head)
        and _state_kind(head) is None
    ):
        # "26 protesters and 18 members (of the security forces)"; not "left 4 dead and 12
        # others with injuries", whose own phrase says what became of them
        head = first
    # "12 people were killed", "killed 12": the verb says what the number counts (for "9
    # farmers and 3 herders", the verb of the first, when it kills, hurts or detains them)
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None and (taker := _object_taken_for_speaker(head)) is not None:
        verb = taker
    if verb is None and (total := total_of(head)) and total.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb, head = total.head, total  # "a total of 12 people were injured"
    if verb is None and first.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = first.head if w.verb_kinds.get(first.head.lemma_.lower()) in CAUGHT else None
    if verb is not None:
        verb_kind = _verb_kind(verb, first if verb is not head.head else head)
        if verb_kind and (kind in (None, "size") or verb_kind in CAUGHT):
            kind = verb_kind
    state = _state_kind(head) or _headline_state(head)
    if state is not None and (
        not (state == "injured" and kind == "dead" and verb is not None) or _own_state(head)
    ):
        kind = state  # not "two guards who were hurt in the raid have died": the hurt who died
    if kind in FATE_UNTOLD and _hurt_by_phrase(head):
        kind = "injured"
    if kind in FATE_UNTOLD and head.dep_ == "nsubj" and wound_verb(head.head):
        kind = wound_verb(head.head)  # "three of the riders had knife wounds"
    if kind is None or kind in CASUALTY_KINDS:
        kind = _state_after(token) or kind  # "Blast kills 9, 40 wounded": the 40 are hurt
    return kind or "other", verb if verb is not None else head


def _own_state(number: Token) -> bool:
    """A bare number with a state word of its own right after it ("Bomb kills 9, 40 wounded":
    the parser may take the 40 as a second object of "kills") is counted in that state."""
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if number.pos_ != "NUM" or nxt is None or nxt.head.i != number.i:
        return False
    w = words()
    kind = w.state_kinds.get(nxt.lower_) or w.verb_kinds.get(nxt.lemma_.lower())
    return nxt.dep_ in ("acl", "amod") and kind in CASUALTY_KINDS


def _state_after(token: Token) -> str | None:
    """ "The toll rose to 19 killed and 33 wounded": a bare number joined to another count
    whose state word follows it right away, though the parser hung that word elsewhere (on
    "rose"), counts those in that state."""
    if token.dep_ != "conj" or token.i + 1 >= len(token.doc):
        return None
    state = token.doc[token.i + 1]
    kind = words().state_kinds.get(state.lower_)
    return kind if kind in CASUALTY_KINDS and state.head is not token else None


def _object_taken_for_speaker(noun: Token) -> Token | None:
    """ "Airstrikes killed at least 35 civilians, including women and children, state media
    and a monitoring group reported": the parser may run the counted object into the
    speakers' coordination and make it the subject of the reporting verb. A counted noun that
    is a reporting verb's subject right after a verb that kills, hurts or detains and has no
    object of its own is that verb's object; that verb, or None."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in word_set(
        "reporting_verbs.yaml", "reporting_verbs"
    ):
        return None
    before = noun.left_edge.i - 1
    if before < noun.sent.start:
        return None
    verb = noun.doc[before]
    taken = words().verb_kinds.get(verb.lemma_.lower()) in CAUGHT
    if verb.pos_ != "VERB" or not taken or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _fellow_kind(token: Token) -> tuple[str, Token] | None:
    """ "a police officer was killed along with three civilians", "killed the leader together
    with four of his fighters": those named beside the verb's own victims share their fate
    (``fellow_words``); with the verb as anchor. (``figures`` adds them to the one named.)"""
    verb = fellow_verb(token)
    if verb is None:
        return None
    kind = casualty_verb_kind(verb) or words().verb_kinds.get(verb.lemma_.lower())
    return (kind, verb) if kind in CAUGHT else None


def _toll_kind(token: Token) -> tuple[str, Token] | None:
    """ "The death toll rose to 45", "raised the toll to more than 60", "a death toll of 12",
    "the toll stands at 9", "the toll is 30", "the number of people killed rose to 31": a
    number that is the size of a toll (``toll_nouns``, :func:`_count_kind`) counts its dead
    (or hurt, or held); with the toll's verb (or the toll) as its anchor."""
    holder = token.head
    if token.dep_ == "pobj" and holder.dep_ == "prep" and holder.lower_ in ("to", "at", "of"):
        holder = holder.head
    elif (before := _toll_preposition(token)) is not None:
        holder = before.head
    elif token.dep_ not in ("attr", "dobj"):
        return None
    tolls = [holder] + [c for c in holder.children if c.dep_ in (*SUBJECTS, "dobj")]
    toll = next((t for t in tolls if t.lemma_.lower() in words().toll_nouns), None)
    if toll is None:
        counts = (
            c
            for t in tolls
            if t.i < token.i and (c := _count_kind(t, holder) or casualty_noun_toll(t, holder))
        )
        return next(counts, None)
    if toll.i > token.i:
        return None
    named = [c for c in toll.children if c.dep_ in ("compound", "amod") and c.i < toll.i]
    other = next((words().noun_kinds.get(c.lemma_.lower()) for c in named), None)
    if other not in CASUALTY_KINDS:
        other = _toll_of(toll)
    kind = other if other in CASUALTY_KINDS else words().toll_nouns[toll.lemma_.lower()]
    return kind, holder


def _toll_preposition(token: Token) -> Token | None:
    """ "The death toll has risen to 40 and 67 people are in hospital": the parser may take the
    toll's number, right after "to" and joined to the next count by "and", for a numeral of
    that count's noun; the "to" (on the toll's verb) it follows, else None."""
    if token.dep_ != "nummod" or token.i == 0:
        return None
    joined = any(c.dep_ == "conj" and is_number(c) for c in token.children)
    before = token.doc[token.i - 1]
    if not joined or before.lower_ not in ("to", "at") or before.dep_ != "prep":
        return None
    return before if before.head.pos_ in ("VERB", "AUX") else None


def _toll_of(toll: Token) -> str | None:
    """ "the toll of injured has risen to 40", "the toll of the wounded", "a toll of injuries":
    a toll whose "of" names the hurt (or the held) counts them, not the dead; the kind its
    object names, if any."""
    counted = of_object(toll)
    if counted is None:
        return None
    w = words()
    return w.state_kinds.get(counted.lower_) or w.noun_kinds.get(counted.lemma_.lower())


def _count_kind(noun: Token, holder: Token) -> tuple[str, Token] | None:
    """ "the number of people killed", "the number of dead", "the count of those arrested":
    a counting noun (``count_nouns``) of people a casualty or an arrest befell is a toll of
    them ("... has risen to 31"): what befell them, and the verb that tells it (so a tally,
    "the number of people killed since 2011", is read on it), else the toll's ``holder``."""
    w = words()
    counted = of_object(noun) if noun.lemma_.lower() in w.count_nouns else None
    if counted is None:
        return None
    kinds = (
        w.state_kinds.get(counted.lower_),  # "the number of dead"
        _state_kind(counted),  # "the number of people killed"
        w.noun_kinds.get(counted.lemma_.lower()),  # "the number of deaths"
    )
    kind = next((k for k in kinds if k in CAUGHT), None)
    told = next((c for c in counted.children if c.dep_ in ("acl", "relcl")), holder)
    return (kind, told) if kind is not None else None


def _of_people_kind(head: Token, kind: str) -> str:
    """ "Dozens of people have been injured": people counted by a vague number are a crowd
    (``size``) unless the verb they are the subject or object of kills, hurts or detains them
    (then that is what the number counts: injured 24)."""
    if kind != "size" or head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return kind
    verb_kind = _verb_kind(head.head, head)
    return verb_kind if verb_kind in CAUGHT else kind


def _verb_kind(verb: Token, noun: Token) -> str | None:
    """What ``verb`` says of ``noun``, its subject or object: "12 were killed", "killed 12",
    "12 died", "nine others wounded"; nothing of the subject of a verb that kills, hurts or
    detains someone it names ("two robbers shot at the clerk": the robbers did the shooting)."""
    w = words()
    if _lives_taken(verb) or _members_lost(verb, noun):
        return "dead"  # "19 villagers lost their lives", "the blast claimed 12 lives"
    kind = None if yields_to_other(verb) else w.verb_kinds.get(verb.lemma_.lower())
    subject = noun.dep_ == "nsubj" and verb.lemma_.lower() not in w.victim_subject_verbs
    doer = subject and any(
        c.dep_ in ("dobj", "dative")
        and not source_tag(c)
        or c.dep_ == "prep"
        and c.lower_ in w.target_preps
        for c in verb.children
    )
    if doer and kind in CAUGHT:
        return None
    if kind == "injured":  # "were shot and later died", "were shot to death"
        return casualty_verb_kind(verb) or kind
    if kind is None and _they_died(verb):  # "were rushed to a clinic, where they died"
        return "dead"
    if kind is None and harmed_to_death(verb):  # "beat two men to death"
        return "dead"
    return kind


def _lives_taken(verb: Token) -> bool:
    """ "lost their lives", "claimed 12 lives", "claimed the lives of": a verb that takes the
    lives its object names (``life_taking_verbs``, ``life_nouns``)."""
    w = words()
    return verb.lemma_.lower() in w.life_taking_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in w.life_nouns for c in verb.children
    )


def _members_lost(verb: Token, noun: Token) -> bool:
    """ "the army lost four soldiers", "the unit lost three of its men": people counted as the
    object of a verb of losing (``member_losing_verbs``) are its subject's own dead (not "lost
    three seats": no people)."""
    w = words()
    if verb.lemma_.lower() not in w.member_losing_verbs or noun.dep_ != "dobj":
        return False
    counted = of_object(noun) or noun
    lemma = counted.lemma_.lower()
    return lemma in w.people_nouns or w.noun_kinds.get(lemma) == "troops"


def casualty_clause(token: Token) -> bool:
    """ "three are dead", "a woman died", "two others were hurt": a clause whose subject is the
    people it tells killed or hurt (no object, no "by" agent: "police shot a man", "a man was
    shot by police" tell of the shooter too)."""
    w = words()

    def casualty(t: Token) -> bool:
        kind = w.verb_kinds.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        return (kind or w.state_kinds.get(t.lower_)) in CASUALTY_KINDS

    if any(c.dep_ in ("dobj", "agent") for c in token.children):
        return False
    return casualty(token) or any(
        c.dep_ in ("acomp", "oprd") and casualty(c) for c in token.children
    )


def in_cause(anchor: Token, noun: Token) -> bool:
    """ "five soldiers died in the fighting", "two were hurt during the clashes", "8,000 were
    displaced by heavy shelling", "were displaced by fighting between two militias", "were
    forced to flee by the raids", "were uprooted by the floods and the fighting", "2,000 fled
    the fighting": ``noun`` is what a verb that kills, hurts or displaces the people it counts
    names as having done so, so the figure is also that noun's. The noun is the object (or a
    conjunct of it, or a gerund) of one of its ``casualty_cause_preps`` or of its passive agent,
    on the verb or on a verb it governs ("forced to flee by"), or what a verb of leaving flees
    (its object)."""
    w = words()
    verbs = {anchor.i: anchor, **{c.i: c for c in anchor.children if c.dep_ == "xcomp"}}
    kinds = {w.verb_kinds.get(v.lemma_.lower()) for v in verbs.values()}
    if not kinds & {*CASUALTY_KINDS, "displaced"}:
        return False
    if "displaced" in kinds and noun.dep_ == "dobj" and noun.head.i in verbs:
        return True  # "2,000 fled the fighting"
    noun = _first_conjunct(noun)
    prep = noun.head
    cause = prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ in w.casualty_cause_preps
    return noun.dep_ in ("pobj", "pcomp") and cause and prep.head.i in verbs


def _they_died(verb: Token) -> bool:
    """ "Two porters were rushed to a clinic, where they died": a clause under the verb whose
    subject is "they" and whose verb is one its subject dies by."""
    w = words()
    return any(
        t.lemma_.lower() in w.victim_subject_verbs
        and any(c.dep_ == "nsubj" and c.lower_ in w.plural_pronouns for c in t.children)
        for t in verb.subtree
        if t.i > verb.i and t.dep_ in ("relcl", "advcl", "conj")
    )


def _container_kind(head: Token) -> str | None:
    """ "the bodies of 225 people", "the killing of two teenagers": the people are dead."""
    if head.dep_ == "pobj" and head.head.lower_ in words().counted_preps:
        container = head.head.head
        if container.pos_ == "NOUN" and container.lemma_.lower() in words().fatal_nouns:
            return "dead"  # "the killing of two teenagers"
        if container.dep_ == "dobj" and _lives_taken(container.head):
            return "dead"  # "claimed the lives of 12 villagers"
        kind = words().noun_kinds.get(container.lemma_.lower())
        return kind if kind in ("dead", "injured", "arrested") else None
    return None


def _state_kind(head: Token) -> str | None:
    """ "civilians killed", "2K injured", "five dead", "two people are dead", "left 12 dead and
    30 wounded", "left 40 people dead and dozens wounded", "nine wounded soldiers were flown
    out", "were found shot dead": a participle
    or adjective on the noun (before it, a state word only), or the state its clause gives it."""
    w = words()
    states = [
        c
        for c in head.children
        if (c.dep_ in ("acl", "relcl", "amod", "oprd") and c.i > head.i and not _doer(c))
        or (c.dep_ == "amod" and c.i < head.i and c.lower_ in w.state_kinds)
    ]
    if head.dep_ in ("nsubj", "nsubjpass"):
        states += [c for c in head.head.children if c.dep_ in ("acomp", "oprd", "xcomp")]
        if head.head.dep_ == "oprd" and head.head.lower_ in w.state_kinds:
            states.append(head.head)  # "left at least 15 people dead": the small clause's state
    elif _first_conjunct(head).dep_ == "dobj":
        # "the blast left 12 dead", "left 40 people dead and dozens wounded": the predicate
        # after the object (or after this conjunct of it)
        verb = _first_conjunct(head).head
        leaving = verb.lemma_.lower() in w.leaving_verbs
        states += [
            c
            for c in verb.children
            if c.i > head.i and (c.dep_ == "oprd" or leaving and c.dep_ in ("xcomp", "advcl"))
        ]
    # a state's own state first: "two men were found shot dead" are dead
    told = [g for c in states for g in (*_own_states(c), c)]
    for child in told:
        kind = w.state_kinds.get(child.lower_) or w.verb_kinds.get(child.lemma_.lower())
        if kind in ("dead", "injured", "arrested", "displaced"):
            return kind
    return None


def _own_states(state: Token) -> list[Token]:
    """The predicate of a participle that is itself a state ("found shot dead": dead)."""
    return [g for g in state.children if g.dep_ in ("oprd", "acomp") and state.pos_ == "VERB"]


def _headline_state(head: Token) -> str | None:
    """ "Four shot, two dead", "Two shot near a park": a headline's verbless clause whose root
    the tagger took for a noun ("shot"); the number counts those it says were hurt or killed."""
    root = head.head if head.dep_ == "nsubj" else head
    if root.dep_ != "ROOT" or root.pos_ != "NOUN" or root.tag_ != "NN":
        return None
    kind = words().state_kinds.get(root.lower_)
    return kind if kind in CASUALTY_KINDS else None


def _doer(clause: Token) -> bool:
    """ "the four deputies who shot the driver": a relative clause whose subject is the relative
    pronoun tells what the noun did, not what became of it."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children
    )


def _hurt_by_phrase(head: Token) -> bool:
    """ "two men were taken to hospital with gunshot wounds", "three people in critical
    condition": an injury phrase of the counted noun's clause describes it."""
    holder = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    return any(injury_phrase(t) and person_described(t) == head.i for t in holder.subtree)
