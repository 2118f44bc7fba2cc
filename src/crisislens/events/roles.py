"""Roles: which words of a sentence are the actor and the recipient of a trigger.

Dependency paths, in order: the active subject and object; the passive "by" agent and the passive
subject; a controlled or coordinated verb's subject ("agreed to send", "deployed ... and is
threatening"); the noun a relative clause or participle modifies ("civilians killed"); and for
event nouns, the possessor, nationality or "by" phrase ("Russia's invasion", "the Russian
deployment", "an order by Mr Tokayev").
"""

from __future__ import annotations

from spacy.tokens import Token

RECIPIENT_PREPS = {
    "against",
    "on",
    "upon",
    "at",
    "with",
    "to",
    "toward",
    "towards",
    "into",
    "from",
    "over",
}
NOUN_RECIPIENT_PREPS = {
    "against",
    "on",
    "upon",
    "into",
    "to",
    "toward",
    "towards",
    "with",
    "over",
    "between",
}
AGENTIVE_OF = {"PROTEST", "MOBILIZE", "AID", "RETREAT", "COOPERATE"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# prepositions whose object is where something happens, never whom it happens to
PLACE_ONLY_PREPS = {
    "in",
    "at",
    "near",
    "across",
    "along",
    "outside",
    "inside",
    "throughout",
    "around",
    "within",
    "through",
    "from",
}
LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "across",
    "along",
    "outside",
    "inside",
    "into",
    "throughout",
    "around",
    "within",
    "to",
    "toward",
    "towards",
    "on",
    "from",
    "off",
    "through",
    "over",
    "onto",
    "by",
}


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _is_passive(token: Token) -> bool:
    if (
        token.tag_ == "VBN"
        and token.dep_ in ("ccomp", "oprd", "xcomp")
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children)
        and token.head.lemma_ in ("see", "leave", "find", "get", "have", "keep")
    ):
        return True  # "has seen government buildings torched"
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or (
        token.tag_ == "VBN"
        and token.dep_ in ("acl", "ccomp", "conj")
        and not any(c.dep_ == "aux" for c in token.children)
        and not any(c.dep_ in ("nsubj", "dobj") for c in token.children)
    )


def verb_roles(token: Token, event_type: str) -> tuple[Token | None, Token | None]:
    """(actor, recipient) head tokens for a verb trigger."""
    actor = _child(token, "nsubj", "csubj", "expl")
    recipient: Token | None = None
    if _is_passive(token):
        agent = _child(token, "agent")
        actor = _pobj(agent) if agent is not None else None
        if agent is None and token.head.lemma_ in ("see", "leave", "find"):
            actor = None
        recipient = _child(token, "nsubjpass") or _child(token, "nsubj")
        if (
            recipient is None
            and token.dep_ in ("acl", "ccomp", "conj")
            and token.head.pos_ in ("NOUN", "PROPN")
        ):
            recipient = token.head  # "civilians killed", "buildings torched"
        if recipient is None and token.dep_ == "ccomp":
            recipient = _child(token.head, "dobj", "nsubj")
    else:
        recipient = _child(token, "dobj", "dative")
        if recipient is None:
            for prep in (c for c in token.children if c.dep_ == "prep"):
                if prep.lower_ in RECIPIENT_PREPS:
                    recipient = _pobj(prep)
                    if recipient is not None and recipient.ent_type_ in ("DATE", "TIME"):
                        recipient = None  # "on September 29" is when, not whom
                    if recipient is not None:
                        break
        if recipient is None:  # "demanded that the US cancel ...": who is asked
            clause = _child(token, "ccomp")
            if clause is not None:
                recipient = _child(clause, "nsubj", "nsubjpass")
    if actor is None and token.dep_ == "acomp":  # "Israel is opposed to ...": the copula's
        actor = _child(token.head, "nsubj")  # subject
    if actor is not None and actor.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        actor = token.head
    hops = 0
    node = token
    # a controlled or coordinated verb shares its subject; a reported clause (ccomp) does not:
    # in "officials said 26 people were killed" the officials are not the killers
    while (
        actor is None
        and not _is_passive(token)
        and node.dep_ in ("xcomp", "conj", "advcl", "relcl", "pcomp")
        and hops < 4
    ):
        if node.dep_ == "pcomp" and node.head.head is not node.head:  # "by intervening"
            node = node.head
        if node.dep_ == "relcl":
            actor = node.head if not _is_passive(token) else actor
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if node.dep_ != "relcl" or _child(node, "nsubj") is not None:
                actor = _child(node, "nsubj")
            if actor is not None and actor.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                actor = node.head
        elif node.pos_ in ("NOUN", "PROPN"):  # "an order by Mr Tokayev to shoot"
            actor = noun_roles(node, event_type)[0]
        hops += 1
    if (
        token.dep_ == "acl"
        and token.head.pos_ in ("NOUN", "PROPN")
        and actor is None
        and not _is_passive(token)
    ):
        actor = token.head
    return actor, recipient


