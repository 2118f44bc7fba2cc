"""Candidate mentions as the article stage reads them.

The sentence rules (events/extract.py) code every trigger as an event of its own. Before the
article groups them into happenings (events/happenings.py), each is read for what the grouping
needs: where it stands (order, paragraph, headline), whether a noun or a verb names it, whether
it is *bare* (a reference that tells nothing new: "amid the protests"), *new* ("another
attack"), *generic* ("the violence"), its own date, and whether it tells a state rather than a
happening ("the road remained blocked").

>>> reader = CandidateReader()                                       # doctest: +SKIP
>>> found = reader.read(doc, article, events, ArticleDates(doc, article.published))  # doctest: +SKIP
>>> [(c.lemma, c.noun, c.bare) for c in found]                       # doctest: +SKIP
[('storm', False, False), ('protest', True, True)]
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Doc, Token

from crisislens.data import read_yaml
from crisislens.events.dates import DATE_LABELS, NOT_THE_EVENTS, ArticleDates, ResolvedDate
from crisislens.events.mention_rules import (
    HEADLINE,
    averted_act,
    continued_stance,
    denied_claim,
    habitual,
    head_token,
    held_under,
    in_a_title,
    named_era,
    named_past_event,
    ongoing_perfect,
    ongoing_progressive,
    past_aggregate,
    proposed_act,
    relative_stance,
    restricted_act,
    standing_passive,
    standing_stance,
    summing_tally,
    told_roles,
    trend_of_acts,
    trigger_verb,
    unvoiced_statement,
)
from crisislens.events.pairs import pair_rules
from crisislens.events.quantities import casualty_clause, counted_over_a_period
from crisislens.ingest.articles import headline as headline_of
from crisislens.nlp.doc_cache import per_doc
from crisislens.schemas import Article, Event


@dataclass(frozen=True)
class ArticleWords:
    """``data/article.yaml``: the words that make a mention bare or new."""

    new_markers: frozenset[str]
    new_object_markers: frozenset[str]
    new_object_nouns: frozenset[str]
    bare_dependents: frozenset[str]
    background_preps: frozenset[str]
    definite: frozenset[str]
    article_place_confidence: float
    period_bounds: frozenset[str]
    locative_preps: frozenset[str]
    perfect_auxiliaries: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    past_markers: frozenset[str] = frozenset()
    present_auxiliaries: frozenset[str] = frozenset()
    unvoiced_types: frozenset[str] = frozenset()
    party_preps: frozenset[str] = frozenset()
    sequence_markers: frozenset[str] = frozenset()
    result_markers: frozenset[str] = frozenset()
    background_years: int = 2
    background_days: int = 365
    habit_adverbs: frozenset[str] = frozenset()
    averting_verbs: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    proposal_preps: frozenset[str] = frozenset()
    present_perfect_auxiliaries: frozenset[str] = frozenset()
    trend_verbs: frozenset[str] = frozenset()
    trend_particles: frozenset[str] = frozenset()
    trend_bare_verbs: frozenset[str] = frozenset()
    era_preps: frozenset[str] = frozenset()
    era_bounds: frozenset[str] = frozenset()
    expecting_verbs: frozenset[str] = frozenset()
    habit_spans: frozenset[str] = frozenset()
    ongoing_types: frozenset[str] = frozenset()
    stance_types: frozenset[str] = frozenset()
    standing_acts: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    continuing_verbs: frozenset[str] = frozenset()
    denying_verbs: frozenset[str] = frozenset()
    measure_types: frozenset[str] = frozenset()
    measure_state_preps: frozenset[str] = frozenset()


@cache
def article_words() -> ArticleWords:
    data = read_yaml("article.yaml")
    return ArticleWords(
        new_markers=frozenset(data["new_markers"]),
        new_object_markers=frozenset(data["new_object_markers"]),
        new_object_nouns=frozenset(data["new_object_nouns"]),
        bare_dependents=frozenset(data["bare_dependents"]),
        background_preps=frozenset(data["background_preps"]),
        definite=frozenset(data["definite"]),
        article_place_confidence=float(data["article_place_confidence"]),
        period_bounds=frozenset(data["period_bounds"]),
        locative_preps=frozenset(data["locative_preps"]),
        perfect_auxiliaries=frozenset(data["perfect_auxiliaries"]),
        state_verbs=frozenset(data["state_verbs"]),
        past_markers=frozenset(data["past_markers"]),
        present_auxiliaries=frozenset(data["present_auxiliaries"]),
        unvoiced_types=frozenset(data["unvoiced_types"]),
        party_preps=frozenset(data["party_preps"]),
        sequence_markers=frozenset(data["sequence_markers"]),
        result_markers=frozenset(data["result_markers"]),
        background_years=int(data["background_years"]),
        background_days=int(data["background_days"]),
        habit_adverbs=frozenset(data["habit_adverbs"]),
        averting_verbs=frozenset(data["averting_verbs"]),
        proposal_nouns=frozenset(data["proposal_nouns"]),
        proposal_preps=frozenset(data["proposal_preps"]),
        present_perfect_auxiliaries=frozenset(data["present_perfect_auxiliaries"]),
        trend_verbs=frozenset(data["trend_verbs"]),
        trend_particles=frozenset(data["trend_particles"]),
        trend_bare_verbs=frozenset(data["trend_bare_verbs"]),
        era_preps=frozenset(data["era_preps"]),
        era_bounds=frozenset(data["era_bounds"]),
        expecting_verbs=frozenset(data["expecting_verbs"]),
        habit_spans=frozenset(data["habit_spans"]),
        ongoing_types=frozenset(data["ongoing_types"]),
        stance_types=frozenset(data["stance_types"]),
        standing_acts=frozenset(data["standing_acts"]),
        others=frozenset(data["others"]),
        continuing_verbs=frozenset(data["continuing_verbs"]),
        denying_verbs=frozenset(data["denying_verbs"]),
        measure_types=frozenset(data["measure_types"]),
        measure_state_preps=frozenset(data["measure_state_preps"]),
    )


@dataclass
class Candidate:
    """One mention as the sentence rules coded it, with what the article stage needs to know."""

    event: Event
    order: int  # position in the article (the trigger's start, else the sentence's)
    tokens: list[Token]
    paragraph: int  # HEADLINE for a mention in the article's headline
    noun: bool  # named by a noun ("the protests"), not a verb
    bare: bool  # a noun that adds nothing: a reference to an event told elsewhere
    new: bool  # "another attack": a happening not told before
    generic: bool  # "the violence": may name a happening of another type
    date: ResolvedDate | None
    lemma: str = ""  # the trigger's head word
    part: bool = False  # tells part of another mention's happening (events/parts.py)
    anaphor: bool = False  # "the book ban", "his killing": names a happening told before
    # the word that sets the mention's clause before or after another's ("a day after 12 were
    # killed": after), or None (``time_scope``)
    scope: Token | None = None
    tally: bool = False  # a count over a period ("since March, 210 have been killed")
    sentence: int = -1  # the first token of the trigger's sentence (-1: no trigger)

    @property
    def scope_id(self) -> int:
        return self.scope.i if self.scope is not None else -1

    @property
    def weak(self) -> bool:
        """A noun that tells nothing of its own (no side, figure or date): "tariffs", "the
        war". It may be a reference to any happening of its type nearby."""
        actor, recipient = told_roles(self.event)
        told = actor or recipient or self.event.quantities or self.date or self.new
        return self.noun and not told

    @cached_property
    def profile(self) -> tuple:
        """Everything ``_compatible`` reads of a member: members alike in all of it need one
        check (a long text that repeats itself would otherwise cost the square of its length)."""
        e, place = self.event, self.event.location
        at = place and (place.name.casefold(), place.lat, place.lon, place.feature, place.country)
        roles = tuple(a and (a.name.casefold(), a.country, a.sector) for a in told_roles(e))
        kind = (e.modality, e.event_type, e.mode, self.generic)
        return (*kind, at, date_of(self), precision_of(self), roles)


