"""The noun phrase an actor is coded from, and what the rules have found in it so far.

>>> doc = nlp("About 3000 mostly Russian troops arrived.")  # doctest: +SKIP
>>> phrase(doc[3]).text  # doctest: +SKIP
'3000 mostly Russian troops'
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from crisislens.actors.context import ArticleContext
from crisislens.actors.dictionary import CodedName
from crisislens.nlp.doc_cache import entity_at
from crisislens.schemas import Actor

QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})

# spaCy's entity labels for names an actor can bear, and the dependency labels of the
# modifiers that belong to an agent's phrase ("3000 mostly Russian troops")
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
MODIFIER_DEPS = frozenset(
    {"compound", "amod", "nmod", "poss", "nummod", "det", "quantmod", "npadvmod", "advmod"}
)
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound"})
# parts of speech that never head an actor's phrase
NOT_NOMINAL = frozenset({"PRON", "DET", "NUM", "VERB", "AUX", "ADP", "PUNCT", "SPACE"})


@dataclass
class Mention:
    """One noun phrase being coded: its tokens, and the country, sector and owner (the named
    actor among its modifiers: "Putin's government") that the rules have found so far."""

    span: Span
    head: Token
    context: ArticleContext
    entity: Span | None
    country: str | None = None
    sector: str | None = None
    owner: CodedName | None = None

    def actor(self, name: str) -> Actor:
        return Actor(
            text=self.span.text,
            start=self.span.start_char,
            end=self.span.end_char,
            name=name,
            country=self.country,
            sector=self.sector,
        )


def entity_of(token: Token) -> Span | None:
    """The named entity a token belongs to, if it is a name an actor can bear."""
    if token.ent_type_ in NAME_LABELS:
        return entity_at(token)
    return None


def phrase(head: Token) -> Span:
    """The head noun with the modifiers to its left ("3000 mostly Russian troops") and the rest
    of its name, less a leading determiner or punctuation."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    ent = entity_of(head)
    if ent is not None:
        start = min(start, ent.start)
        end = max(head.i + 1, ent.end)
    else:
        end = head.i + 1
    span = head.doc[start:end]
    while len(span) > 1 and (span[0].dep_ == "det" or span[0].is_punct):
        span = span[1:]
    return span


def child(token: Token | None, dep: str, words: frozenset[str] | None = None) -> Token | None:
    """The first child of ``token`` with dependency ``dep`` (and, if given, one of ``words``)."""
    if token is None:
        return None
    return next(
        (c for c in token.children if c.dep_ == dep and (words is None or c.lower_ in words)),
        None,
    )


def speaker(pronoun: Token, reporting_verbs: frozenset[str]) -> Token | None:
    """Who "it", "they" or "we" is in a reported clause: the reporting verb's subject."""
    clause = pronoun.head
    if (
        pronoun.dep_ not in ("nsubj", "nsubjpass")
        or clause.dep_ != "ccomp"
        or clause.head.lemma_.lower() not in reporting_verbs
    ):
        return None
    if pronoun.lower_ != "we" and clause.i < clause.head.i:
        return None  # "they killed two, officials said": others than the speakers
    subject = child(clause.head, "nsubj") or said_aside(clause.head)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def said_aside(verb: Token) -> Token | None:
    """The subject of the clause a reporting participle hangs from, which says it: in "the
    group claimed the attack, saying it targeted the guards", the group."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return None
    return child(verb.head, "nsubj")


def quoting_speaker(token: Token, reporting_verbs: frozenset[str]) -> Token | None:
    """Who says the clause ``token`` stands in, however deep: the subject of the reporting
    verb over the nearest reported clause ("the envoy said: 'we reject the charges against
    our forces'": the envoy, for "our")."""
    for clause in token.ancestors:
        verb = clause.head
        if clause.dep_ in ("ccomp", "parataxis") and verb.lemma_.lower() in reporting_verbs:
            subject = child(verb, "nsubj")
            return subject if subject is not None and subject.pos_ != "PRON" else None
    return None


def _quoted(span: Span) -> bool:
    """Whether a quotation opened in ``span`` is still open at its end."""
    return sum(t.text in QUOTES for t in span) % 2 == 1


def earlier_subject(
    pronoun: Token, reporting_verbs: frozenset[str], collective: frozenset[str] = frozenset()
) -> Token | None:
    """Who "they" opening a clause is when no speaker says: the subject of the sentence before,
    or of the clause its reporting verb reports ("Rebels attacked a base on Monday. They killed
    nine soldiers": the rebels). A noun in the plural, a named body, or a singular noun for a
    body of people (``collective``: "The league met in Lima. They voted to strike": the league);
    where the reported clause's subject is only a pronoun, the speaker ("The league said it would
    strike. They ...")."""
    sent = pronoun.sent
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    if _quoted(pronoun.doc[before.start : pronoun.i]):
        return None  # a witness's "they" is whoever they saw
    verb = before.root
    subject = child(verb, "nsubj")
    if verb.lemma_.lower() in reporting_verbs:
        reported = child(child(verb, "ccomp") or verb, "nsubj")
        if reported is None or reported.pos_ != "PRON":
            subject = reported  # a pronoun reported is the speaker, kept
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ in ("ORG", "NORP"):
        return subject
    return subject if subject.lemma_.lower() in collective else None


def counted(head: Token, group_words: frozenset[str], preps: frozenset[str]) -> Token | None:
    """The noun after "of" when the head only counts or represents it ("thousands of X")."""
    if head.lower_ not in group_words and not head.like_num:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            return child(prep, "pobj")
    return None


def clean_name(text: str, filler: frozenset[str]) -> str:
    """A phrase as a name: no possessive, no articles or hedges ("the mostly Russian troops")."""
    text = text.replace("\u2019s", "").replace("'s", "").strip()
    words = [w for w in text.split() if w.lower() not in filler]
    return " ".join(words) if words else text
