"""Quantities: the numbers that matter (dead, injured, arrested, displaced, crowd size, troops,
money), each with the words it came from. The word lists are in ``data/quantities.yaml``.

A number is a figure only when it counts something: never a date ("5 January 2022"), a time
("24 hours"), an age ("a 27-year-old", "Ronald Munn, 28,"), an address ("the 800 block"), a phone
number or part of a name ("Fox 59"). One person named as killed or hurt is a figure of one ("a
man was shot and killed": dead 1), and so is one a phrase describes as hurt ("left a clerk in
critical condition", "a hiker suffering from a gunshot wound": injured 1).

The words are read by ``figure_words``; the numbers that are no figures are told by
``not_figures``.
"""

from __future__ import annotations

import re
from typing import cast

from spacy.tokens import Span, Token

from crisislens.events.figure_words import parse_number, words
from crisislens.events.not_figures import NAME_ENTITIES, is_figure
from crisislens.nlp.doc_cache import doc_text, per_doc, span_ents
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
CASUALTY_KINDS = {"dead", "injured"}
SUBJECTS = ("nsubj", "nsubjpass")
# a participle hung on a noun ("a man, shot in the back"); the tagger may take it for a past tense
PARTICIPLE_TAGS = ("VBN", "VBD")
CAUGHT = ("dead", "injured", "arrested")  # what a verb says of those it counts, over their noun
_SCALED = re.compile(r"^\d+(?:\.\d+)?[km]$", re.IGNORECASE)  # "2K", "1.5m" as one token


def _is_number(token: Token) -> bool:
    return token.like_num or token.lower_ in words().number_words or bool(_SCALED.match(token.text))


def _number_span(token: Token) -> Span:
    """The number words around a numeric token: "200,000", "1.2 million", "2 K", "at least 30"."""
    doc, w = token.doc, words()
    start = end = token.i
    while start > 0 and (
        doc[start - 1].like_num
        or doc[start - 1].dep_ == "quantmod"
        and doc[start - 1].lower_ not in w.bounds
    ):
        start -= 1
    while end + 1 < len(doc):
        following = doc[end + 1]
        attached = following.like_num and following.head.i in (token.i, end)
        # "1.2 million", and "2K" that the tokenizer splits into "2" + "K"
        scaled = following.lower_ in w.scale and (len(following) > 2 or doc[end].whitespace_ == "")
        if not (attached or scaled):
            break
        end += 1
    return doc[start : end + 1]


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
        if token.i in seen or not _is_number(token) or not _counts(token):
            continue
        span = _number_span(token)
        value = parse_number(span.text)
        if value is None:
            continue  # "a second": no count, maybe one person (see _one_person)
        seen.update(range(span.start, span.end))
        if not is_figure(token, span):
            continue
        kind, anchor = _kind(token)
        if kind in (*CAUGHT, "displaced") and _tally(anchor):
            kind = "other"
        quantity = Quantity(
            kind=cast(QuantityKind, kind),  # the kinds of data/quantities.yaml
            value=value,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
        )
        found.append((anchor, quantity))
    found += _one_person_casualties(sent, seen)
    return _add_conjoined(sent, _less_the_dead(found))


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


def _tally(anchor: Token) -> bool:
    """ "In the last 15 months, 1,250 fighters have been killed", "300 have died since
    January": a count over a past span is a tally of many happenings, not one event's figure
    (``tally_preps``, ``tally_span`` in data/quantities.yaml); so is the count of the day that
    bounds it ("the deadliest month since 2010, when 31 were killed")."""
    w = words()
    bound = anchor.head  # "the most since 2010, when 31 were killed": the bound's own toll
    if anchor.dep_ == "relcl" and bound.ent_type_ == "DATE" and bound.head.lower_ in w.tally_preps:
        return True
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in w.tally_preps:
            return True
        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        node = obj if child.dep_ == "prep" else child
        if node is None or node.ent_type_ != "DATE":
            continue
        phrase = node.doc[node.left_edge.i : node.right_edge.i + 1].text.lower()
        if w.tally_span.match(phrase):
            return True
    return False


