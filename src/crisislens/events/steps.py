"""An attack told step by step: one of a count told before, brought in again by an ordinal,
or more of its doers.

"Two car bombs went off beside a bus depot on Tuesday ... The first car, parked outside a
pharmacy, blew up at about 6 p.m.": the later verb's subject is one of the two the lede
counts, so its act is a step of the lede's attack, whatever verb tells it; "Up to five suicide
bombers attacked a police headquarters ... Four more attackers stormed the gate after the
blast": more of the attack's doers. That is evidence enough that the two may be one happening
(events/happenings.py, ``_alike``); whether they are is for their type, modality, place, day
and sides to say.

>>> counted_step(two_car_bombs_went_off, the_first_car_blew_up)  # doctest: +SKIP
True
>>> more_doers(bombers_attacked_a_base, four_more_attackers_stormed)  # doctest: +SKIP
True

A step may also be told within the attack's own time: in its course ("In the course of the
siege, another bomb went off inside the hall", "two more blasts shook the hotel during the
attack") or a short stretch after it ("A second blast followed minutes later in the car
park"). Such a blast is a step of the attack told before, not another happening, though a
word ("another", "a second") brings it in as one more (``within_the_attack``).

>>> within_the_attack(another_bomb_went_off_in_the_course_of_the_siege)  # doctest: +SKIP
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from crisislens.data import read_yaml
from crisislens.events.candidates import Candidate, head_token
from crisislens.events.seizures import attack_types
from crisislens.nlp.doc_cache import per_doc
from crisislens.nlp.syntax import clause_head


@cache
def _ordinals() -> frozenset[str]:
    """``data/article.yaml``: step_ordinals."""
    return frozenset(read_yaml("article.yaml")["step_ordinals"])


def counted_step(a: Candidate, b: Candidate) -> bool:
    """Whether the later of ``a`` and ``b`` is told by a verb whose subject an ordinal marks
    ("The first car blew up", "a second bomber detonated his vest") as one of a count the
    other's sentence gives by a word of its own ("Two car bombs", "two suicide bombers"; not
    "one car bomb", nor "two soldiers", who share no word with the car)."""
    earlier, later = (a, b) if a.order < b.order else (b, a)
    verb, told = head_token(later.tokens), head_token(earlier.tokens)
    if later.noun or verb is None or told is None:
        return False
    marked = _marked(verb.doc).ordinal.get(verb.i)
    if not marked:
        return False
    counted = [_words(t) for t in told.sent if t.pos_ == "NOUN" and _counted(t)]
    return any(m & c for m in marked for c in counted)


@cache
def _more_words() -> frozenset[str]:
    """``data/article.yaml``: more_doer_words."""
    return frozenset(read_yaml("article.yaml")["more_doer_words"])


def more_doers(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are two attacks, the later told by a verb whose doers are brought
    in as more of them ("Four more attackers stormed the gate", "three additional gunmen
    opened fire"; not "two more soldiers were killed", the people it hurt, nor "other gunmen
    attacked a post", another party: retelling.another_doer)."""
    later = a if a.order > b.order else b
    verb = head_token(later.tokens)
    if later.noun or verb is None or verb.i not in _marked(verb.doc).more:
        return False
    attacks = attack_types()
    return a.event.event_type in attacks and b.event.event_type in attacks


@dataclass(frozen=True)
class _Marked:
    """The verbs of a document whose subjects tell a step: by an ordinal (verb -> the words of
    each such subject), or as more of the doers (active verbs only)."""

    ordinal: dict[int, list[frozenset[str]]]
    more: frozenset[int]


def _marked(doc: Doc) -> _Marked:
    """Read once per document (each pair of mentions asks)."""

    def make() -> _Marked:
        ordinals, more_words = _ordinals(), _more_words()
        ordinal: dict[int, list[frozenset[str]]] = {}
        more: set[int] = set()
        for t in doc:
            verb = t.head
            if t.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
                continue
            if any(d.dep_ == "amod" and d.lower_ in ordinals for d in t.children):
                ordinal.setdefault(verb.i, []).append(_words(t))
            if t.dep_ == "nsubj" and any(_more(d, more_words) for d in t.children):
                more.add(verb.i)
        return _Marked(ordinal, frozenset(more))

    return per_doc(doc, "step_subjects", make)


def _more(modifier: Token, more: frozenset[str]) -> bool:
    """ "more" in "four more", "additional": a doer noun's word that brings in more of them."""
    if modifier.dep_ == "amod":
        return modifier.lower_ in more
    return modifier.dep_ == "nummod" and any(
        d.dep_ == "amod" and d.lower_ in more for d in modifier.children
    )