class CandidateReader:
    """Read each of an article's candidate events as a ``Candidate``."""

    def __init__(
        self, words: ArticleWords | None = None, light_verbs: frozenset[str] = frozenset()
    ) -> None:
        self.words = words or article_words()
        self.light_verbs = light_verbs  # "held talks": the noun is the clause's event

    def read(
        self, doc: Doc, article: Article, events: list[Event], dates: ArticleDates
    ) -> list[Candidate]:
        """Every candidate in the order given, less those that tell a state, not a happening."""
        paragraphs = _paragraph_starts(article.text)
        headline = _headline_end(article.text, article.title or headline_of(article.text))
        heads = [head_token(_trigger_tokens(doc, e)) for e in events]
        event_heads = frozenset(h.i for h in heads if h is not None)
        found = [self._candidate(doc, e, dates, paragraphs, headline, event_heads) for e in events]
        speech = self.words.unvoiced_types
        told = {(str(c.event.event_type), str(c.event.modality)) for c in found if not c.tally}
        kinds = Counter(str(c.event.event_type) for c in found)
        lede = _lede(doc, headline)
        for c in found:
            if past_aggregate(c, self.words.past_markers) or summing_tally(c, told):
                c.bare, c.new = True, False  # a mention of what it sums up, or nothing
            elif unvoiced_statement(c, speech) or habitual(c, self.words):
                c.bare = True
            elif restricted_act(c) or denied_claim(c, self.words):
                c.bare = True
            elif held_under(c, self.words):
                c.bare, c.new = True, False  # "remain under sanctions": a state, none of its own
            elif averted_act(c, self.words.averting_verbs) or proposed_act(c, self.words):
                c.bare, c.new = True, False  # "to prevent further attacks": none of its own
            elif kinds[c.event.event_type] > 1 and (
                ongoing_perfect(c, self.words) or ongoing_progressive(c, self.words)
            ):
                c.bare = True  # the article's other telling is its happening
            elif kinds[c.event.event_type] > 1 and trend_of_acts(c, self.words):
                c.bare, c.new = True, False  # "ramped up attacks": many, none of its own
        w = self.words
        return [
            c
            for c in found
            if not _a_state(c, w.state_verbs)
            and not standing_passive(c, w.present_auxiliaries, w.stance_types)
            and not named_past_event(c, article.published)
            and not named_era(c, w)
            and not standing_stance(c, w, lede)
            and not continued_stance(c, w, lede)
            and not relative_stance(c, w)
            and not in_a_title(c)
        ]

    def _candidate(
        self,
        doc: Doc,
        event: Event,
        dates: ArticleDates,
        paragraphs: list[int],
        headline: int,
        event_heads: frozenset[int] = frozenset(),
    ) -> Candidate:
        tokens = _trigger_tokens(doc, event)
        head = head_token(tokens)
        noun = head is not None and head.pos_ in ("NOUN", "PROPN")
        order = event.trigger.start if event.trigger else event.evidence.start
        own_date = dates.of_trigger(tokens, event_heads - {t.i for t in tokens})
        new = head is None or self._new(head) or _earlier_happening(head)
        scope = time_scope(head, self.words.sequence_markers, self.words.result_markers)
        bounds = self.words.period_bounds
        return Candidate(
            event=event,
            order=order,
            tokens=tokens,
            paragraph=HEADLINE if order < headline else bisect.bisect_right(paragraphs, order),
            noun=noun,
            bare=head is not None
            and (
                noun
                and not self._new(head)
                and self._bare(head, event)
                or _recalled(head)
                and not event.quantities
            ),
            # a trigger-less mention ("it soon enveloped Almaty") carries a happening to a new
            # place: ACLED codes one event per place
            new=new,
            generic=head is not None and head.lemma_.lower() in pair_rules().generic_nouns,
            date=own_date,
            lemma=head.lemma_.lower() if head is not None else "",
            anaphor=noun and not new and own_date is None and self._anaphor(head, event),
            scope=scope,
            tally=spans_a_period(tokens, bounds)
            and (scope is None or scope.lower_ not in bounds)
            or head is not None
            and counted_over_a_period(head),
            sentence=_sentence_starts(doc)[head.i] if head is not None else -1,
        )

    def _anaphor(self, head: Token | None, event: Event) -> bool:
        """ "Witnesses saw the raid", "the envoy confirmed his killing", "she sees the book ban
        as part of a crackdown": a definite or possessed event noun with nothing of its own
        to tell (no figures or date, and no other words than a determiner, an adjective, a
        possessor, a compound or a preposition that names no party: "in a radio address", not
        "on the clinic") names a happening the article has told before, wherever it stands. Its
        possessor or the clause around it often reads as its parties ("his killing": the one
        killed), so it joins the last such happening by type, place and date alone
        (``happenings.antecedent``)."""
        if head is None or event.quantities or event.modality != "asserted":
            return False
        w, children = self.words, list(head.children)
        for c in children:
            if c.dep_ == "prep" and c.lower_ not in w.party_preps:
                continue  # "his killing in a radio address"
            if c.dep_ not in w.bare_dependents and c.dep_ != "compound":
                return False
        return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in w.definite for c in children)

    def _bare(self, head: Token, event: Event) -> bool:
        """ "amid the protests", "condemned the violence": a definite noun with nothing of its
        own to tell (no figures, no date on the noun itself), in the background of its clause;
        as the clause's subject ("The talks collapsed") or a light verb's object ("held talks")
        it is told."""
        w = self.words
        if event.quantities or event.modality != "asserted":
            return False
        if head.dep_ in ("nsubj", "nsubjpass", "ROOT") or head.head.i == head.i:
            return False
        if head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in self.light_verbs:
            return False
        if any(t.ent_type_ in DATE_LABELS for t in head.subtree if t.i != head.i):
            return False
        children = list(head.children)
        if any(c.dep_ not in w.bare_dependents for c in children):
            return False
        if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in children):
            return False  # "Putin's crackdown" tells who
        definite = any(c.dep_ == "det" and c.lower_ in w.definite for c in children)
        possessive = any(c.dep_ == "poss" for c in children)
        plural = head.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in children)
        background = head.dep_ == "pobj" and head.head.lower_ in w.background_preps
        # a generic noun ("the violence") refers back wherever it stands; a specific one ("the
        # bombing", "the protests") only in the background ("amid the protests"), as elsewhere
        # it may be the only telling of its happening ("claimed the bombing")
        generic = head.lemma_.lower() in pair_rules().generic_nouns
        return (definite or possessive or plural and background) and (generic or background)

    def _new(self, head: Token) -> bool:
        """ "another attack", "a second shooting", "fresh clashes"; a verb whose object, a place
        or a target (``new_object_nouns``), is so marked ("stormed another checkpoint", "raided
        a second village": ``new_object_markers``). "Shot a second man" may be the same
        shooting."""
        w = self.words
        if any(
            c.dep_ in ("det", "amod", "advmod") and c.lower_ in w.new_markers for c in head.children
        ):
            return True
        objects = [o for o in head.children if o.dep_ == "dobj" and head.pos_ == "VERB"]
        return any(
            o.lemma_.lower() in w.new_object_nouns
            and any(
                c.dep_ in ("det", "amod") and c.lower_ in w.new_object_markers for c in o.children
            )
            for o in objects
        )