def _add_conjoined(sent: Span, found: list[tuple[Token, Quantity]]) -> list[tuple[Token, Quantity]]:
    """ "killing 12 soldiers and 2 volunteers": casualties counted in one "and" coordination
    under one verb are one figure, their sum (the text runs from the first to the last)."""
    merged: list[tuple[Token, Quantity]] = []
    groups: dict[tuple[int, int, str], int] = {}
    for anchor, q in found:
        head = _counted_noun(sent, q)
        key = None if head is None else (anchor.i, _first_conjunct(head).i, q.kind)
        if key is None or q.kind not in (*CAUGHT, "displaced"):
            merged.append((anchor, q))
        elif key in groups:
            index = groups[key]
            first = merged[index][1]
            start, end = min(first.start, q.start), max(first.end, q.end)
            text = doc_text(sent.doc)[start:end]
            update = {"value": first.value + q.value, "start": start, "end": end, "text": text}
            merged[index] = (anchor, first.model_copy(update=update))
        else:
            groups[key] = len(merged)
            merged.append((anchor, q))
    return merged


def _counted_noun(sent: Span, q: Quantity) -> Token | None:
    """The noun a figure counts when it is one of an "and" coordination ("9 farmers and 3
    herders", "a woman and her nephew"); None otherwise."""
    span = sent.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    noun = token.head if token.dep_ == "nummod" else token
    first = _first_conjunct(noun)
    joined = [c for c in first.children if c.dep_ == "cc"]
    if not joined or any(c.lower_ not in words().counted_conjunctions for c in joined):
        return None
    return noun if noun is not first or any(c.dep_ == "conj" for c in first.children) else None


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
    head = token.head if token.dep_ in ("nummod", "quantmod", "compound", "det") else token
    counted = _of_object(head)
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
    if verb is None and first.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = first.head if w.verb_kinds.get(first.head.lemma_.lower()) in CAUGHT else None
    if verb is not None:
        verb_kind = _verb_kind(verb, first if verb is not head.head else head)
        if verb_kind and (kind in (None, "size") or verb_kind in CAUGHT):
            kind = verb_kind
    state = _state_kind(head) or _headline_state(head)
    if state is not None:
        kind = state
    if kind in (None, "size") and _hurt_by_phrase(head):
        kind = "injured"
    if kind in (None, "size") and head.dep_ == "nsubj" and _wound_verb(head.head):
        kind = _wound_verb(head.head)  # "two of the victims had gunshot wounds"
    return kind or "other", verb if verb is not None else head


def _toll_kind(token: Token) -> tuple[str, Token] | None:
    """ "The death toll rose to 45", "raised the toll to more than 60", "a death toll of 12",
    "the toll stands at 9", "the toll is 30": a number that is the size of a toll
    (``toll_nouns``) counts its dead; with the toll's verb (or the toll) as its anchor."""
    holder = token.head
    if token.dep_ == "pobj" and holder.dep_ == "prep" and holder.lower_ in ("to", "at", "of"):
        holder = holder.head
    elif token.dep_ not in ("attr", "dobj"):
        return None
    tolls = [holder] + [c for c in holder.children if c.dep_ in (*SUBJECTS, "dobj")]
    toll = next((t for t in tolls if t.lemma_.lower() in words().toll_nouns), None)
    if toll is None or toll.i > token.i:
        return None
    named = [c for c in toll.children if c.dep_ in ("compound", "amod") and c.i < toll.i]
    other = next((words().noun_kinds.get(c.lemma_.lower()) for c in named), None)
    kind = other if other in CASUALTY_KINDS else words().toll_nouns[toll.lemma_.lower()]
    return kind, holder


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
    if _lives_taken(verb):
        return "dead"  # "31 people lost their lives", "the blast claimed 12 lives"
    kind = w.verb_kinds.get(verb.lemma_.lower())
    subject = noun.dep_ == "nsubj" and verb.lemma_.lower() not in w.victim_subject_verbs
    doer = subject and any(
        c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in w.target_preps
        for c in verb.children
    )
    if doer and kind in CAUGHT:
        return None
    if kind == "injured":  # "were shot and later died", "were shot to death"
        return _casualty_verb_kind(verb) or kind
    if kind is None and _they_died(verb):  # "were taken to a hospital, where they died"
        return "dead"
    if kind is None and _harmed_to_death(verb):  # "beat two men to death"
        return "dead"
    return kind


