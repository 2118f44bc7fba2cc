"""What the actor coder knows of the article so far: its date, who was named, which countries."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from crisislens.nlp.doc_cache import doc_ents
from crisislens.schemas import NON_STATE_CODES, Actor, Place


@dataclass
class ArticleContext:
    """Carried through one article's sentences.

    >>> context = ArticleContext(day="2022-01-07", countries={"KAZ": 5, "RUS": 2})
    >>> context.countries["KAZ"]
    5
    """

    day: str | None
    last_person: Actor | None = None
    last_event: object | None = None  # the last event noun's Event, for "it spread to ..."
    # the last named body that is no state's organ ("Al-Shabab"), for "the group", "the rebels"
    last_body: Actor | None = None
    last_state: Actor | None = None  # the last state coded as such ("Canada"), for "the country"
    names: set[str] = field(default_factory=set)  # the canonical names coded so far
    # the people named in full so far, by folded surname: "Bennett" after "Jan Bennett"
    people: dict[str, Actor] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)  # country mentions in the article
    sentence_countries: dict[int, set[str]] = field(default_factory=dict)  # by sentence start
    # the countries a sentence puts things in ("in Almaty", "near the Ruritanian border town")
    sentence_places: dict[int, set[str]] = field(default_factory=dict)  # by sentence start
    focus_country: str | None = None  # the country the article is in (its dateline or focus)
    # character spans that name the article's sources (datelines, credits, outlets); found by
    # the actor coder on first use
    sources: list[tuple[int, int, str]] | None = None
    # the heads whose phrase is being described by an apposition now, so that the apposition
    # does not turn back to them ("the envoy, Jan Example")
    describing: set[int] = field(default_factory=set)
    # who last did an act of each type, and the start of the sentence that told it: after
    # "the rebels asked for a truce", "the general denied the request" is aimed at the rebels
    doers: dict[str, tuple[int, Actor]] = field(default_factory=dict)
    # the sectors of the forces the article names by a word of their own (police, army), found
    # on first use: which force a shared noun ("officers") serves
    story_forces: frozenset[str] | None = None

    def in_source(self, start: int, end: int) -> bool:
        """Whether the text from ``start`` to ``end`` lies in a dateline, credit or outlet."""
        return any(s <= start and end <= e for s, e, _ in self.sources or ())

    def layout_end(self, start: int, end: int) -> int | None:
        """Where the last web-page layout label ("View Photos") between ``start`` and ``end``
        ends, if there is one."""
        ends = [e for s, e, k in self.sources or () if k == "layout" and start <= s and e <= end]
        return max(ends) if ends else None

    def sentence_country(self, sent: Span) -> str | None:
        """The one country the sentence names, if it names exactly one."""
        here = self.sentence_countries.get(sent.start_char, set())
        return next(iter(here)) if len(here) == 1 else None

    def default_country(self, sent: Span) -> str | None:
        """The country an unattributed actor most likely belongs to: the only country its
        sentence names, else the article's dominant country (named in more than half of the
        article's country mentions, and in this sentence if the sentence names any), else,
        in a sentence that names no country, the country the article is in (its dateline's
        or focus place's): "the president said" in a report from Lusaka is Zambia's."""
        here = self.sentence_countries.get(sent.start_char, set())
        if len(here) == 1:
            return next(iter(here))
        if self.countries:
            top, n = max(self.countries.items(), key=lambda kv: kv[1])
            if n * 2 > sum(self.countries.values()) and (not here or top in here):
                return top
        return self.focus_country if not here else None

    def home_country(self, sent: Span) -> str | None:
        """Where people the text gives no country belong: the one country their sentence
        names; with none named there, the article's dominant country; with several, none
        (the event's place decides: "settlers left their homes in Gaza, Israel said"). A
        foreign country the sentence names only as a party, not as where things are, is not
        the home of the article's locals: in a report from Elbonia, "Ruritanian troops fired
        on villagers" hit Elbonian villagers.

        >>> context = ArticleContext(day=None, focus_country="ELB")
        >>> context.sentence_countries[0] = {"RUR"}
        >>> context.home_country(type("Sent", (), {"start_char": 0})())
        'ELB'
        """
        here = self.sentence_countries.get(sent.start_char, set())
        if len(here) == 1:
            only = next(iter(here))
            placed = only in self.sentence_places.get(sent.start_char, set())
            abroad = self.focus_country is not None and only != self.focus_country
            return self.focus_country if abroad and not placed else only
        return self.default_country(sent) if not here else None


def count_countries(
    context: ArticleContext,
    doc: Doc,
    places: list[Place],
    nationality: Callable[[str], str | None],
    says_where: Callable[[Token], bool],
) -> None:
    """Fill ``context`` with the countries the article and each of its sentences name (its
    places, and nationality words by ``nationality``), and the countries a sentence puts
    things in: a place name that ``says_where`` ("in Almaty", not "Almaty said")."""
    starts = [s.start_char for s in doc.sents]

    def sentence_at(char: int) -> int:
        return starts[max(0, bisect.bisect_right(starts, char) - 1)]

    def add(char: int, country: str | None) -> None:
        if not country or country in NON_STATE_CODES:
            return
        context.countries[country] = context.countries.get(country, 0) + 1
        context.sentence_countries.setdefault(sentence_at(char), set()).add(country)

    for place in places:
        if place.mention != "demonym":  # demonyms are counted below, as NORP entities
            add(place.start, place.country)
        if place.mention != "name" or not place.country:
            continue
        placed = context.sentence_places.setdefault(sentence_at(place.start), set())
        if place.country not in placed:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and says_where(span.root):
                placed.add(place.country)
    for ent in doc_ents(doc):
        if ent.label_ == "NORP":
            add(ent.start_char, nationality(ent.text))