def date_of(c: Candidate) -> str | None:
    return c.date.date if c.date is not None else None


def precision_of(c: Candidate) -> str | None:
    return c.date.precision if c.date is not None else None


# -- reading a mention ---------------------------------------------------------------------------------
def _sentence_starts(doc: Doc) -> list[int]:
    """The first token of each token's sentence, read once per document (``Token.sent`` walks
    the sentence anew at every call)."""

    def make() -> list[int]:
        starts = [0] * len(doc)
        for sent in doc.sents:
            starts[sent.start : sent.end] = [sent.start] * len(sent)
        return starts

    return per_doc(doc, "sentence_starts", make)


def _lede(doc: Doc, headline: int) -> int:
    """The first token of the report's first sentence after its headline (-1: none)."""
    first = next((t for t in doc if t.idx >= headline and not t.is_space), None)
    return _sentence_starts(doc)[first.i] if first is not None else -1


def _paragraph_starts(text: str) -> list[int]:
    return [m.end() for m in re.finditer(r"\n\s*\n|\n(?=\s*[A-Z\"'])", text)]


def _headline_end(text: str, title: str | None) -> int:
    """Where the headline ends, when the text opens with it (0 when it does not)."""
    if not title:
        return 0
    start = len(text) - len(text.lstrip())
    return start + len(title) if text.startswith(title, start) else 0


