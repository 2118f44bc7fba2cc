"""Stated intent: a plan, refusal or demand that someone states is itself an event.

CAMEO's and PLOVER's convention: "the rebels said they would lay down their arms" is an AGREE by
the rebels (and a planned RETREAT); "will storm the town unless ..." a THREATEN; "said it would
not accept the plan" a REJECT; "the envoy said the militia must disarm" a REQUEST by the envoy to
the militia. Each is a rule below; INTENT_RULES is their order, and the first that applies
gives the stated event.

Which statements are intents (the project's convention, docs/DESIGN.md "Stated intents"): an
offer, a readiness, a promise or a plan someone states ("is willing to withdraw", "is ready to
host", "said it would give a grant") is an AGREE, as CAMEO's 03x codes and the CAMEO->PLOVER
table map them; a decision taken ("decided to allow", "voted to lift") is no statement of intent
but the act itself, as PLOVER's own examples code it (``decided``).

>>> [e.event_type for e in stated_intents(draft, event, sent, ...)]  # doctest: +SKIP
['AGREE']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from crisislens.events.modality import open_to
from crisislens.events.noun_modality import occurrence_verb
from crisislens.events.rules.assertion import ruled_out_by
from crisislens.events.rules.charges import charge as defiance_charge
from crisislens.events.rules.draft import Draft, speech_verbs
from crisislens.events.rules.scoring import event_id
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, has_child_word, lemma, predicate_of, subject
from crisislens.schemas import Actor, Event


@dataclass
class Statement:
    """Who states the event, and how: the reporting verb's subject, whether the event's own
    verb says "will", and whether the sentence sets a condition."""

    token: Token  # the event's trigger
    speaker_token: Token | None
    speaker: Actor | None
    has_will: bool
    conditional: bool  # "if" or "unless" in the sentence
    threat_condition: bool  # "unless": whatever is stated on it is a threat
    intent_predicate: bool  # "is willing to ...", "ready to ..."
    helping: bool = False  # "... to help restore order": the act's stated purpose is to help
    others_condition: bool = False  # "if Osmia raises its tariffs": on another party's act
    charged: Actor | None = None  # "Oslo said Minsk was defying ...": Minsk, whom Oslo charges


def refusal(event: Event, said: Statement) -> tuple[Actor | None, Actor | None, str] | None:
    """A stated refusal to do a cooperative thing is a REJECT: "the council said it will not
    approve the budget". Held over another party's act it is a threat (CAMEO 13): "will not
    sign the pact unless the tariffs go", "will not sign it if Osmia raises its tariffs"
    (:func:`condition_on_another`); a refusal on a mere happening stays a REJECT ("will not
    take in more refugees if war breaks out")."""
    if (
        event.modality == "negated"
        and (said.has_will or said.speaker_token is not None)
        and event_types()[event.event_type].stance == "cooperative"
    ):
        held_over = said.threat_condition or said.others_condition
        actor = event.actor if event.actor is not None else said.speaker
        return actor, event.recipient, "THREATEN" if held_over else "REJECT"
    return None


def condition_on_another(token: Token, code: Callable[[Token], Actor | None]) -> bool:
    """Whether the clause of ``token`` (or the reporting verb over it) sets an "if" condition
    whose doer is a party, not the one who states the act: "Velka will not sign the pact if
    Osmia raises its tariffs" (Osmia); "if war breaks out" names no party, and "if it is not
    consulted" is the speaker's own (event_rules.yaml: conditional_marks).

    >>> condition_on_another(nlp("We will not sign if Osmia raises tariffs.")[3], code)  # doctest: +SKIP
    True
    """
    marks = vocabulary().words.conditional_marks
    clauses = [
        c
        for verb in (token, token.head)
        for c in children(verb, "advcl")
        if has_child_word(c, ("mark",), marks)
    ]
    own = subject(token)
    for clause in clauses:
        doer = subject(clause)
        if doer is None or (own is not None and lemma(doer) == lemma(own)):
            continue
        party = code(doer)
        if party is not None and party.sector is not None:
            return True
    return False


def plan(event: Event, said: Statement) -> tuple[Actor | None, Actor | None, str] | None:
    """A stated plan is an AGREE, or a THREATEN when what is planned is hostile or hangs on an
    "unless": "will hold elections" AGREE, "is ready to host the talks" AGREE, "will close the
    border unless" THREATEN, "will pull out its peacekeepers unless" THREATEN. A plan stated
    on a condition counts too: "said they would join the talks if ..." is an offer (AGREE),
    "may suspend its aid if ..." a threat. Force offered to help ("is ready to send troops
    to help restore order") offers military aid (CAMEO 0331): AGREE. A plan to ask ("plans to
    urge the ministers to act") promises nothing: the request stays, planned, alone."""
    stated = said.has_will or said.speaker_token is not None or said.intent_predicate
    conditional = event.modality in ("hypothetical", "possible") and said.conditional
    if not stated or not (event.modality == "planned" or conditional):
        return None
    actor = event.actor if said.speaker is None or said.token.dep_ == "xcomp" else said.speaker
    if event.actor is not None and said.speaker is not None and said.token.dep_ == "ccomp":
        actor = event.actor  # "the ministry said it would allow": the ministry
    if actor is None:
        actor = said.speaker  # "Armenia is willing to resume talks": Armenia
    stance = event_types()[event.event_type].stance
    if stance == "neutral" and not said.threat_condition:
        return None  # "plans to urge the ministers to ...": the request, planned, no promise
    hostile = (stance == "hostile" and not said.helping) or said.threat_condition
    if hostile and announced_measure(said):
        return None
    return actor, event.recipient, "THREATEN" if hostile else "AGREE"


def announced_measure(said: Statement) -> bool:
    """A hostile measure announced without a condition is the measure, decided, not a threat:
    "the ministry announced it would expel the envoys" is the expulsion (planned), as CAMEO
    codes an announced sanction; "warned it would expel them" and "will expel them unless
    ..." are threats (event_rules.yaml: announcing_verbs)."""
    speaker_verb = said.token.head if said.speaker_token is not None else None
    return (
        speaker_verb is not None
        and lemma(speaker_verb) in vocabulary().words.announcing_verbs
        and not said.conditional
    )


def relayed_demand(event: Event, said: Statement) -> tuple[Actor | None, Actor | None, str] | None:
    """A demand someone states is their REQUEST of the one who is to act: "the envoy said the
    militia must disarm"."""
    if event.modality == "demanded" and said.speaker is not None:
        return said.speaker, event.actor, "REQUEST"
    return None


def charge(event: Event, said: Statement) -> tuple[Actor | None, Actor | None, str] | None:
    """A defiance another party says is going on is that party's ACCUSE of the defier: "Oslo
    said Minsk was defying the court" (rules/charges.charge); a minister's word on his
    own country's defiance charges no one."""
    speaker, defier = said.speaker, event.actor or said.charged
    if event.event_type != "REJECT" or speaker is None or said.charged is None:
        return None
    if defier is not None and defier.country is not None and defier.country == speaker.country:
        return None
    return speaker, defier, "ACCUSE"


INTENT_RULES = (refusal, charge, plan, relayed_demand)


def decided(said: Statement) -> bool:
    """A decision taken is the act it decides, not a stated intent: in "the appeals court
    decided to let the opposition leader run" the court's act is the letting (a CONCEDE, with
    no AGREE beside it); "the council voted to expel the envoy" is the expulsion."""
    token = said.token
    return token.dep_ in ("xcomp", "ccomp") and lemma(token.head) in (
        vocabulary().words.decision_verbs
    )


def unsaid(said: Statement) -> bool:
    """A plan the reporting verb does not state is no stated intent: "the minister cannot say
    that the army will withdraw", "the ministry did not say it would lift the curfew", "refused
    to say whether the troops would leave" (a negated reporting verb, or an indirect question
    under it; event_rules.yaml: indirect_question_marks)."""
    token = said.token
    verb = token.head
    if token.dep_ not in ("ccomp", "xcomp") or lemma(verb) not in speech_verbs():
        return False
    marks = vocabulary().words.indirect_question_marks
    asked = any(c.dep_ == "mark" and c.lower_ in marks for c in token.children)
    return asked or any(c.dep_ == "neg" for c in verb.children)


def stated_intention(token: Token) -> bool:
    """Whether ``token``'s infinitive states an intention: "is willing to withdraw", "ready
    to host", "expressed its readiness to negotiate", "is open to meeting them"."""
    words = vocabulary().words
    if token.dep_ == "xcomp" and token.head.lower_ in words.intent_predicates:
        return True
    return (token.dep_ == "acl" and lemma(token.head) in words.intent_nouns) or open_to(token)


def intent_predicate_of(token: Token) -> Token:
    """The word that states the intention: "ready" in "ready to host", "open" in "open to
    meeting them" (past the preposition)."""
    return token.head.head if open_to(token) else token.head


def told_by(token: Token) -> Token:
    """The word that carries an event's clause: the verb of an event noun it is the object of
    ("resume" for "talks" in "ready to resume talks"), or that says the noun, its subject,
    happens ("follow" in "the official said sanctions could follow if ...", whose speaker
    states a threat; modality.occurrence_verb); else the trigger itself.

    >>> told_by(nlp("He said sanctions could follow.")[2]).text  # doctest: +SKIP
    'follow'
    """
    return occurrence_verb(token) or predicate_of(token)


def statement(draft: Draft, sent: Span, code: Callable[[Token], Actor | None]) -> Statement:
    """Who states the event: the subject of the reporting verb whose clause holds the trigger
    ("the rebels said they would ..."), coded by ``code``."""
    token = told_by(draft.trigger.token)  # "ready to resume talks": "resume"
    token = ruled_out_by(token) or token  # "said lifting it is out of the question": "is"
    words = vocabulary().words
    speaker_token = None
    if lemma(token.head) in speech_verbs() and token.dep_ in ("ccomp", "xcomp"):
        speaker_token = child(token.head, "nsubj")
    intent_predicate = stated_intention(token)
    predicate = intent_predicate_of(token)
    if speaker_token is None and intent_predicate and predicate.dep_ in ("acomp", "amod", "dobj"):
        speaker_token = subject(predicate.head)  # "Kenya is ready to host": Kenya
    return Statement(
        token=token,
        speaker_token=speaker_token,
        speaker=code(speaker_token) if speaker_token is not None else None,
        has_will=has_child_word(token, ("aux",), words.intent_auxiliaries),
        conditional=any(t.lower_ in words.conditional_marks for t in sent),
        threat_condition=any(t.lower_ in words.threat_conditions for t in sent),
        intent_predicate=intent_predicate,
        helping=helping_purpose(token),
        others_condition=condition_on_another(token, code),
        charged=_charged(token, code),
    )


def _charged(token: Token, code: Callable[[Token], Actor | None]) -> Actor | None:
    """The party a reporting verb charges with ``token``'s defiance (rules/charges.charge),
    coded by ``code``; None where no one is charged or the party codes as no actor."""
    found = defiance_charge(token)
    return code(found[1]) if found is not None else None


def helping_purpose(token: Token) -> bool:
    """Whether the act's purpose clause says it is done to help: "ready to send troops to
    help the police restore order", "would deploy ships to assist the evacuation"
    (event_rules.yaml: helping_purposes)."""
    words = vocabulary().words.helping_purposes
    return any(
        c.dep_ in ("advcl", "xcomp") and lemma(c) in words and has_child_word(c, ("aux",), ("to",))
        for c in token.children
    )


def stated_intents(
    draft: Draft,
    event: Event,
    sent: Span,
    article_id: str,
    code: Callable[[Token], Actor | None],
) -> list[Event]:
    """The event stated by ``event``'s plan, refusal or demand (see the module's docstring),
    when someone states it (not for purpose clauses or the writer's opinion). ``code`` codes
    the speaker's word as an actor."""
    if event.modality == "asserted":
        return []
    said = statement(draft, sent, code)
    if (event.actor is None and said.speaker is None) or decided(said) or unsaid(said):
        return []
    stated = next((r for rule in INTENT_RULES if (r := rule(event, said)) is not None), None)
    if stated is None:
        return []
    actor, recipient, event_type = stated
    threat_mode = event_types()[event.event_type].threat_mode or "relations"
    weights = vocabulary().weights
    return [
        event.model_copy(
            update={
                "event_id": event_id(article_id, draft.trigger.start, event_type),
                "event_type": event_type,
                "mode": threat_mode if event_type == "THREATEN" else None,
                "modality": "asserted",
                "actor": actor,
                "recipient": recipient,
                "acled_event_type": None,
                "acled_sub_event_type": None,
                "quantities": [],
                "confidence": round(
                    min(event.confidence + weights.intent_bonus, weights.confidence_cap), 3
                ),
            }
        )
    ]