def _lives_taken(verb: Token) -> bool:
    """ "lost their lives", "claimed 12 lives", "claimed the lives of": a verb that takes the
    lives its object names (``life_taking_verbs``, ``life_nouns``)."""
    w = words()
    return verb.lemma_.lower() in w.life_taking_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in w.life_nouns for c in verb.children
    )


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
    """ "five soldiers died in the fighting", "two were hurt during the clashes": ``noun`` is
    what a casualty verb that counts people names as having killed or hurt them (the object of
    one of its ``casualty_cause_preps``), so the figure is also that noun's."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.i == anchor.i
        and prep.lower_ in words().casualty_cause_preps
        and words().verb_kinds.get(anchor.lemma_.lower()) in CASUALTY_KINDS
    )


def _they_died(verb: Token) -> bool:
    """ "Two men were taken to a hospital, where they died": a clause under the verb whose
    subject is "they" and whose verb is one its subject dies by."""
    w = words()
    return any(
        t.lemma_.lower() in w.victim_subject_verbs
        and any(c.dep_ == "nsubj" and c.lower_ in w.plural_pronouns for c in t.children)
        for t in verb.subtree
        if t.i > verb.i and t.dep_ in ("relcl", "advcl", "conj")
    )


def _of_object(head: Token) -> Token | None:
    return next(
        (
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in words().counted_preps
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
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
    30 wounded": a participle or adjective on the noun, or the state its clause gives it."""
    w = words()
    states = [
        c
        for c in head.children
        if c.dep_ in ("acl", "relcl", "amod", "oprd") and c.i > head.i and not _doer(c)
    ]
    if head.dep_ in ("nsubj", "nsubjpass"):
        states += [c for c in head.head.children if c.dep_ in ("acomp", "oprd", "xcomp")]
    elif head.dep_ == "dobj":  # "the blast left 12 dead": the object's predicate
        states += [c for c in head.head.children if c.dep_ == "oprd" and c.i > head.i]
    for child in states:
        kind = w.state_kinds.get(child.lower_) or w.verb_kinds.get(child.lemma_.lower())
        if kind in ("dead", "injured", "arrested", "displaced"):
            return kind
    return None


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
    return any(_injury_phrase(t) and _described(t) == head.i for t in holder.subtree)


def _injury_phrase(prep: Token) -> bool:
    """ "in critical condition", "with a gunshot wound", "from his injuries", "for treatment
    of injuries", "rushed to a hospital": a preposition whose object says that someone is hurt
    (``injury_phrases`` in data/quantities.yaml)."""
    w = words().injury_phrases
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or obj is None:
        return False
    lemma, word = obj.lemma_.lower(), prep.lower_
    if word in w["condition_preps"] and lemma in w["condition_nouns"]:
        return any(c.lower_ in w["condition_words"] for c in obj.children)
    if word in w["care_preps"] and prep.head.lemma_.lower() in w["care_nouns"]:
        return lemma in w["wound_nouns"]  # "for treatment of minor injuries"
    if word in w["hospital_preps"] and lemma in w["hospital_nouns"]:
        return prep.head.lemma_.lower() in w["hospital_verbs"]  # "was rushed to a hospital"
    return word in w["wound_preps"] and lemma in w["wound_nouns"]


def _whose(noun: Token) -> Token | None:
    """Whom a noun names: its "of" object ("the death of a clerk"), else its possessor ("a
    man's body")."""
    return _of_object(noun) or next((c for c in noun.children if c.dep_ == "poss"), None)


def _wound_verb(verb: Token) -> str | None:
    """ "suffered a gunshot wound", "sustained minor injuries": injured (dead for "fatal
    wounds"), said of the verb's subject (``wound_verbs`` in data/quantities.yaml)."""
    w = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.injury_phrases["wound_verbs"]:
        return None
    wound = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in w.injury_phrases["wound_nouns"]
        ),
        None,
    )
    if wound is None:
        return None
    fatal = any(c.lemma_.lower() in w.fatal_words for c in wound.children)
    return "dead" if fatal else "injured"


def _described(prep: Token) -> int | None:
    found = _injured_by_phrase(prep)
    return found.i if found is not None else None


