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
from crisislens.events.pairs import pair_rules
from crisislens.events.quantities import casualty_clause, counted_over_a_period
from crisislens.events.rules.draft import forbidden
from crisislens.ingest.articles import headline as headline_of
from crisislens.nlp.doc_cache import per_doc
from crisislens.schemas import Actor, Article, Event

HEADLINE = -1  # the paragraph number of a mention in the headline


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
        for c in found:
            if past_aggregate(c, self.words.past_markers) or summing_tally(c, told):
                c.bare, c.new = True, False  # a mention of what it sums up, or nothing
            elif unvoiced_statement(c, speech) or habitual(c, self.words):
                c.bare = True
            elif restricted_act(c):
                c.bare = True
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
            and not standing_passive(c, w.present_auxiliaries)
            and not named_past_event(c, article.published)
            and not named_era(c, w)
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
        if head.dep_ in ("nsubj", "nsubjpass", "ROOT") or head.head is head:
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


def told_roles(event: Event) -> tuple[Actor | None, Actor | None]:
    actor, recipient = event.actor, event.recipient
    if actor is not None and actor.sector == "UAF":
        actor = None  # "Unidentified armed group (USA)": nobody named
    place = event.location
    if recipient is not None and place is not None and recipient.start == place.start:
        recipient = None  # the country acted on because the event is there
    return actor, recipient


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


def head_token(tokens: list[Token]) -> Token | None:
    """The trigger's first content word ("opened fire": opened; "the protests": protests)."""
    return next((t for t in tokens if t.pos_ in ("VERB", "NOUN", "PROPN")), None) or (
        tokens[0] if tokens else None
    )


def trigger_verb(tokens: list[Token]) -> Token | None:
    """The verb a trigger's words hang from, where one does ("Troops are deployed": deployed,
    not its subject), else the trigger's head word (``head_token``)."""
    inside = {t.i for t in tokens}
    roots = (t for t in tokens if t.pos_ == "VERB" and (t.head.i == t.i or t.head.i not in inside))
    return next(roots, None) or head_token(tokens)


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


def standing_passive(c: Candidate, present: frozenset[str]) -> bool:
    """A present-tense passive in the body of a report, with no date of its own, tells a
    standing state or a habit, not a happening: "both tankers are sanctioned by the Treasury",
    "the party is banned in the north", "journalists are detained almost daily". A headline's
    present tense tells news ("Two held after raid") and is kept, as is one with a date ("is
    arrested on Monday") or a figure. In a relative clause ("the plan, which is backed by
    Kyiv, was tabled on Friday") the sentence's date is its main clause's: only a date inside
    the clause keeps it.

    >>> standing_passive(reader.read(...)[0], frozenset({"is", "are"}))  # "are sanctioned"  # doctest: +SKIP
    True
    """
    head = trigger_verb(c.tokens)  # "Troops are deployed": the verb, not its subject
    if head is None or head.tag_ != "VBN" or c.paragraph == HEADLINE:
        return False
    if c.event.quantities or c.event.modality != "asserted":
        return False
    if c.date is not None and not (
        head.dep_ == "relcl" and not any(t.ent_type_ in DATE_LABELS for t in head.subtree)
    ):
        return False
    return any(x.dep_ == "auxpass" and x.lower_ in present for x in head.children)