def _trigger_tokens(doc: Doc, event: Event) -> list[Token]:
    if event.trigger is None:
        return []
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _a_state(c: Candidate, state_verbs: frozenset[str]) -> bool:
    """A participle after "remain", "stay" or "seem" tells a state, not a happening: "the road
    remained blocked on Friday", "the border stays closed". One with an agent ("remained
    blocked by protesters") tells who acts, and is kept."""
    head = trigger_verb(c.tokens)
    if head is None or head.tag_ != "VBN":
        return False
    children = list(head.children)
    stative = any(x.dep_ == "auxpass" and x.lemma_.lower() in state_verbs for x in children)
    return stative and not any(x.dep_ == "agent" for x in children)


def _recalled(head: Token) -> bool:
    """A verb in a past-perfect relative clause recalls a happening before the one told: "the
    pupils, who had been abducted in May, were freed on Sunday". It joins that happening where
    the article tells it, or is background and no event (one that gives figures, "who had
    held 12 miners", is kept). A reduced relative ("the survey released on Monday") may be
    the only telling of its happening and is not so read."""
    if head.pos_ != "VERB" or head.dep_ != "relcl":
        return False
    perfect = article_words().perfect_auxiliaries
    return any(c.dep_ == "aux" and c.lower_ in perfect for c in head.children)