def _injured_by_phrase(prep: Token) -> Token | None:
    """Whom an injury phrase describes: the noun it hangs on ("a man in critical condition",
    "a man suffering from a wound"), else its verb's object ("left a man in critical
    condition"), else its subject ("she is in stable condition", "he was taken to hospital
    with injuries"), or the subject of the verb its verb is joined to."""
    head, care = prep.head, words().injury_phrases["care_nouns"]
    while head.dep_ == "pobj" and (
        head.head.head.pos_ in ("VERB", "AUX") or head.lemma_.lower() in care
    ):
        # "taken to a hospital with wounds", "taken to a hospital for treatment of wounds":
        # the taking
        head = head.head.head
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    # "the driver was hit and remains in serious condition": a joined verb shares the subject
    for verb in (head, head.head) if head.dep_ == "conj" else (head,):
        for dep in ("dobj", "nsubjpass", "nsubj"):
            found = next((c for c in verb.children if c.dep_ == dep), None)
            if found is not None and found.tag_ not in ("WP", "WDT"):
                return _the_other_one(found) or found
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return None


def _the_other_one(noun: Token) -> Token | None:
    """ "left one man dead and another with serious injuries": a noun its own state tells dead,
    joined to "another" (``other_person_words``), leaves the injury phrase to the other one."""
    w = words()
    dead = [c for c in noun.children if c.dep_ == "amod" and w.state_kinds.get(c.lower_) == "dead"]
    return next(
        (
            t
            for d in dead
            for t in d.children
            if t.dep_ == "conj" and t.lower_ in w.other_person_words
        ),
        None,
    )


def _one_person_casualties(sent: Span, seen: set[int]) -> list[tuple[Token, Quantity]]:
    """ "a man was shot and killed", "the victim died", "the clerk is dead": one person killed or
    hurt is a figure of one."""
    found = []
    # the verbs and states first: "a man with a gunshot wound was found dead" counts him dead
    marked = [(t, k) for t in sent if (k := _casualty_verb_kind(t) or _dead_state(t))]
    marked += [(t, "injured") for t in sent if _injury_phrase(t)]
    marked += [(t, k) for t in sent if (k := _wound_verb(t))]
    marked += [(t, "dead") for t in sent if _fatal_noun(t)]
    for token, kind in marked:
        people = _people(token, seen)
        if people is None:
            if kind == "dead" and (named := _victim_of(token)) is not None:
                seen.add(named.i)  # "a cook ... was found dead": never only hurt
            continue
        # "a woman and her nephew": one each, summed
        phrase = sent.doc[people[0].left_edge.i : people[-1].i + 1]
        quantity = Quantity(
            kind=cast(QuantityKind, kind),
            value=len(people),
            text=phrase.text,
            start=phrase.start_char,
            end=phrase.end_char,
        )
        found.append((token if token.pos_ in ("VERB", "NOUN") else token.head, quantity))
        seen.update(victim.i for victim in people)
    return found


def _fatal_noun(token: Token) -> bool:
    """ "the shooting death of a teenager", "the fatal stabbing of a clerk", "a man's body": a
    noun that names a killing (``fatal_nouns``, or one a fatal word qualifies) or a body, with
    whom it names ("of" or a possessor)."""
    w = words()
    if token.pos_ != "NOUN" or _whose(token) is None:
        return False
    if token.dep_ == "pobj" and token.head.lower_ in w.cause_preps:
        return False  # "protests over the death of a student": another happening, the cause
    return token.lemma_.lower() in w.fatal_nouns | w.body_nouns or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in w.fatal_words for c in token.children
    )


def _casualty_verb_kind(verb: Token) -> str | None:
    """dead or injured for a verb that kills or hurts ("shot and killed", "fatally shot", "shot
    dead two men"); dead for a harm verb that says so ("beat a man to death")."""
    w = words()
    if verb.pos_ != "VERB":
        return None
    kind = w.verb_kinds.get(verb.lemma_.lower())
    if kind not in CASUALTY_KINDS:
        return "dead" if _harmed_to_death(verb) else None
    # "shot and killed" (one victim), not "one died and a second was hurt" nor "shot five and
    # killed two" (a conjoined verb with its own victim)
    near = [
        verb,
        *(c for c in verb.children if (c.dep_ != "conj" or not _own_party(c)) and not _shared(c)),
    ]
    if verb.dep_ == "conj" and not _own_party(verb):
        near.append(verb.head)
    # "stabbed to death"
    near += [g for c in verb.children if c.lower_ in w.fatal_preps for g in c.children]
    near += _fatal_before_object(verb)
    if any(t.lemma_.lower() in w.fatal_words or t.lower_ in w.fatal_words for t in near):
        return "dead"
    return kind