def named_past_event(c: Candidate, published: str | None) -> bool:
    """ "Since the 2017 Lyon attacks and the Marseille bombings, the city has been on alert",
    a list of "* 2009 Kandor Airfield bombing" lines: an event noun named by a year before the
    report's and a name (capitalised words, right before it) is a past happening called by its
    name, background and no event the report tells; so is a named one coordinated with it ("and
    the Marseille bombings"). One told with figures or a clause of its own ("the 2011 Port Ellis
    bombing, which killed 30") is kept, as is one named by a date ("the May 2017 attack").

    >>> named_past_event(reader.read(...)[0], "2022-05-10")  # "the 2017 Lyon attacks"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.quantities:
        return False
    if past_name(head, published):
        return True
    first = head.head
    return head.dep_ == "conj" and bool(_name_words(head)) and past_name(first, published)


def named_era(c: Candidate, words: ArticleWords) -> bool:
    """ "the deepest cuts since the end of the Cold War", "first used during the Balkan Wars":
    a capitalised event noun named by a capitalised word before it, that bounds a time (after
    one of era_preps, or after "the end", "the start" of: era_bounds, article.yaml), is an era
    called by its name, background and no event the report tells. One with figures is kept.

    >>> named_era(reader.read(...)[0], article_words())  # "since the end of the Cold War"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.quantities:
        return False
    if not head.is_title or head.i == head.sent.start:
        return False
    if not any(x.dep_ in ("compound", "amod") and x.is_title and x.i < head.i for x in head.lefts):
        return False
    node = head
    bound = node.head.head
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "of"
        and bound.lemma_.lower() in words.era_bounds
    ):
        node = bound
    return node.dep_ == "pobj" and node.head.lower_ in words.era_preps


def _name_words(noun: Token) -> list[Token]:
    """The year and capitalised words right before an event noun ("2009 Kandor Airfield"),
    none where the noun has a clause of its own ("the Port Ellis bombing, which killed 30")."""
    if any(x.dep_ in ("relcl", "acl") for x in noun.children):
        return []
    words: list[Token] = []
    for token in reversed(noun.doc[: noun.i]):  # a list's lines may part at the year
        if not (_a_year(token) or token.tag_ in ("NNP", "NNPS")):
            break
        words.append(token)
    return words


def _a_year(token: Token) -> bool:
    """A year that names ("the 2017 Lyon attacks"), not one that dates a clause ("in 2017")."""
    year = len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")
    return year and token.dep_ != "pobj"


def past_name(noun: Token, published: str | None) -> bool:
    """ "the 2017 Lyon attacks": a year before the report's (any, with no report date) and a
    name word that is no date ("the May 2017 attack" is dated, not named)."""
    words = _name_words(noun)
    before = int(published[:4]) if published else 10_000
    years = [w for w in words if _a_year(w)]
    names = [w for w in words if not _a_year(w) and w.ent_type_ not in DATE_LABELS]
    return bool(names) and any(int(y.text) < before for y in years)


def unvoiced_statement(c: Candidate, speech_types: frozenset[str]) -> bool:
    """ "The port has seen growing threats", "amid calls for calm", "the talks stalled": a
    noun naming a statement or a meeting (data/article.yaml unvoiced_types) that names no one
    who speaks or meets, nor whom it is addressed to, nor any figure, names no codable act by
    itself. It is a mention of one the article tells, or nothing. (An agreement, "the truce",
    "the deal", is a standing thing the text may go on to tell of, and is not so read.)

    >>> unvoiced_statement(reader.read(...)[0], article_words().unvoiced_types)  # "threats"  # doctest: +SKIP
    True
    """
    if not c.noun or c.new or c.event.modality != "asserted" or c.event.quantities:
        return False
    actor, recipient = told_roles(c.event)
    return c.event.event_type in speech_types and actor is None and recipient is None