def _earlier_happening(head: Token) -> bool:
    """ "since the 1998 uprising", "before the strike": a happening that bounds another one in
    time, not the one its clause tells."""
    return head.dep_ == "pobj" and head.head.lower_ in NOT_THE_EVENTS


def time_scope(
    head: Token | None, markers: frozenset[str], results: frozenset[str] = frozenset()
) -> Token | None:
    """The word that sets a mention's clause before or after another ("clashes broke out
    again, a day after 12 miners were killed in clashes": after; "since the revolt began":
    since), or None. A gerund with no subject of its own ("killed five after storming the
    village") goes on telling its clause's act and is set apart by nothing; nor is an attack
    told after the dead and hurt it left (``results``: "three are dead after a shooting",
    "a woman died after she was shot"), which are its figures, not a later happening.

    >>> time_scope(killed, article_words().sequence_markers).text  # doctest: +SKIP
    'after'
    """
    if head is None:
        return None
    below = head
    for node in (head, *head.ancestors):
        marker = None
        if node.dep_ == "prep" and node.lower_ in markers:
            gerund = below.dep_ == "pcomp" and below.tag_ == "VBG"
            if not (gerund and not any(c.dep_.startswith("nsubj") for c in below.children)):
                marker = node
        if node.dep_ in ("advcl", "pcomp", "acl", "relcl", "ccomp"):
            mark = next((c for c in node.children if c.dep_ == "mark"), None)
            if mark is not None and mark.lower_ in markers:
                marker = mark
        if marker is not None:
            return None if marker.lower_ in results and casualty_clause(node.head) else marker
        below = node
    return None


def informative(c: Candidate) -> tuple:
    """How much a mention tells: the rules' confidence (which already weighs a verb above a
    noun, a main clause above a background one, roles found by the parse above none), then
    roles, place, figures and date it gives."""
    e = c.event
    actor, recipient = told_roles(e)
    told = (
        2 * (actor is not None)
        + 2 * (recipient is not None)
        + 2 * (e.location is not None)
        + (len(e.quantities) > 0)
        + (c.date is not None)
        + (not c.noun)
        - 2 * c.generic
    )
    return (e.confidence, told, -c.order)


def spans_a_period(tokens: list[Token], bounds: frozenset[str]) -> bool:
    """The trigger's clause is bounded by "since" or "until" ("have killed 40 civilians since
    the 1998 uprising", "since independence"), or the trigger is a plural noun so bounded
    ("attacks since Sunday have left 23 dead"): a tally over a period."""
    head = head_token(tokens)
    if head is None:
        return False
    if head.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in bounds and c.dep_ == "prep" for c in head.children
    ):
        return True  # "attacks since Sunday": a count over the stretch since then
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), head)
    # a verb joined to another shares its bounds ("since March, 400 have been killed and 900
    # wounded": wounded, told of the joined count)
    verbs = [verb]
    while verbs[-1].dep_ in ("conj", "acl") and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    children = [c for v in verbs for c in v.children]
    if any(c.lower_ in bounds and c.dep_ == "prep" for c in children):
        return True  # "since the uprising"
    clauses = [c for c in children if c.dep_ == "advcl"]  # "since the ceasefire collapsed"
    return any(m.lower_ in bounds and m.dep_ == "mark" for c in clauses for m in c.children)
