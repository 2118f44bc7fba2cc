"""Walking a dependency parse: the helpers every rule shares, so no rule climbs the tree itself.

The labels are spaCy's English (ClearNLP) dependency labels. The helpers hold no words: what a
rule looks for (which verbs, which prepositions) comes from the data files.

>>> doc = nlp("Police said the rebels attacked a convoy near Gao.")  # doctest: +SKIP
>>> attacked = doc[4]  # doctest: +SKIP
>>> subject(attacked).text, governor(attacked).text, clause_head(doc[9]).text  # doctest: +SKIP
('rebels', 'said', 'attacked')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Doc, Token

from crisislens.data import read_yaml

# a clause's arguments and modifiers, whose head governs them: an event under one of these
# deps is the complement or adjunct of the word above it
GOVERNED_DEPS = frozenset(
    {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "advcl", "relcl", "attr"}
)
# clauses that tell something of their own ("the town, which rebels took", "after they left")
SUBORDINATE_DEPS = frozenset({"relcl", "acl", "advcl", "pcomp", "npadvmod"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# how far a clause climb goes before giving up: deeper than any real English sentence nests
MAX_CLAUSE_CLIMB = 12


def child(token: Token, *deps: str) -> Token | None:
    """The first child of ``token`` attached by one of ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


def children(token: Token, *deps: str) -> list[Token]:
    """Every child of ``token`` attached by one of ``deps``, in order."""
    return [c for c in token.children if c.dep_ in deps]


def pobj(prep: Token) -> Token | None:
    """The object of a preposition ("in" -> "Gao" in "near Gao")."""
    return child(prep, "pobj")


def prep_objects(token: Token, words: Iterable[str]) -> Iterator[tuple[Token, Token]]:
    """(preposition, object) for each preposition of ``token`` among ``words``."""
    wanted = set(words)
    for prep in children(token, "prep"):
        if prep.lower_ in wanted:
            obj = pobj(prep)
            if obj is not None:
                yield prep, obj


def passive_agents(token: Token) -> list[Token]:
    """Who or what does a passive verb, or a verb joined to it, by its "by" phrase: "lightning"
    in "was struck by lightning", "a van" in "was struck and killed by a van"."""
    agents = [a for verb in (token, *token.conjuncts) if (a := child(verb, "agent")) is not None]
    return [o for a in agents if (o := pobj(a)) is not None]


def subject(token: Token) -> Token | None:
    """The active subject of a verb ("rebels" in "the rebels attacked")."""
    return child(token, "nsubj")


def has_child_word(token: Token, deps: Iterable[str], words: Iterable[str]) -> bool:
    """Whether ``token`` has a child by one of ``deps`` whose lower-case form is in ``words``
    ("will" as the aux of "will attack")."""
    deps, words = set(deps), set(words)
    return any(c.dep_ in deps and c.lower_ in words for c in token.children)


@cache
def _verb_form_lemmas() -> dict[str, str]:
    return dict(read_yaml("lemmas.yaml")["verb_forms"])


def lemma(token: Token) -> str:
    """The lower-case lemma, which is what the data files list (with the lemmatizer's known
    slips on verbs corrected, data/lemmas.yaml: "staged" is "stage", not "stag")."""
    if token.pos_ == "VERB":
        fixed = _verb_form_lemmas().get(token.lower_)
        if fixed is not None:
            return fixed
    return token.lemma_.lower()


def is_root(token: Token) -> bool:
    """Whether ``token`` heads its sentence (spaCy makes a root its own head; compare indices,
    as each access to ``.head`` makes a new Token object)."""
    return token.head.i == token.i


def governor(token: Token) -> Token | None:
    """The head of ``token``, or None at the root."""
    return None if is_root(token) else token.head


def climb(token: Token, deps: Iterable[str], hops: int) -> Iterator[Token]:
    """The heads above ``token``, for as long as each step is by one of ``deps`` (at most
    ``hops`` steps): from "invade" in "threatened to invade", "threatened"."""
    deps = set(deps)
    node = token
    for _ in range(hops):
        if node.dep_ not in deps or is_root(node):
            return
        node = node.head
        yield node


def clause_head(token: Token | None) -> Token | None:
    """The verb whose clause holds ``token`` (the token itself when it is a verb): "attacked"
    for "Gao" in "the rebels attacked a convoy near Gao"."""
    node = token
    for _ in range(MAX_CLAUSE_CLIMB):
        if node is None or node.pos_ in ("VERB", "AUX") or is_root(node):
            return node
        node = node.head
    return node


def same_token(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def token_at(doc: Doc, char: int) -> Token | None:
    """The head token of whatever covers character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def char_extent(token: Token) -> tuple[int, int]:
    """Start and end characters of ``token``'s whole phrase (its subtree)."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


def is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def predicate_of(token: Token) -> Token:
    """The word that carries ``token``'s clause: an event noun's verb when the noun is its
    object ("resume" for "talks" in "ready to resume talks"), else the token itself."""
    if is_noun(token) and token.dep_ in ("dobj", "attr") and is_verb(token.head):
        return token.head
    return token