def noun_roles(
    token: Token, event_type: str, light_verbs: frozenset[str] = frozenset()
) -> tuple[Token | None, Token | None]:
    """(actor, recipient) head tokens for an event noun."""
    actor = recipient = None
    for child in token.children:
        if child.dep_ == "poss" and actor is None:
            actor = child
            if (
                child.pos_ == "PRON"
                and token.dep_ in ("dobj", "attr")
                and token.head.pos_ == "VERB"
            ):  # "Israel mounted its invasion": its = Israel
                actor = _child(token.head, "nsubj") or child
        elif child.dep_ in ("amod", "compound"):
            # "Recent US Predator attacks": the name may sit deeper in the compound
            named = next(
                (
                    t
                    for t in child.subtree
                    if t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                    and t.dep_ in ("amod", "compound")
                ),
                None,
            )
            actor = actor or named
        elif child.dep_ == "prep":
            obj = _pobj(child)
            if obj is None:
                continue
            if child.lower_ == "by" and actor is None:
                actor = obj
            elif child.lower_ == "of":
                if event_type in AGENTIVE_OF and actor is None:
                    actor = obj
                elif recipient is None:
                    recipient = obj
            elif child.lower_ in NOUN_RECIPIENT_PREPS and recipient is None:
                recipient = obj
        elif child.dep_ == "acl" and child.lemma_ in ("by",):
            actor = actor or _child(child, "pobj")
    if (
        actor is None
        and token.dep_ in ("dobj", "attr")
        and token.head.pos_ == "VERB"
        and token.head.lemma_.lower() in light_verbs
    ):
        actor = _child(token.head, "nsubj")  # light verb: "Israel mounted an invasion"
        if actor is None and token.head.dep_ in ("xcomp", "conj"):
            actor = _child(token.head.head, "nsubj")
    if (
        actor is None
        and token.dep_ == "pobj"
        and token.head.lower_ == "on"
        and token.head.head.lemma_ in ("go", "be", "remain", "stay")
    ):
        actor = _child(token.head.head, "nsubj")  # "workers went on strike"
    if actor is None and token.dep_ == "nsubj":
        # "the protests spread to Almaty": no actor in the sentence
        actor = None
    return actor, recipient


def locative_objects(token: Token) -> list[Token]:
    """Objects of locative prepositions under the trigger ("in Almaty", "to Kazakhstan")."""
    found = []
    stack = [token]
    seen = set()
    while stack:
        node = stack.pop()
        if node.i in seen:
            continue
        seen.add(node.i)
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
                obj = _pobj(child)
                if obj is not None:
                    found.append(obj)
                    stack.append(obj)  # "along his border with Ukraine"
            elif child.dep_ in ("dobj", "npadvmod", "pobj", "nsubjpass") and node is token:
                stack.append(child)
            elif child.dep_ == "agent":  # "detained by police in Tehran"
                stack.extend(g for g in child.children if g.dep_ == "pobj")
    return found
