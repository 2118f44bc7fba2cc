"""Triggers: the words in a sentence that name an event, with their PLOVER sense.

A trigger is a verb ("deployed"), a verb with its particle ("cracked down"), a light verb with
its object ("imposed sanctions", "sent troops") or an event noun ("the invasion", "a crackdown").

>>> # doctest: +SKIP
>>> [t.sense.event_type for t in find_triggers(sent, lexicon)]
['MOBILIZE', 'THREATEN']
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from crisislens.events.lexicon import Lexicon, Sense

VERB_WEIGHT, NOUN_WEIGHT, OBJECT_WEIGHT, VAGUE_WEIGHT = 0.75, 0.55, 0.85, 0.35
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "prt", "acomp", "advmod"}
# nouns that name an event only in some uses: skipped as compound modifiers ("protest leader")
# or as the predicate of a copula ("what is a major threat")
NOUN_SKIP_DEPS = {"compound", "attr", "amod", "nmod"}
# which sectors make which reading of an ambiguous trigger likelier
SECTOR_PREFERENCE = {
    "PROTEST": {"PRO", "OPP", "LAB", "AGR", "EDU", "CVL", "REF"},
    "ASSAULT": {"MIL", "REB", "UAF", "CRM"},
    "COERCE": {"GOV", "COP", "JUD", "SPY"},
    "SANCTION": {"GOV", "IGO"},
    "REJECT": {"GOV", "IGO"},
}


@dataclass
class Trigger:
    token: Token  # the head word
    words: list[Token]
    sense: Sense
    kind: str  # verb, phrasal, object, noun
    weight: float
    senses: tuple[Sense, ...] = ()  # every reading, for disambiguation by the actor's sector

    @property
    def start(self) -> int:
        return min(t.idx for t in self.words)

    @property
    def end(self) -> int:
        return max(t.idx + len(t.text) for t in self.words)


def _object_key(token: Token) -> list[str]:
    keys = [token.lemma_.lower(), token.lower_]
    compounds = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    if compounds:
        keys.insert(0, " ".join([c.lower_ for c in compounds] + [token.lower_]))
    return keys


def _verb_object_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    table = lex.objects.get(token.lemma_.lower())
    if not table:
        return None
    candidates: list[Token] = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            candidates.append(child)
            candidates.extend(c for c in child.children if c.dep_ == "conj")
        elif child.dep_ == "prep":  # "take to the streets"
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):  # "sanctions imposed"
        candidates.append(token.head)
    for obj in candidates:
        for key in _object_key(obj):
            sense = table.get(key)
            if sense is not None:
                return Trigger(token, [token, obj], sense, "object", OBJECT_WEIGHT, (sense,))
    return None


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """All event triggers in ``sent``, at most one per head word."""
    found: dict[int, Trigger] = {}
    consumed: set[int] = set()
    for token in sent:
        if token.pos_ not in ("VERB",) or token.dep_ in ("aux", "auxpass", "amod"):
            continue  # "the long-threatened invasion": an adjective, not an event
        trigger = _verb_object_trigger(token, lex)
        if trigger is not None:
            found[token.i] = trigger
            consumed.update(t.i for t in trigger.words)
            continue
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ in ("prt", "prep", "dobj"):
                senses = lex.phrasal.get((lemma, child.lemma_.lower()))
                if senses:
                    found[token.i] = Trigger(
                        token,
                        [token, child],
                        senses[0],
                        "phrasal",
                        VERB_WEIGHT + 0.05,
                        tuple(senses),
                    )
                    consumed.add(child.i)
                    break
        else:
            senses = lex.verbs.get(lemma)
            if senses:
                found[token.i] = Trigger(
                    token, [token], senses[0], "verb", VERB_WEIGHT, tuple(senses)
                )
    for token in sent:
        if token.i in found or token.i in consumed or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "DATE", "WORK_OF_ART"):
            continue
        lemma = token.lemma_.lower()
        compound = next((c for c in token.lefts if c.dep_ in ("compound", "amod")), None)
        if compound is not None:
            senses = lex.compound_nouns.get(
                (compound.lemma_.lower(), lemma)
            ) or lex.compound_nouns.get((compound.lower_, token.lower_))
            if senses:
                found[token.i] = Trigger(
                    token, [compound, token], senses[0], "noun", NOUN_WEIGHT + 0.1, tuple(senses)
                )
                continue
        senses = lex.nouns.get(lemma) or lex.nouns.get(token.lower_)
        generic_head = token.dep_ == "compound" and token.head.lemma_.lower() in lex.generic_heads
        if not senses or (token.dep_ in NOUN_SKIP_DEPS and not generic_head):
            continue
        weight = VAGUE_WEIGHT if lemma in lex.vague_nouns else NOUN_WEIGHT
        found[token.i] = Trigger(token, [token], senses[0], "noun", weight, tuple(senses))
    # a light verb with an event noun as object: the noun is the event ("undertook mediation")
    for i, trigger in list(found.items()):
        if (
            trigger.kind == "verb"
            and trigger.token.lemma_.lower() in lex.pure_light_verbs
            and any(
                c.dep_ == "dobj" and c.i in found and found[c.i].kind == "noun"
                for c in trigger.token.children
            )
        ):
            del found[i]
    return [found[i] for i in sorted(found)]


def choose_sense(trigger: Trigger, actor_sector: str | None, recipient_sector: str | None) -> Sense:
    """Pick among a trigger's readings by who acts ("workers strike" vs "jets strike")."""
    if len(trigger.senses) < 2:
        return trigger.sense
    for sense in trigger.senses:
        preferred = SECTOR_PREFERENCE.get(sense.event_type)
        if preferred and actor_sector in preferred:
            return sense
    if actor_sector is None:  # an unnamed crowd blocks roads in protest
        for sense in trigger.senses:
            if sense.event_type == "PROTEST":
                return sense
    if recipient_sector in ("MIL", "REB", "CVL", "COP"):
        for sense in trigger.senses:
            if sense.event_type in ("ASSAULT", "COERCE"):
                return sense
    return trigger.sense
