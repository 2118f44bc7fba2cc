"""Where the clause walk of modality goes up from a word when the parse hangs it on the wrong
head: an act under "no choice but", a tensed verb joined to an infinitive, a participle of a
causative, a gerund under "require", an act listed by "including", a "that" clause joined to
a verb's object. Each step-up rule returns the word the walk goes on from, or None.

>>> no_choice_but(nlp("We will have no choice but to ask.")[7]).text  # doctest: +SKIP
'have'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import MAX_CLAUSE_CLIMB, has_child_word, is_noun, is_root, is_verb, lemma

# a verb's own tense, which a conjunct with its own subject does not borrow from the verb
# it is joined to ("will attack ... and he condemned")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# ... or its auxiliary's ("had arrested", "was freed", "will burn")
TENSED_AUX_TAGS = FINITE_TAGS | {"MD"}


def no_choice_but(node: Token) -> Token | None:
    """The verb that has "no choice" but the act ``node``: "have" in "we will have no choice
    but to ask the council", whose "will" (and condition) the asking takes; the parse hangs
    the act on "but" and "but" on the noun, where the walk would stop (event_rules.yaml:
    choice_nouns, exception_preps). None for any other word.

    >>> no_choice_but(nlp("We will have no choice but to ask.")[7]).text  # doctest: +SKIP
    'have'
    """
    words = vocabulary().words
    prep = node.head
    if node.dep_ not in ("pcomp", "xcomp") or prep.lower_ not in words.exception_preps:
        return None
    noun = prep.head
    if lemma(noun) not in words.choice_nouns or not is_verb(noun.head):
        return None
    denied = has_child_word(noun, ("det",), words.negative_determiners)
    return noun.head if denied and noun.dep_ == "dobj" else None


def finite_beside_infinitive(node: Token) -> Token | None:
    """The verb an infinitive hangs on, for a tensed verb the parse joins to that infinitive:
    in "has refused to recognise the results and has called for protests" and "refused to
    disarm and seized two towns" the calling and the seizing are told beside the refusal,
    not refused ("to" cannot govern "has called"), so the walk goes on from "refused" as
    from a conjunct. None for any other word.

    >>> finite_beside_infinitive(nlp("He refused to go and has called for talks.")[6]).text  # doctest: +SKIP
    'refused'
    """
    head = node.head
    if node.dep_ != "conj" or head.dep_ not in ("xcomp", "advcl"):
        return None
    if not has_child_word(head, ("aux",), vocabulary().words.infinitive_marks):
        return None
    auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    tensed = node.tag_ in FINITE_TAGS or any(a.tag_ in TENSED_AUX_TAGS for a in auxiliaries)
    return head.head if tensed else None


def causative_participle(node: Token) -> Token | None:
    """The verb of "have" or "get" whose object a past participle tells the fate of, where the
    parse hangs the participle on the object: "will have its ships targeted" plans the
    targeting, as "will" says (event_rules.yaml: causative_verbs). None for any other word.

    >>> causative_participle(nlp("They will have its ships targeted.")[5]).text  # doctest: +SKIP
    'have'
    """
    obj = node.head
    if node.dep_ != "acl" or node.tag_ != "VBN" or obj.dep_ != "dobj":
        return None
    return obj.head if lemma(obj.head) in vocabulary().words.causative_verbs else None


def listed_act(node: Token) -> Token | None:
    """The clause of the noun an "including" lists an act under: "will take any steps needed
    to stop Osmia from building the dam, including imposing sanctions" plans sanctions as it
    plans the steps, where the parse hangs the list on "building" (whose "stop ... from"
    would negate it); the noun's verb, when the noun is its object (event_rules.yaml:
    listing_preps). None where no noun is above.

    >>> listed_act(nlp("We will take steps to stop it, including imposing sanctions.")[9]).text  # doctest: +SKIP
    'take'
    """
    if node.dep_ != "pcomp" or node.head.lower_ not in vocabulary().words.listing_preps:
        return None
    above = node.head.head
    for _ in range(MAX_CLAUSE_CLIMB):
        if is_noun(above):
            held = above.dep_ in ("dobj", "nsubjpass", "attr") and is_verb(above.head)
            return above.head if held else above
        if is_root(above):
            return None
        above = above.head
    return None


def required_gerund(node: Token) -> Token | None:
    """The verb of requiring whose object a gerund tells what is asked of it, where the parse
    hangs the gerund on the object: "a trend that requires the country declaring an emergency"
    demands the declaration, as "requires" says (event_rules.yaml: gerund_object_verbs; the
    verb is one of the ``demanded`` governors). None for any other word.

    >>> required_gerund(nlp("It requires the army leaving the town.")[4]).text  # doctest: +SKIP
    'requires'
    """
    obj = node.head
    if node.dep_ != "acl" or node.tag_ != "VBG" or obj.dep_ != "dobj":
        return None
    return obj.head if lemma(obj.head) in vocabulary().words.gerund_object_verbs else None


# what a verb's first complement is, before a "that" clause joined to it by "and"
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp"})


def complement_conjunct(node: Token) -> bool:
    """Whether ``node`` is a "that" clause joined to its verb's object: in "rallied, demanding
    reforms and that the governor be removed" the removal is a second thing demanded, the
    verb's complement, not a second act done beside the demanding. The verb must have a
    complement before it: in "the talks failed and that ..." nothing is failed.

    >>> complement_conjunct(doc[9])  # doctest: +SKIP
    True
    """
    if node.dep_ != "conj" or not has_child_word(node, ("mark",), ("that",)):
        return False
    return any(c.dep_ in COMPLEMENT_DEPS and c.i < node.i for c in node.head.children)


def link_up(node: Token) -> str:
    """The link the clause walk goes up by from ``node``: its dependency, a complement for a
    "that" clause joined by "and" (:func:`complement_conjunct`)."""
    return "ccomp" if complement_conjunct(node) else node.dep_
