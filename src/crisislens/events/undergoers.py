"""Undergoers: who a passive verb or a verb of harm tells was acted on, and by whom.

A passive verb's actor is its "by" agent and its recipient the passive subject ("two reporters
were detained by police"); a participle of harm, or a verb of leaving someone dead or hurt,
names whom an attack harmed ("a mine went off, wounding four passengers").

>>> actor, recipient = passive_roles(doc[2])  # "Two reporters were detained by police"  # doctest: +SKIP
>>> actor.text, recipient.text  # doctest: +SKIP
('police', 'reporters')
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.rules.doers import names_no_party, relative_antecedent
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, is_noun, is_verb, lemma, pobj

Roles = tuple[Token | None, Token | None]


def is_passive(token: Token) -> bool:
    """A passive verb: with a passive auxiliary or subject ("was shelled"), a bare participle
    under a perception verb ("saw the market looted"), or a participle modifying a noun or
    coordinated without a subject of its own ("homes burned"), or a participle of harm set
    beside a clause ("the commander is dead, killed in a raid")."""
    words = vocabulary().words
    if (
        token.tag_ == "VBN"
        and token.dep_ in ("ccomp", "oprd", "xcomp")
        and not children(token, "aux", "auxpass", "dobj")
        and token.head.lemma_ in words.perception_verbs
    ):
        return True
    return (
        bool(children(token, "auxpass", "nsubjpass"))
        or (
            token.tag_ == "VBN"
            and (token.dep_ in ("acl", "ccomp", "conj") or harm_beside_clause(token))
            and not children(token, "aux")
            and not children(token, "nsubj", "dobj")
        )
        or passive_form(token)
    )


def passive_form(token: Token) -> bool:
    """A verb the tagger read as a past tense whose form is passive: with a "by" agent
    ("four villagers shot by soldiers were buried") or a state of harm and no object ("three
    men shot dead in Tolo", "two guards beaten unconscious"; ``harm_states``)."""
    if token.tag_ != "VBD" or children(token, "dobj", "aux"):
        return False
    if child(token, "agent") is not None:
        return True
    states = vocabulary().words.harm_states
    return any(c.dep_ in ("oprd", "acomp") and c.lower_ in states for c in token.children)


def harm_beside_clause(token: Token) -> bool:
    """A participle of harm set beside a clause tells what befell that clause's subject: "the
    commander is dead, killed in a raid" (other participles so set, "asked by a reporter
    whether ...", stay as they are read)."""
    return token.dep_ == "advcl" and lemma(token) in vocabulary().words.harm_participles


def passive_roles(token: Token) -> Roles:
    """A passive verb's actor is its "by" agent and its recipient the passive subject (or the
    noun a relative pronoun stands for): in "Two reporters were detained by police", police
    detain the reporters. A participle that modifies a noun acts on that noun ("the homes
    burned"); a reported participle on its verb's object."""
    agent = child(token, "agent")
    actor = pobj(agent) if agent is not None else None
    recipient = child(token, "nsubjpass") or child(token, "nsubj")
    recipient = relative_antecedent(token, recipient)
    if recipient is None and token.dep_ in ("acl", "ccomp", "conj") and is_noun(token.head):
        recipient = token.head
    if recipient is None and token.dep_ == "conj" and is_verb(token.head):
        recipient = coordinated_passive_subject(token)
    if recipient is None and token.dep_ == "ccomp":
        recipient = child(token.head, "dobj", "nsubj")
    if recipient is None and token.dep_ == "advcl" and is_verb(token.head):
        recipient = child(token.head, "nsubj", "nsubjpass")  # "is dead, killed in a raid"
    return actor, recipient


def sent_forces(token: Token, event_type: str, subject: Token | None) -> Token | None:
    """Where a type's recipient is where its forces go, a passive subject sent is the side
    that sends: "hundreds of police were deployed to the port" is a mobilisation by the
    police's side, "troops were flown to the border" by the troops' (its place or country
    gives which). The place they go to stays the recipient."""
    if subject is None or not event_types()[event_type].has("recipient_is_destination"):
        return None
    return subject


def coordinated_passive_subject(token: Token) -> Token | None:
    """A passive participle coordinated with another, with no subject of its own, shares its
    passive subject: in "the editor was detained and questioned for hours", the editor was
    questioned."""
    head = token.head
    subject = child(head, "nsubjpass")
    if subject is None and is_passive(head):
        subject = child(head, "nsubj")
    return relative_antecedent(head, subject)


def harmed(token: Token) -> Token | None:
    """Whom an attack harmed, told by a participle of harm under it: in "a mine went off under
    the lorry, wounding four passengers", the passengers."""
    harm = vocabulary().words.harm_participles
    for clause in children(token, "advcl", "xcomp", "conj"):
        if clause.tag_ == "VBG" and lemma(clause) in harm:
            victims = child(clause, "dobj")
            if victims is not None:
                return victims
        if clause.tag_ == "VBG" and (victims := left_harmed(clause)) is not None:
            return victims
    return None


def left_harmed(verb: Token) -> Token | None:
    """Whom a verb of leaving leaves dead or hurt: "leaving six traders dead", "the blast
    left at least 20 people wounded"."""
    words = vocabulary().words
    if lemma(verb) not in words.leaving_verbs:
        return None
    states = words.harm_states
    obj = child(verb, "dobj")
    if obj is not None:
        marks = [*children(verb, "oprd", "acomp", "xcomp"), *children(obj, "amod", "acl")]
        if any(lemma(m) in states or m.lower_ in states for m in marks):
            return obj
    for clause in children(verb, "ccomp", "xcomp"):
        if lemma(clause) in states or clause.lower_ in states:
            return child(clause, "nsubj", "nsubjpass")
    return None


def left_by(token: Token) -> Token | None:
    """An event noun as the subject of a verb of leaving harms whom it leaves dead or hurt:
    "the raid on the hotel left five guests dead" (the guests)."""
    if token.dep_ != "nsubj" or not is_verb(token.head):
        return None
    return left_harmed(token.head)


def victims_over_object(token: Token, recipient: Token | None) -> Token | None:
    """The harmed people are the recipient where the verb has no object, or its object is a
    weapon or a place: "gunmen raided the market town, killing nine traders" harmed the
    traders; "a bomb went off at the station, injuring 12" harmed the 12."""
    direct = child(token, "dobj", "dative")
    if direct is not None and not names_no_party(direct):
        return recipient
    return harmed(token) or recipient