def _counted(noun: Token) -> bool:
    """ "Two car bombs", "three gunmen": a noun counted by a number above one."""
    return any(
        d.dep_ == "nummod" and d.like_num and d.lower_ not in ("one", "1") for d in noun.children
    )


def _words(noun: Token) -> frozenset[str]:
    """A noun's lemma and its compounds' ("car bombs": car, bomb)."""
    return frozenset(
        t.lemma_.lower() for t in (noun, *noun.children) if t.i == noun.i or t.dep_ == "compound"
    )


@dataclass(frozen=True)
class _WithinWords:
    """``data/article.yaml`` (within_attack): the prepositions and the attack nouns of "during
    the attack", the noun of "in the course of", the short units and the adverbs of "minutes
    later", "shortly afterwards", and the markers an attack's further step is brought in by."""

    preps: frozenset[str]
    course: frozenset[str]
    nouns: frozenset[str]
    units: frozenset[str]
    soon: frozenset[str]
    after: frozenset[str]
    markers: frozenset[str]


@cache
def _within_words() -> _WithinWords:
    data = read_yaml("article.yaml")["within_attack"]
    return _WithinWords(*(frozenset(data[k]) for k in _WithinWords.__dataclass_fields__))


def within_the_attack(c: Candidate) -> bool:
    """Whether ``c``'s clause tells its act within an attack told before: in its course, under
    a preposition of a definite attack noun ("during the attack", "amid the assault", "in the
    course of the siege"), or a short stretch after ("minutes later", "a minute later",
    "shortly afterwards"; not "hours later", nor "days after", a stretch of its own: events/story_time.py).
    "Another bomb went off inside the hall in the course of the siege" is a step of the siege."""
    head = head_token(c.tokens)
    if c.sentence < 0 or head is None:
        return False
    doc = head.doc
    return head.i in per_doc(doc, "within_attack_words", lambda: _within_words_of(doc))


def _within_words_of(doc: Doc) -> frozenset[int]:
    """The document's words told within an attack, read once per document (each pair of
    mentions asks): those of a clause so told, and a noun with a clause of its own so told
    ("two more explosions detonated during the attack")."""
    w = _within_words()
    heads = (clause_head(t) for t in doc if _in_course(t, w) or _short_after(t, w))
    clauses = frozenset(head.i for head in heads if head is not None)
    if not clauses:
        return clauses
    return frozenset(
        t.i
        for t in doc
        if (clause := clause_head(t)) is not None
        and clause.i in clauses
        or any(v.dep_ in ("acl", "relcl") and v.i in clauses for v in t.children)
    )


def _in_course(prep: Token, w: _WithinWords) -> bool:
    """ "during the attack", "amid the assault", "in the course of the siege": a preposition
    whose object is a definite attack noun, or "in the course" of one."""
    if prep.dep_ != "prep":
        return False
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "in":
        objects = [
            o
            for course in objects
            if course.lemma_.lower() in w.course
            for of in course.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for o in of.children
            if o.dep_ == "pobj"
        ]
    elif prep.lower_ not in w.preps:
        return False
    return any(
        o.lemma_.lower() in w.nouns
        and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
        for o in objects
    )


def _short_after(word: Token, w: _WithinWords) -> bool:
    """ "minutes later", "a minute later", "moments afterwards", "shortly after": a short unit
    of time or an adverb of soon, right before a word of after."""
    doc = word.doc
    following = doc[word.i + 1].lower_ if word.i + 1 < len(doc) else ""
    if following not in w.after:
        return False
    return word.lemma_.lower() in w.units or word.lower_ in w.soon


def told_within(c: Candidate) -> bool:
    """Whether ``c`` is an attack told within the time of an attack told before it
    (``within_the_attack``: "Gunmen stormed a guesthouse ... In the course of the siege, another
    bomb went off inside"): evidence that it may be a step of any attack told before it."""
    return c.event.event_type in attack_types() and within_the_attack(c)


def a_further_step(c: Candidate) -> bool:
    """Whether ``c`` is an attack brought in as one more by a word of its own ("a second
    blast", "another bomb", "two more explosions": ``within_attack.markers``) and told within
    the attack told before (``within_the_attack``): a step of that attack, which such a word
    alone would tell as a new happening (events/marks.py, ``set_further_steps``)."""
    head = head_token(c.tokens)
    if head is None or c.event.event_type not in attack_types():
        return False
    markers = _within_words().markers
    marked = any(
        d.dep_ in ("det", "amod", "nummod") and _step_marker(d, markers) for d in head.children
    )
    return marked and within_the_attack(c)


def _step_marker(word: Token, markers: frozenset[str]) -> bool:
    """ "second", "another", or "more" in "two more"."""
    if word.lower_ in markers:
        return True
    return word.dep_ == "nummod" and any(d.lower_ in markers for d in word.children)
