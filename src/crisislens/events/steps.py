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
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from crisislens.data import read_yaml
from crisislens.events.candidates import Candidate, head_token
from crisislens.events.seizures import attack_types
from crisislens.nlp.doc_cache import per_doc


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