def _shared(adverb: Token) -> bool:
    """ "were shot, two of them fatally": the fatal adverb is said of a share (its number
    subject), not of all the verb counts."""
    return any(c.dep_ == "nsubj" and _is_number(c) for c in adverb.children)


def _fatal_before_object(verb: Token) -> list[Token]:
    """ "soldiers shot dead four demonstrators": the word between the verb and its object,
    which the parser hangs on the object, tells the verb's outcome, not the object's kind."""
    return [
        c
        for o in verb.children
        if o.dep_ == "dobj"
        for c in o.children
        if c.dep_ in ("amod", "advmod") and verb.i < c.i < o.i and c.i == verb.i + 1
    ]


def _harmed_to_death(verb: Token) -> bool:
    """ "a mob beat two men to death", "was hacked to death": a harm verb (``to_death_verbs``)
    with "to death" kills (never "sentenced to death": that verb is no harm)."""
    w = words()
    return verb.lemma_.lower() in w.to_death_verbs and any(
        c.lower_ in w.fatal_preps and any(g.lemma_.lower() in w.fatal_words for g in c.children)
        for c in verb.children
    )


def _own_party(verb: Token) -> bool:
    """A conjoined verb with its own subject or object ("killed two", "a second was hurt")."""
    return any(c.dep_ in (*SUBJECTS, "dobj") for c in verb.children)


def _dead_state(token: Token) -> str | None:
    """ "is dead", "was found dead", "pronounced dead", "found a man dead"."""
    state = words().state_kinds.get(token.lower_)
    if state == "dead" and token.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        return state
    if state == "dead" and token.dep_ == "amod" and token.head.i < token.i:
        return state  # "found a man dead in his car"
    return None


def _victim_of(token: Token) -> Token | None:
    """Who a casualty verb or state applies to: the passive subject or object ("a man was
    shot"), the subject of "die" or of "is dead", the noun a relative clause hangs on ("the man
    who police shot"), the one found so ("was found shot"), or in a headline the subject of a
    verb with no object ("Man shot on north side")."""
    verb = token if token.pos_ == "VERB" else token.head
    if token.pos_ != "VERB":  # "found a cashier dead": the state's own subject, or its noun
        own = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if own is not None or token.dep_ == "amod":
            return own or token.head
    subject_verbs = words().victim_subject_verbs | words().injury_phrases["wound_verbs"]
    if token.pos_ != "VERB" or token.lemma_.lower() in subject_verbs:
        deps: tuple[str, ...] = ("nsubj", "nsubjpass", "dobj")
    else:
        deps = ("nsubjpass", "dobj")
    for node in (verb, verb.head if verb.dep_ in ("conj", "xcomp", "oprd", "ccomp") else None):
        if node is None:
            continue
        victim = next((c for c in node.children if c.dep_ in deps and not _site_name(c)), None)
        if victim is not None and victim.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            return token.head  # "the man who police shot"
        if victim is not None:
            return victim
        if (
            node.dep_ == "acl"
            and node.tag_ in PARTICIPLE_TAGS
            and node.head.pos_ in ("NOUN", "PROPN")
        ):
            return node.head  # "a man shot by deputies", "a teenager wounded in the crossfire"
    if _headline_passive(token):
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None


def _headline_passive(verb: Token) -> bool:
    """ "Man shot on north side": a headline drops "was"; a verb with no object and no
    target ("shot at police") in a line with no full stop."""
    sent = verb.sent
    return (
        verb.tag_ in ("VBD", "VBN")
        and not sent.text.rstrip().endswith((".", "!", "?", '"'))
        and not any(c.dep_ in ("dobj", "dative") and not _site_name(c) for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ in words().target_preps for c in verb.children)
    )