def habitual(c: Candidate, words: ArticleWords) -> bool:
    """ "The two leaders seldom criticized Beijing and often accepted its loans", "militants
    routinely attack convoys", "the group has carried out similar attacks in the past": a
    verb an adverb of frequency governs, or a phrase that sets it in an undated past (its
    own, that of the verb it is coordinated with, or that of the verb whose object the event
    noun is; data/article.yaml habit_adverbs, habit_spans), tells a habit or a record, no one
    happening. It is a mention of one the article tells, or nothing.

    >>> habitual(reader.read(...)[0], article_words())  # "seldom criticized"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or c.event.quantities or c.event.modality != "asserted":
        return False
    if c.noun:
        if head.dep_ != "dobj":
            return False
        head = head.head  # "carried out similar attacks"
    verbs = [head, head.head] if head.dep_ == "conj" else [head]
    children = [x for v in verbs for x in v.children]
    if any(x.dep_ == "advmod" and x.lower_ in words.habit_adverbs for x in children):
        return True
    spans = [o for x in children if x.dep_ == "prep" and x.lower_ == "in" for o in x.children]
    return any(o.dep_ == "pobj" and o.lower_ in words.habit_spans for o in spans)


def restricted_act(c: Candidate) -> bool:
    """ "Police banned the rallies", "the decree outlawed strikes in the ports", "a ban on
    marches", "curbs on protests": an event noun that a restriction word restricts (its object,
    or what its "on" phrase names; event_rules.yaml forbidding_words, scope_preps) names what
    is forbidden, not a happening the text tells. It is a mention of one the article tells
    (the rally held in spite of the ban), or nothing; the ban itself is the event.

    >>> restricted_act(reader.read(...)[1])  # "rallies" in "Police banned the rallies."  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.modality != "asserted" or c.event.quantities:
        return False
    return forbidden(head)


def averted_act(c: Candidate, verbs: frozenset[str]) -> bool:
    """ "Troops were sent to the valley to prevent further raids", "the arrests foiled a bomb
    attack on the depot": an event noun that a verb of averting (data/article.yaml
    averting_verbs) takes as its object, or as its subject in the passive, names what was kept
    from happening. It is no happening the report tells: a bare mention of one it tells of
    its type (what the averting was meant to keep from coming again), or nothing.

    >>> averted_act(reader.read(...)[1], article_words().averting_verbs)  # "further raids"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.quantities:
        return False
    while head.dep_ == "conj":
        head = head.head  # "to prevent raids and kidnappings"
    if head.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.head.lemma_.lower() in verbs


def proposed_act(c: Candidate, words: ArticleWords) -> bool:
    """ "Moscow will not consider proposals for a ceasefire", "hopes for talks faded", "the
    threat of strikes hangs over the port", "the capital was braced for fresh protests": an
    event noun after the "for" or "of" of a noun of what is proposed, hoped or feared, or of a
    verb of getting ready for it (data/article.yaml proposal_nouns, expecting_verbs,
    proposal_preps) is not told as happening. It is a bare mention of one the article tells of its type, or
    nothing.

    >>> proposed_act(reader.read(...)[0], article_words())  # "ceasefire"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.quantities or head.dep_ != "pobj":
        return False
    prep = head.head
    expected = words.proposal_nouns | words.expecting_verbs  # "was braced for fresh protests"
    return prep.lower_ in words.proposal_preps and prep.head.lemma_.lower() in expected


def _undated_act(c: Candidate) -> Token | None:
    """The verb of an asserted mention that gives no date or figures of its own, or the verb
    whose object its event noun is ("has been waging a war", "are conducting raids"), else
    None."""
    head = head_token(c.tokens)
    if head is None or c.date is not None or c.event.quantities or c.event.modality != "asserted":
        return None
    if c.noun:
        return head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None
    verb = trigger_verb(c.tokens)
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _perfect(verb: Token, words: ArticleWords) -> bool:
    """The verb, or the verb it is joined to ("cites ... and has rejected"), has a present
    perfect auxiliary."""
    return any(
        x.dep_ == "aux" and x.lower_ in words.present_perfect_auxiliaries for x in verb.children
    )


def ongoing_perfect(c: Candidate, words: ArticleWords) -> bool:
    """ "The Varo Front has been fighting an insurgency against the state", "farmers have been
    protesting over prices", "the alliance has been waging an air war": the present perfect of
    a gerund (its own, or the one whose object the event noun is) tells an activity going on
    for a long time, no one happening. With no date or figures of its own, where the article tells
    another mention of its type, it is a mention of that happening (CandidateReader.read);
    alone it is the text's one telling and is kept, as is one dated ("have been protesting
    since Monday").

    >>> ongoing_perfect(reader.read(...)[1], article_words())  # "has been fighting"  # doctest: +SKIP
    True
    """
    head = _undated_act(c)
    if head is None or head.tag_ != "VBG":
        return False
    been = any(x.dep_ == "aux" and x.lower_ == "been" for x in head.children)
    return been and _perfect(head, words)


