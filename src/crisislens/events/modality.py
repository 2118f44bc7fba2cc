"""Modality: how the text holds an event (asserted, negated, possible, planned, hypothetical,
demanded). The walk starts at the trigger and climbs the clause chain (xcomp, ccomp, advcl, conj)
until a marker decides; it does not climb out of a relative clause, whose content the sentence
presupposes ("the violence that has seen buildings torched" asserts the torching).
"""

from __future__ import annotations

from spacy.tokens import Token

POSSIBLE_ADVERBS = {
    "reportedly",
    "allegedly",
    "possibly",
    "perhaps",
    "probably",
    "apparently",
    "maybe",
    "purportedly",
    "supposedly",
    "likely",
    "presumably",
    "seemingly",
}
POSSIBLE_MODALS = {"may", "might", "could"}
PLANNED_MODALS = {"will", "shall", "'ll", "wo"}
DEMAND_MODALS = {"should", "must", "ought"}
DEMAND_PREDICATES = {
    "imperative",
    "necessary",
    "essential",
    "vital",
    "crucial",
    "important",
    "time",
    "urgent",
    "incumbent",
    "high time",
}
POSSIBLE_PREDICATES = {"likely", "unlikely", "possible", "probable", "conceivable"}
CONTROL_VERBS = {
    "try",
    "attempt",
    "manage",
    "begin",
    "start",
    "continue",
    "keep",
    "help",
    "seek",
    "move",
    "go",
    "come",
    "resume",
    "fail",
    "be",
}
UP_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "csubj"}
NOUN_UP_DEPS = {"dobj", "pobj", "attr", "xcomp"}


def _has_conditional(sent_tokens) -> bool:
    return any(t.lower_ in ("if", "unless") and t.dep_ in ("mark", "advmod") for t in sent_tokens)


def _markers(
    node: Token, trigger: Token, governors: dict[str, frozenset[str]], at_trigger: bool
) -> set[str]:
    """Every modality marker on ``node``: "will not accept" is both planned and negated."""
    found: set[str] = set()
    for child in node.children:
        low = child.lower_
        if child.dep_ == "neg" and (at_trigger or trigger.dep_ == "xcomp" and node is trigger.head):
            found.add("negated")
        if child.dep_ == "aux" or (child.dep_ == "auxpass" and low in POSSIBLE_MODALS):
            if low in POSSIBLE_MODALS:
                found.add("possible")
            elif low in DEMAND_MODALS:
                found.add("demanded")
            elif low in PLANNED_MODALS:
                found.add("planned")
            elif low == "would":
                found.add("hypothetical" if _has_conditional(node.sent) else "planned")
        if child.dep_ == "advmod" and low in POSSIBLE_ADVERBS:
            found.add("possible")
        if child.dep_ == "mark" and low in ("if", "unless", "whether"):
            found.add("hypothetical")
        if child.dep_ in ("acomp", "attr") and node.lemma_ == "be":
            if low in DEMAND_PREDICATES:
                found.add("demanded")
            if low in POSSIBLE_PREDICATES:
                found.add("possible")
        if child.dep_ == "det" and low == "no" and at_trigger and trigger.pos_ == "NOUN":
            found.add("negated")
    if not at_trigger:
        lemma = node.lemma_.lower()
        done = _is_past(trigger)
        for modality in ("negated", "demanded", "planned", "possible"):
            # "announced that it has called off the strike": announcing a done thing
            if lemma in governors.get(modality, ()) and not (modality == "planned" and done):
                found.add(modality)
                break
    return found


def _is_past(token: Token) -> bool:
    """A finished act: past tense, or a perfect ("has called off")."""
    if token.tag_ == "VBD":
        return True
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in token.children
    )


PRIORITY = ("negated", "hypothetical", "possible", "demanded", "planned")


def modality_of(
    trigger: Token, governors: dict[str, frozenset[str]], light_verbs: frozenset[str] = frozenset()
) -> str:
    """The modality of the event named by ``trigger``: the strongest marker on the way up
    ("it may be that the deployment will end the violence" is possible, not planned)."""
    found = set(_walk(trigger, governors, light_verbs))
    return next((m for m in PRIORITY if m in found), "asserted")


def _walk(trigger: Token, governors: dict[str, frozenset[str]], light_verbs: frozenset[str]):
    node = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        # an event noun takes the modality of a light verb ("will launch an attack"); under any
        # other verb its existence is presupposed ("the deployment will end the violence")
        head = trigger.head
        if trigger.dep_ in ("dobj", "attr") and head.lemma_.lower() in light_verbs:
            node = head
        else:
            yield from _markers(trigger, trigger, governors, True)
            return
    at_trigger = True
    for _ in range(12):
        yield from _markers(node, trigger, governors, at_trigger)
        # "going to attack", "is set to attack", "plans to"
        if (
            node.dep_ == "xcomp"
            and node.head.lemma_ in ("go", "set")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        ):
            return "planned"
        head_lemma = node.head.lower_
        if node.dep_ == "xcomp" and head_lemma in POSSIBLE_PREDICATES:  # "unlikely to provide"
            yield "possible"
        if node.dep_ == "xcomp" and head_lemma in DEMAND_PREDICATES:
            yield "demanded"
        if node.dep_ == "relcl" and node.head.lemma_.lower() in governors.get("possible", ()):
            yield "possible"  # "the risks he is running by intervening"
        # a purpose clause ("sent troops to put down the uprising") is intended, not done
        if (
            (not at_trigger or node.pos_ == "VERB")
            and node.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and node.head.lemma_.lower() not in CONTROL_VERBS
            and node.head.lemma_.lower() not in (governors.get("absorb", ()))
        ):
            yield "planned"
        head = node.head
        if head is node:
            break
        allowed = UP_DEPS if node.pos_ in ("VERB", "AUX") or not at_trigger else NOUN_UP_DEPS
        if (
            node.dep_ == "prep"
            or (node.dep_ in allowed)
            or (node.dep_ == "pobj" and node.pos_ in ("NOUN", "PROPN") and at_trigger)
        ):
            node = head
            at_trigger = False
            if node.pos_ == "ADP":  # pobj -> prep -> its head
                if node.head is node:
                    break
                node = node.head
            continue
        break
