"""What the actor coder knows of the article so far: its date, who was named, which countries."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from crisislens.actors.words import ActorWords, actor_words
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
    # the bodies an apposition defined, by the noun that defined them: after "Fano, a loosely
    # organised militia", "the militia" is Fano, whoever was named since
    defined_bodies: dict[str, Actor] = field(default_factory=dict)
    # where the name ends before each word the article defines in brackets ("the Arakan Army
    # (AA)"), by that word; found on first use
    acronyms: dict[str, list[int]] | None = None
    names: set[str] = field(default_factory=set)  # the canonical names coded so far
    # the people named in full so far, by folded surname: "Bennett" after "Jan Bennett"
    people: dict[str, Actor] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)  # country mentions in the article
    sentence_countries: dict[int, set[str]] = field(default_factory=dict)  # by sentence start
    # the countries a sentence puts things in ("in Almaty", "near the Ruritanian border town")
    sentence_places: dict[int, set[str]] = field(default_factory=dict)  # by sentence start
    # the countries a sentence names only as another party's ("the Ruritanian envoy", "remarks
    # about Elbonia"), with the words of the parties they belong to; by sentence start
    sentence_owned: dict[int, dict[str, set[int]]] = field(default_factory=dict)
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

    def default_country(self, sent: Span, beside: Span | None = None) -> str | None:
        """The country an unattributed actor most likely belongs to: the only country its
        sentence names, else the article's dominant country (named in more than half of the
        article's country mentions, and in this sentence if the sentence names any), else,
        in a sentence that names no country, the country the article is in (its dateline's
        or focus place's): "the president said" in a report from Lusaka is Zambia's. Given
        the actor's phrase (``beside``), where the sentence leaves one country once those it
        names only as another party's (:meth:`others_countries`) are set aside, and that is
        the article's own country or where the sentence puts things, that country; where it
        leaves none, one beyond them (:meth:`country_beyond`)."""
        here = self.sentence_countries.get(sent.start_char, set())
        if beside is not None and here:
            free = here - self.others_countries(sent, beside)
            if not free:
                return self.country_beyond(here)
            placed = self.sentence_places.get(sent.start_char, set()) | {self.focus_country}
            if len(here) > 1 and len(free) == 1 and free <= placed:
                return next(iter(free))
        if len(here) == 1:
            return next(iter(here))
        if self.countries:
            top, n = max(self.countries.items(), key=lambda kv: kv[1])
            if n * 2 > sum(self.countries.values()) and (not here or top in here):
                return top
        return self.focus_country if not here else None

    def country_beyond(self, others: set[str]) -> str | None:
        """The country of an organ whose sentence names only other parties' countries
        (``others``): "the Foreign Ministry summoned the Ruritanian envoy" is not
        Ruritania's ministry, but the article's dominant country's, else the country the
        article is in, where that is none of them; else no country.

        >>> ArticleContext(day=None, countries={"RUR": 3}, focus_country="ELB").country_beyond({"RUR"})
        'ELB'
        """
        if self.countries:
            top, n = max(self.countries.items(), key=lambda kv: kv[1])
            if n * 2 > sum(self.countries.values()) and top not in others:
                return top
        return self.focus_country if self.focus_country not in others else None

    def others_countries(self, sent: Span, beside: Span) -> set[str]:
        """The countries ``sent`` names only as parties other than the phrase ``beside``
        (and what it stands beside, as "OFAC" does its full name, less a clause that tells
        what it does): in "the ministry summoned the Ruritanian envoy over remarks about
        Elbonia", Ruritania and Elbonia are not the ministry's.

        >>> import spacy
        >>> doc = spacy.blank("en")("the ministry summoned the envoy")
        >>> context = ArticleContext(day=None)
        >>> context.sentence_owned[0] = {"RUR": {4}, "ELB": {1}}
        >>> sorted(context.others_countries(doc[0:5], doc[1:2]))
        ['RUR']
        """
        owned = self.sentence_owned.get(sent.start_char, {})
        if not owned:
            return set()
        root = beside.root
        while root.dep_ == "appos" and root.head.i != root.i:
            root = root.head
        clauses = [c for c in root.children if c.dep_ in ("relcl", "acl")]
        own = set(range(root.left_edge.i, root.right_edge.i + 1))
        for clause in clauses:  # "the ministry, which curbs exports to Elbonia"
            own -= set(range(clause.left_edge.i, clause.right_edge.i + 1))
        words = actor_words()
        abroad = any(t.lower_ in words.abroad_organ_words for t in beside)
        return {
            c
            for c, owners in owned.items()
            if not owners & own and (abroad or not _all_judged(sent.doc, owners, words))
        }

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


def country_owner(token: Token, words: ActorWords) -> Token | None:
    """The word of another party a country's word belongs to, if any: the noun of a party
    (``owning_nouns``) it modifies ("the Ruritanian envoy", "Elbonia's army") or whose
    preposition it follows ("the envoy to Ruritania"), or the post abroad it hosts ("the
    Elbonian embassy in Ruritania"); not a noun of no party ("Elbonia's custody", "the Front
    for the Liberation of Elbonia", "police in Ruritania"). Failing a party, the act a
    ministry judges that names it (:func:`judged_act`).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Ruritanian envoy")
    >>> doc[1].dep_, doc[1].head, doc[2].pos_, doc[2].lemma_ = "amod", doc[2], "NOUN", "envoy"
    >>> country_owner(doc[1], ActorWords.load())
    envoy
    """
    owner = None
    if token.dep_ in words.owning_deps:
        owner = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in words.owning_preps:
        owner = token.head.head
    elif token.dep_ == "pobj" and token.head.lower_ in words.post_preps:
        post = token.head.head  # "the Ruritanian embassy in Elbonia": its host
        owner = post if post.lemma_.lower() in words.state_posts else None
    if owner is not None and owner.i != token.i and owner.pos_ in ("NOUN", "PROPN"):
        lemma = owner.lemma_.lower()
        if lemma in words.owning_nouns or lemma in words.state_posts:
            return owner
    return judged_act(token, words)  # no party's: the act a ministry judges, if any


def _all_judged(doc: Doc, owners: set[int], words: ActorWords) -> bool:
    """Whether every owner is an act judged (:func:`judged_act`), not a party: a place in
    what a mayor or a governor condemns may be their own ("the mayor condemned the shooting
    in Dayton"); only an organ of foreign affairs is set apart from it (``abroad_organ_words``)."""
    return all(doc[i].head.lemma_.lower() in words.reacting_words for i in owners)


def judged_act(token: Token, words: ActorWords) -> Token | None:
    """The act a verb or noun of judging or mourning (``reacting_words``) takes as its object,
    where ``token`` lies in it: in "the ministry condemned the shooting that targeted a
    consulate in Ruritania", the shooting, whose place Ruritania is (not the ministry's
    country); None in the subject's own phrase ("the ministry in Elbonia condemned").

    >>> import spacy
    >>> doc = spacy.blank("en")("condemned the raid in Ruritania")
    >>> for i, (dep, head) in enumerate([("ROOT", 0), ("det", 2), ("dobj", 0), ("prep", 2), ("pobj", 3)]):
    ...     doc[i].dep_, doc[i].head = dep, doc[head]
    >>> doc[0].pos_, doc[0].lemma_ = "VERB", "condemn"
    >>> judged_act(doc[4], ActorWords.load())
    raid
    """
    node = token
    while node.head.i != node.i:
        head = node.head
        if head.lemma_.lower() in words.reacting_words and (
            node.dep_ == "prep" or (node.dep_ == "dobj" and head.pos_ == "VERB")
        ):
            return node
        node = head
    return None


def count_countries(
    context: ArticleContext,
    doc: Doc,
    places: list[Place],
    nationality: Callable[[str], str | None],
    says_where: Callable[[Token], bool],
    owner: Callable[[Token], Token | None] = lambda token: None,
) -> None:
    """Fill ``context`` with the countries the article and each of its sentences name (its
    places, and nationality words by ``nationality``), the countries a sentence puts
    things in: a place name that ``says_where`` ("in Almaty", not "Almaty said"), and
    those it names only as another party's, the word of which ``owner`` finds (for a place,
    from its head word or its first: "the Ruritanian Embassy" is the embassy's)."""
    starts = [s.start_char for s in doc.sents]
    free: dict[int, set[str]] = {}

    def sentence_at(char: int) -> int:
        return starts[max(0, bisect.bisect_right(starts, char) - 1)]

    def add(char: int, country: str | None, *words: Token) -> None:
        if not country or country in NON_STATE_CODES:
            return
        context.countries[country] = context.countries.get(country, 0) + 1
        at = sentence_at(char)
        context.sentence_countries.setdefault(at, set()).add(country)
        party = next((p for w in words if (p := owner(w)) is not None), None)
        if party is None:
            free.setdefault(at, set()).add(country)
        else:
            owned = context.sentence_owned.setdefault(at, {})
            owned.setdefault(country, set()).add(party.i)

    for place in places:
        if place.mention != "demonym":  # demonyms are counted below, as NORP entities
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            # "the Ruritanian Embassy" as a place: its country word is the embassy's
            add(place.start, place.country, *((span.root, span[0]) if span is not None else ()))
        if place.mention != "name" or not place.country:
            continue
        placed = context.sentence_places.setdefault(sentence_at(place.start), set())
        if place.country not in placed:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and says_where(span.root):
                placed.add(place.country)
    for ent in doc_ents(doc):
        if ent.label_ == "NORP":
            add(ent.start_char, nationality(ent.text), ent.root)
    for at, owned in context.sentence_owned.items():  # also named there as no one's
        for country in free.get(at, set()) & owned.keys():
            del owned[country]