def ongoing_progressive(c: Candidate, words: ArticleWords) -> bool:
    """ "Government troops are battling the rebels in the hills", "police are conducting raids
    in the east": a present progressive in the body of a report (its own verb, or the light
    verb whose object the event noun is) of a material act (data/article.yaml ongoing_types),
    with no date or figures of its own, tells an activity going on, no one happening. Beside another mention of its type it is a mention
    of that happening (CandidateReader.read), as ``ongoing_perfect``; a headline's ("Troops are
    storming the port") is news, as is a statement in progress ("Ankara is warning ..."), and
    one dated ("are raiding homes on Monday") is kept.

    >>> ongoing_progressive(reader.read(...)[1], article_words())  # "are battling"  # doctest: +SKIP
    True
    """
    if c.event.event_type not in words.ongoing_types or c.paragraph == HEADLINE:
        return False
    verb = _undated_act(c)
    if verb is None or verb.tag_ != "VBG":
        return False
    return any(x.dep_ == "aux" and x.lower_ in words.present_auxiliaries for x in verb.children)


def trend_of_acts(c: Candidate, words: ArticleWords) -> bool:
    """ "The Varo Front has stepped up its raids on army convoys", "rebels ramped up
    their shelling", "militants intensified attacks": an event noun that a verb of raising how often
    something happens takes as its object sums up many happenings, none of its own; with no
    date or figures of its own, beside another mention of its type, it is a mention of the
    happening the article tells (CandidateReader.read; data/article.yaml trend_verbs,
    trend_particles, trend_bare_verbs).

    >>> trend_of_acts(reader.read(...)[1], article_words())  # "attacks" in "ramped up attacks"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.date is not None or c.event.quantities:
        return False
    if head.dep_ != "dobj":
        return False
    verb = head.head
    name = verb.lemma_.lower()
    if name not in words.trend_verbs:
        return False
    if name in words.trend_bare_verbs:
        return True
    return any(x.dep_ == "prt" and x.lower_ in words.trend_particles for x in verb.children)


def past_aggregate(c: Candidate, markers: frozenset[str]) -> bool:
    """ "Past attacks were claimed by the group", "triggered by previous sanctions": a plural
    event noun marked as earlier, with no date or figures of its own, sums up happenings
    before the one told. It is no event of its own: a bare reference, a mention of a
    happening the article tells of that type, or nothing (a singular one, "a previous
    attack", is a happening of its own, and "new").

    >>> past_aggregate(reader.read(...)[0], article_words().past_markers)  # "Past raids ..."  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or head.tag_ not in ("NNS", "NNPS"):
        return False
    if c.date is not None or c.event.quantities:
        return False
    return any(x.dep_ in ("amod", "det") and x.lower_ in markers for x in head.children)


def summing_tally(c: Candidate, told: set[tuple[str, str]]) -> bool:
    """ "Since the revolt began, 210 people have been killed", told beside a day's killing: a
    count over a period sums up the happenings the article tells of its type, and is no event
    of its own (it joins none of them: ``happenings.Happening.apart``). Where the article
    tells no other happening of its type (``told``: the type and modality of every mention
    that is no tally), the tally is its only telling of that violence, and is kept."""
    return c.tally and (c.event.event_type, c.event.modality) in told


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
    while verbs[-1].dep_ in ("conj", "acl") and verbs[-1].head is not verbs[-1]:
        verbs.append(verbs[-1].head)
    children = [c for v in verbs for c in v.children]
    if any(c.lower_ in bounds and c.dep_ == "prep" for c in children):
        return True  # "since the uprising"
    clauses = [c for c in children if c.dep_ == "advcl"]  # "since the ceasefire collapsed"
    return any(m.lower_ in bounds and m.dep_ == "mark" for c in clauses for m in c.children)