def _site_name(token: Token) -> bool:
    """ "Man shot near a park | example.com": the site a scraped headline ends with, after a bar
    or as an address, that the parser may hang on the verb as its object."""
    doc = token.doc
    return token.like_url or any(t.text == "|" for t in doc[token.head.i : token.i])


def _people(token: Token, seen: set[int]) -> list[Token] | None:
    """The persons a casualty verb or state applies to, one by one: a singular person noun, a
    named person or he/she, or an "and" coordination of them ("a woman and her nephew")."""
    if token.dep_ == "prep":
        victim = _injured_by_phrase(token)
        if victim is not None and _other_conjunct(victim, seen):
            return [victim]  # "left one man dead and another with injuries"
    else:
        victim = _whose(token) if token.pos_ == "NOUN" else _victim_of(token)
    if victim is None or victim.i in seen or victim.dep_ == "conj":
        return None
    listed = [victim, *_listed_subjects(victim)]
    people = [
        p
        for v in listed
        for p in (v, *(c for c in v.subtree if c.dep_ == "conj" and c.head.i in _ids(v)))
    ]
    joined = [c for v in listed for c in v.children if c.dep_ == "cc"]
    if any(c.lower_ not in words().counted_conjunctions for c in joined):
        return None  # "a man or a woman"
    # a conjunct with its own number is counted by it ("a teacher and her 3 pupils")
    people = [p for p in people if not any(c.dep_ == "nummod" for c in p.children)]
    if people and all(_one_person(p, token) and p.i not in seen for p in people):
        return people
    return None


def _other_conjunct(victim: Token, seen: set[int]) -> bool:
    """ "another" joined to someone counted before it: one more person."""
    return (
        victim.lower_ in words().other_person_words
        and victim.dep_ == "conj"
        and victim.i not in seen
    )


def _listed_subjects(victim: Token) -> list[Token]:
    """ "A man, his wife and their son were found dead": the later items of a list the parser
    took for several subjects of one verb."""
    if victim.dep_ not in SUBJECTS:
        return []
    verb = victim.head
    listed = [c for c in verb.children if c.dep_ == victim.dep_ and victim.i < c.i < verb.i]
    # "Joe Roe, a 42-year-old man, died": an apposition, no list, has no "and"
    joined = any(
        c.dep_ == "cc" and c.lower_ in words().counted_conjunctions
        for item in listed
        for c in item.children
    )
    return listed if joined else []


def _ids(victim: Token) -> set[int]:
    """The tokens of a coordination's conjunct chain ("a man, a woman and a boy")."""
    chain, node = {victim.i}, victim
    while (nxt := next((c for c in node.children if c.dep_ == "conj"), None)) is not None:
        chain.add(nxt.i)
        node = nxt
    return chain


def _aged_person(victim: Token) -> bool:
    """ "a 27-year-old was shot": an age that stands for the person (one, never the number of
    years: the age's own number is no figure)."""
    w = words()
    return (
        victim.lower_ in w.age_words
        and any(c.dep_ == "det" for c in victim.children)
        and any(
            c.dep_ == "npadvmod" and c.lower_ in w.hyphen_units and c.n_lefts
            for c in victim.children
        )
    )


def _one_person(victim: Token, token: Token) -> bool:
    """One person: a singular person noun, a named person, or he/she (``token`` is the casualty
    verb, state or injury phrase that names them)."""
    w = words()
    if any(c.dep_ == "nummod" for c in victim.children):
        return False
    return (
        victim.tag_ in ("NN", "NNP")
        and (
            victim.lemma_.lower() in w.person_nouns
            # whoever is in critical condition or has a gunshot wound is a person
            or (token.dep_ == "prep" or any(_injury_phrase(c) for c in victim.children))
            and victim.ent_type_ not in NAME_ENTITIES - {"PERSON"}
            # "a 19-year-old cyclist" (an age, not "the old treaty")
            or any(c.lower_ in w.age_words and c.n_lefts + c.n_rights for c in victim.children)
            or victim.ent_type_ == "PERSON"
            or victim.pos_ == "PROPN"
            and victim.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
        )
        or victim.lower_ in w.person_pronouns
        or _aged_person(victim)
        # "a second was injured"
        or victim.lower_ in w.other_person_words
        and victim.pos_ in ("NOUN", "ADJ")
        and any(c.dep_ == "det" for c in victim.children)
    )
