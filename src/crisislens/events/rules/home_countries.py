"""Countries for roles the text leaves unattributed: the article's or the sentence's country
for an agent with none, the other of two countries for a state organ, the state for a bare
country as recipient.

>>> actor, recipient = countries_from_context(police, None, sent, context, "COERCE")  # doctest: +SKIP
>>> actor.country  # doctest: +SKIP
'KEN'
"""

from __future__ import annotations

from spacy.tokens import Span

from crisislens.actors.coder import ArticleContext
from crisislens.actors.words import actor_words
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.schemas import NON_STATE_CODES, Actor


def countries_from_context(
    actor: Actor | None,
    recipient: Actor | None,
    sent: Span,
    context: ArticleContext,
    kind: str,
    named_only: bool = False,
) -> tuple[Actor | None, Actor | None]:
    """Countries for roles the text leaves unattributed: "police" in an article about one
    country; "the ministry" in a sentence that names one country; a state acting through its
    forces ("the Turkish deployment" is TUR MIL). A state does not act on itself; its people
    do ("dockers struck over a law the minister signed"). A state organ acted on takes the
    country an actor would (:meth:`ArticleContext.default_country`: "gunmen fired on a police
    patrol" in a report from Mali hit Mali's police), except under ``named_only`` (a trigger
    only the CAMEO dictionary knows, coded only between parties its sentence names)."""
    sectors = vocabulary().sectors
    if actor is not None and actor.country is None and actor.sector not in sectors.international:
        beside = _organ_phrase(actor, sent) if actor.sector == "GOV" else None
        default = context.default_country(sent, beside) if beside else context.default_country(sent)
        if default is not None and (
            recipient is None
            or recipient.country != default
            or actor.sector not in sectors.state
            or home_people(recipient)
        ):
            actor = actor.model_copy(update={"country": default})
    actor = other_country(actor, recipient, sent, context)
    if recipient is not None and recipient.country is None and recipient.sector in sectors.state:
        default = context.sentence_country(sent) if named_only else context.default_country(sent)
        if default is not None and (
            actor is None or actor.country != default or actor.sector not in sectors.state
        ):
            recipient = recipient.model_copy(update={"country": default})
    recipient = people_country(recipient, sent, context)
    if actor is not None and actor.sector is None and actor.country not in NON_STATE_CODES | {None}:
        actor = actor.model_copy(update={"sector": event_types()[kind].state_sector})
    return actor, state_recipient(recipient)


def home_people(recipient: Actor) -> bool:
    """A recipient of a sector outside the state's organs (people, a gang, a firm): a state
    organ acts on its own people, as "police charged him with robbery" in a report from Lima
    is Peru's police; a state acting on its own state ("the ministry summoned the envoy") may
    not be that state's."""
    sectors = vocabulary().sectors
    return recipient.sector is not None and recipient.sector not in sectors.state


def other_country(
    actor: Actor | None, recipient: Actor | None, sent: Span, context: ArticleContext
) -> Actor | None:
    """A state organ with no country, in a sentence that names two countries, one of them the
    recipient's, is the other's: in "authorities deported 40 migrants to Ruritania, Elbonia
    said", Elbonia's authorities. Not where the other is named only as another party's or
    inside an act the organ judges (:meth:`ArticleContext.others_countries`): "the ministry
    condemned the raid on the Ruritanian consulate in Elbonia" is no Elbonian ministry."""
    sectors = vocabulary().sectors
    if actor is None or actor.country is not None or actor.sector not in sectors.state:
        return actor
    if recipient is None or recipient.country is None:
        return actor
    here = context.sentence_countries.get(sent.start_char, set()) - {recipient.country}
    if len(here) != 1 or len(here | {recipient.country}) != 2:
        return actor
    phrase = _organ_phrase(actor, sent)
    if phrase is not None and here <= context.others_countries(sent, phrase):
        return actor
    return actor.model_copy(update={"country": next(iter(here))})


def _organ_phrase(actor: Actor, sent: Span) -> Span | None:
    """The words that name ``actor``, a state organ, in ``sent``'s document; None for a word
    that names the state itself ("the Kingdom"), which keeps the country of a party owning
    it (:meth:`ArticleContext.others_countries`)."""
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() in actor_words().state_words:
        return None
    return span


def state_recipient(recipient: Actor | None) -> Actor | None:
    """A recipient named only by its country, with no sector of its own, is that state:
    "duties on Canadian exports" and "the American side" are aimed at the government."""
    if recipient is None or recipient.sector is not None:
        return recipient
    if recipient.country is None or recipient.country in NON_STATE_CODES:
        return recipient
    return recipient.model_copy(update={"sector": "GOV"})


def people_country(recipient: Actor | None, sent: Span, context: ArticleContext) -> Actor | None:
    """People acted on whom the text gives no country ("gunmen seized 40 farm workers") are
    of the one country their sentence names, else of the article's country
    (:meth:`ArticleContext.home_country`)."""
    sectors = vocabulary().sectors
    if (
        recipient is None
        or recipient.country is not None
        or recipient.sector is None
        or recipient.sector in sectors.state
        or recipient.sector in sectors.international
    ):
        return recipient
    home = context.home_country(sent)
    return recipient.model_copy(update={"country": home}) if home else recipient
