"""Pairwise evidence that two event mentions tell of one happening, and what rules it out.

Shared by cross-document linking (stories, ``crisislens link``) and within-article event
coreference: both compare two :class:`LinkMention` objects with :func:`pair_features` and
:func:`compatible`.

- :func:`compatible` is the hard part: two mentions are never one event when their types differ
  (two related types, such as an attack and the hostage taking in it, need agreeing dates and
  common ground: :func:`~crisislens.link.kinds.type_family`), their dates are known to differ (at the coarser precision of the two), or their places are
  farther apart than their precision allows; an undated mention pairs with another of its
  type only on some evidence beyond the type; and two mentions dated only to a month or year
  pair only when they name an actor, a target or a figure alike (a place in one region is not
  enough: 'earlier this month, a bomber struck in Kalat' is not this week's train attack in
  the same province). Two mentions in different articles whose actors (or targets) are coded
  to different states are never one event ("Canada's tariffs on US steel" and "US tariffs on
  Canadian aluminium" the same day); within one article that is evidence only. On ECB+'s
  training topics (crisislens's own events, dated alike) the rule cuts 9% of the wrong pairs of
  one topic and 1.2% of the right ones. Two coded events (typed mentions) of one article are
  never one event on their own: the article coder has already grouped that article's mentions
  into one event per happening (events/article.py), so two events it kept apart are two
  happenings ("Ukraine agreed on Tuesday to a ceasefire" and, two sentences on, "Putin welcomed
  the proposal on Thursday"). Given mentions (``crisislens link``) have no type, and are linked
  within their documents as across them. Likewise two statements (``statement_types`` in data/link.yaml: accusations, rejections,
  threats, appeals) in different articles whose speakers are both named and share no word are
  two statements (:func:`speakers_differ`), and two events in different articles that their
  own words date to two days, whose targets share no word and that give no figure in common, are
  two events (:func:`days_and_targets_differ`). Two given mentions of speaking ("said",
  "according to") whose speakers share no word are two statements (:func:`told_by_others`).
  An event told as planned or possible ("the ministry plans to curb imports", "may have been
  killed") joins an event of another article only
  on common ground (an actor, target, name or precise place alike), never on its type and a day
  alone: many plans of one kind are told in one country in a week.
- :func:`pair_features` is the soft part: a vector (named by :data:`FEATURES`) that the trained
  pair model (:mod:`crisislens.link.model`) turns into a probability.

>>> from crisislens.link.mention import LinkMention, TimeValue
>>> a = LinkMention("a", "d1", 0, 4, lemma="clash", event_type="ASSAULT",
...                 time=TimeValue.parse("2022-01-05"))
>>> b = LinkMention("b", "d2", 0, 4, lemma="clash", event_type="ASSAULT",
...                 time=TimeValue.parse("2021-12-16"))
>>> compatible(a, b)
False
"""

from __future__ import annotations

import re

import numpy as np

from crisislens.link.ground import (
    beyond_place_ground,
    common_ground,
    one_order,
    one_order_two_cities,
    place_not_enough,
    telling_figures,
    told_parties,
)
from crisislens.link.kinds import is_statement, modes_apart, orders_differ, related
from crisislens.link.lexicon import lexicon
from crisislens.link.mention import LinkMention
from crisislens.link.places import (
    REPORTS_PLACE_KM,
    listed_by_each,
    one_city_two_states,
    place_country,
    place_relation,
)
from crisislens.link.senses import synonyms
from crisislens.schemas import NON_STATE_CODES

FEATURES: tuple[str, ...] = (
    "same_lemma",  # the triggers' head lemmas are one word
    "same_text",  # the triggers are written alike
    "word_similarity",  # cosine of the heads' static word vectors
    "context_similarity",  # cosine of the triggers in their sentences (MiniLM)
    "sentence_similarity",  # cosine of the sentences (MiniLM)
    "document_similarity",  # tf-idf cosine of the documents' words
    "document_name_similarity",  # tf-idf cosine of the documents' names and dates
    "same_document",
    "sentence_gap",  # log(1 + sentences apart), within one document
    "argument_overlap",  # Jaccard of the arguments
    "argument_shared",  # some argument in common
    "name_overlap",  # Jaccard of the sentences' names
    "time_match",  # the mentions' own dates agree
    "sentence_time_match",  # the sentences name a date in common
    "sentence_time_conflict",  # the sentences' dates all differ
    "number_overlap",  # Jaccard of the sentences' figures
    "both_verbs",
    "both_nouns",
    "published_apart",  # the documents' dates are more than 30 days apart
    "place_match",  # coded places within their precision's distance
    "figure_match",  # a coded figure in common (same kind, same value)
    "evidence_similarity",  # cosine of the sentences' mean static word vectors
    "state_conflict",  # actors (or recipients) coded to different states
    "recipient_conflict",  # both name who was acted on, and the names share no word
    "synonym",  # the triggers' lemmas differ but share a WordNet meaning ("foil", "thwart")
    "count_match",  # their arguments are counted alike ("captured 23", "took 23 into custody")
    "count_conflict",  # both are counted, by no number in common ("arrested 23", "arrested 26")
)
INDEX = {name: i for i, name in enumerate(FEATURES)}
# evidence a block's first reading gives each pair (link/partners.py): read by the second model
# after the pair features, in this order
PARTNER_FEATURES: tuple[str, ...] = (
    "pair_probability",  # the first model's probability (0 for an incompatible pair)
    "partner_similarity",  # cosine of the two mentions' rows of first probabilities
)
PUBLISHED_APART_DAYS = 30
# a report may be dated this many days before the day of an event it tells as done (its date
# is its publication's, in one time zone; the event's day is the writer's, in another)
TOLD_BEFORE_DAYS = 1
# dates this coarse join two typed events only when the events name someone or something alike
COARSE_PRECISIONS = ("month", "year")
# a coded group's country, after its name: "Unidentified armed group (ECU)"
_CODED_COUNTRY = re.compile(r"\s*\([A-Z]{3}\)$")


def _jaccard(a: frozenset, b: frozenset) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def ruling_country(m: LinkMention, role: str) -> str | None:
    """The country of the mention's actor (``role`` "actor") or recipient that the state rule
    reads: none where the party's own words do not tell it (``{role}_country_told`` False, set
    by :func:`crisislens.link.events.told_country`): "a 50-year-old man" given Germany by the
    place he was arrested in is no evidence against another report's "a Saudi man".

    >>> m = LinkMention("a", "d1", 0, 4, extra={"actor_country": "DEU", "actor_country_told": False})
    >>> ruling_country(m, "actor"), ruling_country(LinkMention("b", "d1", 0, 4,
    ...     extra={"actor_country": "SAU"}), "actor")
    (None, 'SAU')
    """
    if m.extra.get(f"{role}_country_told") is False:
        return None
    return m.extra.get(f"{role}_country")


def _country_conflict(a: LinkMention, b: LinkMention, listed: bool = False) -> bool:
    """Actors of different states (an IGO next to a state is no conflict). With ``listed``,
    targets of two states that each report names (:func:`listed_by_each`) are no conflict,
    nor is a country the party's words do not tell (:func:`ruling_country`): the rule's
    reading (the ``state_conflict`` feature reads every conflict)."""
    pairs: list[tuple[str | None, str | None, str]] = [
        (a.extra.get(f"{role}_country"), b.extra.get(f"{role}_country"), role)
        if not listed
        else (ruling_country(a, role), ruling_country(b, role), role)
        for role in ("actor", "recipient")
    ]
    for mine, theirs, role in pairs:
        if mine and theirs and mine != theirs and not NON_STATE_CODES & {mine, theirs}:
            if listed and role == "recipient" and listed_by_each(a, b, mine, theirs):
                continue
            return True
    return False


def words_of(name: str | None) -> frozenset[str]:
    return frozenset(w for w in (name or "").lower().replace("(", " ").replace(")", " ").split())


def recipient_conflict(a: LinkMention, b: LinkMention) -> bool:
    """Both events name who was acted on, and the two names share no word ("a former bank
    executive" and "a college basketball coach"; not "the coach" and "coach John Smith")."""
    mine, theirs = words_of(a.extra.get("recipient_name")), words_of(b.extra.get("recipient_name"))
    return bool(mine and theirs and not mine & theirs)


def days_and_targets_differ(a: LinkMention, b: LinkMention) -> bool:
    """Two events that their own words date to two different days, whose targets are named
    with no word in common, and that give no figure in common: "a car bomb killed six soldiers
    in Mogadishu on Monday" and "gunmen killed two police officers in Mogadishu on Tuesday".
    Reports of one happening may date it a day or two apart (time zones, the day a toll was
    confirmed), but then they tell of the same people. A rule across articles only, as the
    state rule."""
    return bool(
        a.worded_day
        and b.worded_day
        and a.time is not None
        and b.time is not None
        and a.time.day != b.time.day
        and recipient_conflict(a, b)
        and not set(a.figures) & set(b.figures)
    )


def editions_differ(a: LinkMention, b: LinkMention) -> bool:
    """Two mentions whose triggers carry two different ordinals are two of a series: "stopped
    the fourth round of talks" and "the fifth round", "the 12th annual festival" and "the 14th"
    (:func:`crisislens.link.telling.edition`; given mentions only).

    >>> editions_differ(LinkMention("a", "d1", 0, 4, edition=6), LinkMention("b", "d2", 0, 4,
    ...                 edition=7)), editions_differ(LinkMention("a", "d1", 0, 4, edition=6),
    ...                 LinkMention("b", "d2", 0, 4))
    (True, False)
    """
    return a.edition is not None and b.edition is not None and a.edition != b.edition


def speaker_words(m: LinkMention) -> frozenset[str]:
    """The words of a mention's actor's name, and the office it speaks as (the Kremlin, for
    the president: :mod:`crisislens.link.parties`)."""
    party = m.extra.get("actor_party")
    return words_of(m.extra.get("actor_name")) | ({party} if party else frozenset())


def speakers_differ(a: LinkMention, b: LinkMention) -> bool:
    """Two statements whose speakers are both named and share no word: "Senator Maria Lopez
    accused the governor" and "Senator Tom Baker accused the governor" (not "Lopez" and "Maria
    Lopez", nor "the Kremlin" and the president). A rule across articles only, as the state
    rule."""
    if not (is_statement(a.event_type) and is_statement(b.event_type)):
        return False
    mine, theirs = speaker_words(a), speaker_words(b)
    return bool(mine and theirs and not mine & theirs)


def told_by_others(a: LinkMention, b: LinkMention) -> bool:
    """Two mentions of speaking whose speakers are both given and share no word: "the coroner
    said" and "the sheriff said", "according to witnesses" and "the ministry said" are two
    statements, though one happening is their subject. Given mentions only (their speakers come
    from the parse, :func:`crisislens.link.text.speakers`; a coded event's speaker is its
    actor, :func:`speakers_differ`), in one article as across articles.

    >>> said = LinkMention("a", "d1", 0, 4, lemma="say", speakers=frozenset({"coroner"}))
    >>> told_by_others(said, LinkMention("b", "d2", 0, 4, speakers=frozenset({"sheriff"})))
    True
    >>> told_by_others(said, LinkMention("c", "d2", 0, 4, speakers=frozenset({"coroner"})))
    False
    """
    return bool(a.speakers and b.speakers and not a.speakers & b.speakers)


def own_date(m: LinkMention) -> bool:
    """Is the mention dated by its own sentence (or its article's day), not only by a date
    its story gave before it?

    >>> from crisislens.link.mention import TimeValue
    >>> day = TimeValue.parse("2023-04-03")
    >>> own_date(LinkMention("a", "d1", 0, 4, time=day)), own_date(LinkMention("b", "d1", 0, 4))
    (True, False)
    >>> own_date(LinkMention("c", "d1", 0, 4, time=day, context_dated=True))
    False
    """
    return m.time is not None and not m.context_dated


def party_plan(m: LinkMention) -> bool:
    """A named party's plan of a type of force (:attr:`LinkMention.named_plan`,
    ``party_plan_types`` in data/link.yaml): "Governor Ana Ruiz said she was sending the guard
    to quell the riots"."""
    return m.named_plan and m.event_type in lexicon()["party_plan_types"]


def party_ground(a: LinkMention, b: LinkMention) -> bool:
    """What a named party's plan of force (:func:`party_plan`) needs to be another report's
    event: a party named alike (actor or target) or a telling figure both give, not only the
    place. "Governor Ana Ruiz said she was sending the guard to quell the riots" in Tarville is
    not the riot police's tear gas in Tarville that day, though both restrain one crowd in one
    city.

    >>> plan = LinkMention("a", "d1", 0, 4, event_type="COERCE", asserted=False,
    ...                    arguments=frozenset({"ana ruiz"}), entities=frozenset({"tarville"}),
    ...                    extra={"actor_named": True})
    >>> act = LinkMention("b", "d2", 0, 4, event_type="COERCE",
    ...                   arguments=frozenset({"police"}), entities=frozenset({"tarville"}))
    >>> party_plan(plan), party_ground(plan, act), common_ground(plan, act)
    (True, False, True)
    """
    return bool(a.arguments & b.arguments or telling_figures(a) & telling_figures(b))


def unplaced_plan(m: LinkMention) -> bool:
    """Is the coded event told as planned or intended (neither asserted nor reported as
    possible), by no one its report names (``names_party``: only stand-ins such as "gunmen",
    or nobody; or only words for whoever did it, ``unknown_doers`` in data/link.yaml: "to
    apprehend the perpetrators"), and placed only by its article (its dateline or focus), not
    by its own sentences? "Minorities have been mobilized to fight", in a story on the
    shooting in Tarville, is placed at Tarville and dated to its day, but the report tells no
    plan of that shooting. A named party's plan ("the governor will send the guard") is known
    by its party (:func:`party_plan`), and one its sentence places by that place.

    >>> article = {"place_from_article": True, "names_party": False}
    >>> plan = LinkMention("a", "d1", 0, 4, event_type="ASSAULT", asserted=False, extra=article)
    >>> unplaced_plan(plan), unplaced_plan(LinkMention("b", "d1", 0, 4, event_type="ASSAULT",
    ...     asserted=False, hedged=True, extra=article))
    (True, False)
    >>> unplaced_plan(LinkMention("c", "d1", 0, 4, event_type="ASSAULT", asserted=False,
    ...     extra={**article, "names_party": True}))
    False
    >>> unplaced_plan(LinkMention("d", "d1", 0, 4, event_type="COERCE", asserted=False,
    ...     extra={**article, "names_party": True, "recipient_name": "perpetrators"}))
    True
    """
    planned = bool(m.event_type) and not (m.asserted or m.hedged)
    parties = words_of(m.extra.get("actor_name")) | words_of(m.extra.get("recipient_name"))
    unknown = bool(parties) and parties <= lexicon()["unknown_doers"]
    unnamed = unknown or not m.extra.get("names_party", True)
    return planned and unnamed and bool(m.extra.get("place_from_article"))


def plan_apart(a: LinkMention, b: LinkMention) -> bool:
    """Is one of two events of different articles a plan its article places
    (:func:`unplaced_plan`), the two sharing nothing beyond their place
    (:func:`crisislens.link.ground.beyond_place_ground`: no party named alike, no name other
    than the place, no telling figure, nor one order)? "A bomb will kill everyone around it",
    said of a blast in Tarville, is placed at Tarville by its report and shares only the town
    with the other reports of the blast: it names no plan of it. (The rule for every plan its
    article places, named parties' too, lowered the analyst stories' pairwise precision.)

    >>> town = (4.1, 9.7, "city", "CMR")
    >>> plan = LinkMention("a", "d1", 0, 4, event_type="ASSAULT", asserted=False, place=town,
    ...     entities=frozenset({"tarville"}), extra={"place_from_article": True,
    ...     "names_party": False, "place_name": "tarville"})
    >>> act = LinkMention("b", "d2", 0, 4, event_type="ASSAULT", place=town,
    ...     arguments=frozenset({"militants"}), entities=frozenset({"tarville"}),
    ...     extra={"place_name": "tarville"})
    >>> plan_apart(plan, act), common_ground(plan, act)
    (True, True)
    """
    if a.doc == b.doc or not (unplaced_plan(a) or unplaced_plan(b)):
        return False
    return not (beyond_place_ground(a, b) or one_order(a, b))


def _named_in_common(a: LinkMention, b: LinkMention) -> bool:
    """Who did it or to whom, named alike by both (not a stand-in for nobody named:
    :func:`crisislens.link.ground.told_parties`), or a coded figure both give."""
    return bool(told_parties(a) & told_parties(b) or set(a.figures) & set(b.figures))


def loosely_dated(a: LinkMention, b: LinkMention) -> bool:
    """Both dated, but only to the month or year ('earlier this month'), or one so and the
    other not dated at all (:func:`coarse_and_undated`): that they agree says little, since
    many events of one type fall in a month."""
    if coarse_and_undated(a, b):
        return True
    return a.time is not None and b.time is not None and a.time.coarser(b.time) in COARSE_PRECISIONS


def coarse_and_undated(a: LinkMention, b: LinkMention) -> bool:
    """Is one mention dated only to a month or year and the other not dated at all? "In 2020, a
    bomb killed the mosque's imam" and "three civilians were killed in a restaurant two days
    before", both in Kabul: nothing but the city says they are one, and a city sees many
    attacks in a year.

    >>> from crisislens.link.mention import TimeValue
    >>> year = LinkMention("a", "d1", 0, 4, time=TimeValue.parse("2020"))
    >>> coarse_and_undated(year, LinkMention("b", "d2", 0, 4)), coarse_and_undated(
    ...     year, LinkMention("c", "d2", 0, 4, time=TimeValue.parse("2020-06-05")))
    (True, False)
    """
    return any(
        x.time is not None and x.time.precision in COARSE_PRECISIONS and y.time is None
        for x, y in ((a, b), (b, a))
    )


def actors_differ(a: LinkMention, b: LinkMention) -> bool:
    """Both events name who acted, and the two share no word (a coded group's country, as in
    "Unidentified armed group (ECU)", is no word in common) nor the office they speak as: "masked
    men" stormed the studio, "Daniel Noboa" issued the decree.

    >>> gunmen = LinkMention("a", "d1", 0, 4, extra={"actor_name": "Masked men"})
    >>> decree = LinkMention("b", "d2", 0, 4, extra={"actor_name": "Daniel Noboa",
    ...                                            "actor_named": True})
    >>> actors_differ(gunmen, decree), actors_differ(gunmen, LinkMention("c", "d2", 0, 4,
    ...     extra={"actor_name": "masked gunmen"})), actors_differ(gunmen, LinkMention("d", "d2", 0, 4))
    (True, False, False)
    """
    mine, theirs = party_words(a, "actor"), party_words(b, "actor")
    if not (mine and theirs and (full_name(a) or full_name(b))):
        return False
    # a clash has two sides: one report's actor may be the other's target
    mine |= party_words(a, "recipient")
    theirs |= party_words(b, "recipient")
    party = a.extra.get("actor_party")
    return not mine & theirs and not (party and party == b.extra.get("actor_party"))


def full_name(m: LinkMention) -> bool:
    """Is the mention's actor named by a name of two or more capitalised words ("Daniel Noboa",
    "Kassym-Jomart Tokayev"), or a state by its country's name ("Iran closed its border
    crossings": ``actor_state``, link/targets.py names_country), not a common noun a headline
    capitalises ("Demonstrators storm ...")?

    >>> full_name(LinkMention("a", "d1", 0, 4, extra={"actor_name": "Lena Varga", "actor_named": True}))
    True
    >>> full_name(LinkMention("b", "d1", 0, 4, extra={"actor_name": "Demonstrators", "actor_named": True}))
    False
    """
    words = (m.extra.get("actor_name") or "").split()
    if m.extra.get("actor_state"):
        return True
    return bool(
        m.extra.get("actor_named") and len(words) > 1 and all(w[:1].isupper() for w in words)
    )


def party_words(m: LinkMention, role: str) -> frozenset[str]:
    return words_of(_CODED_COUNTRY.sub("", m.extra.get(f"{role}_name") or ""))


def _related_evidence(a: LinkMention, b: LinkMention) -> bool:
    """What two events of related types need to be one: dates to the day or week that agree,
    and an actor, target, name or precise place in common (for a destruction, more than the
    place: :func:`crisislens.link.ground.place_not_enough`)."""
    if a.time is None or b.time is None or a.time.coarser(b.time) in COARSE_PRECISIONS:
        return False
    if place_not_enough(a) or place_not_enough(b):
        return beyond_place_ground(a, b)
    return common_ground(a, b)


def related_unsupported(a: LinkMention, b: LinkMention) -> bool:
    """Two events of two related types (an attack and the hostage taking in it) without what
    they need to be one (:func:`_related_evidence`: agreeing days, and an actor, target, name or
    precise place in common)."""
    return bool(
        a.event_type
        and b.event_type
        and a.event_type != b.event_type
        and not _related_evidence(a, b)
    )


def related_undated(a: LinkMention, b: LinkMention) -> bool:
    """Two events of two related types, one of them undated (:func:`related_unsupported`):
    "the embassy closed to visitors", undated, and "protesters stormed the embassy on
    Thursday". Unlike two dated reports, one of which may misread the day, nothing makes such
    a pair one, so no story holds both (link/stories.py).

    >>> from dataclasses import replace
    >>> from crisislens.link.mention import TimeValue
    >>> day = TimeValue.parse("2025-06-05")
    >>> storm = LinkMention("a", "d1", 0, 4, event_type="ASSAULT", time=day,
    ...                     arguments=frozenset({"embassy"}))
    >>> closed = LinkMention("b", "d2", 0, 4, event_type="COERCE", arguments=frozenset({"embassy"}))
    >>> related_undated(storm, closed), related_undated(storm, replace(closed, time=day))
    (True, False)
    >>> later = replace(closed, time=TimeValue.parse("2025-06"))  # dated, if loosely: soft
    >>> related_unsupported(storm, later), related_undated(storm, later)
    (True, False)
    """
    return (a.time is None or b.time is None) and related_unsupported(a, b)


def kinds_apart(a: LinkMention, b: LinkMention) -> bool:
    """Told as two kinds of happening, whatever their day and place: two types that no related
    group holds (the men arrested and the storming), two related types done by two actors
    (:func:`actors_differ`) that give no telling figure alike (the gunmen's storming of a studio
    and the president's decree against the gangs), an order and another mode of its type
    (:func:`orders_differ`), or a mode and one it does not pair with (:func:`modes_apart`).
    Unlike a misread date or place, which one report among many may give, this is what each
    report says was done: no story holds two events so apart (link/cluster.py).

    >>> storm = LinkMention("a", "d1", 0, 4, event_type="ASSAULT", extra={"actor_name": "gunmen"})
    >>> decree = LinkMention("b", "d2", 0, 4, event_type="COERCE", mode="restrict",
    ...                      extra={"actor_name": "Lena Varga", "actor_named": True})
    >>> held = LinkMention("c", "d2", 0, 4, event_type="COERCE", mode="arrest")
    >>> kinds_apart(storm, decree), kinds_apart(storm, held), kinds_apart(decree, held)
    (True, True, True)
    >>> kinds_apart(storm, LinkMention("d", "d2", 0, 4, event_type="COERCE", mode="restrict"))
    False
    """
    if a.event_type and b.event_type and a.event_type != b.event_type:
        if not related(a, b):
            return True
        if actors_differ(a, b) and not telling_figures(a) & telling_figures(b):
            return True
    return orders_differ(a, b) or modes_apart(a, b)


def before_report(a: LinkMention, b: LinkMention) -> bool:
    """Is one mention told as earlier than its report's news (``prior``), and the other dated
    to its report's day or later? "Days after the council banned street markets", in a report of
    Friday, is no report of a ban dated Friday; it may be Tuesday's.

    >>> from datetime import date
    >>> from crisislens.link.mention import TimeValue
    >>> earlier = LinkMention("a", "d1", 0, 4, prior=True, published=date(2025, 3, 7))
    >>> friday = LinkMention("b", "d2", 0, 4, time=TimeValue.parse("2025-03-07"))
    >>> tuesday = LinkMention("c", "d3", 0, 4, time=TimeValue.parse("2025-03-04"))
    >>> before_report(earlier, friday), before_report(friday, earlier), before_report(earlier, tuesday)
    (True, True, False)
    """

    def after(p: LinkMention, o: LinkMention) -> bool:
        return bool(
            p.prior
            and not o.prior
            and p.published is not None
            and o.time is not None
            and o.time.precision == "day"
            and o.time.day >= p.published
        )

    return after(a, b) or after(b, a)


def charges_differ(a: LinkMention, b: LinkMention) -> bool:
    """Is one mention a charge ("indicted on aggravated arson": :attr:`LinkMention.charge`)
    and the other not? The charge is a legal act of its own, not the burning it is for.

    >>> charge = LinkMention("a", "d1", 0, 4, lemma="arson", charge=True)
    >>> act = LinkMention("b", "d2", 0, 4, lemma="arson")
    >>> charges_differ(charge, act), charges_differ(charge, charge)
    (True, False)
    """
    return a.charge != b.charge


def reported_before(a: LinkMention, b: LinkMention) -> bool:
    """Is one event dated by its own words to a day more than ``TOLD_BEFORE_DAYS`` after the
    other's report was published, the other told as done? A report of Saturday tells no clash
    that another report's words date to Monday, whatever their city: it may tell Friday's
    shooting that led to it.

    >>> from datetime import date
    >>> from crisislens.link.mention import TimeValue
    >>> monday = LinkMention("a", "d1", 0, 4, time=TimeValue.parse("2025-03-10"), worded_date=True)
    >>> saturday = LinkMention("b", "d2", 0, 4, time=TimeValue.parse("2025-03-08"),
    ...                        published=date(2025, 3, 8))
    >>> sunday = LinkMention("c", "d3", 0, 4, time=TimeValue.parse("2025-03-09"),
    ...                      published=date(2025, 3, 9))
    >>> reported_before(monday, saturday), reported_before(saturday, monday), reported_before(monday, sunday)
    (True, True, False)
    """

    def after(x: LinkMention, y: LinkMention) -> bool:
        return bool(
            x.worded_day
            and x.time is not None
            and y.asserted
            and y.published is not None
            and (x.time.day - y.published).days > TOLD_BEFORE_DAYS
        )

    return after(a, b) or after(b, a)


def side_event(m: LinkMention) -> bool:
    """Is the coded event one of a type that tells what a day of unrest closed, stopped or
    burned (``side_event_types`` in data/link.yaml), that names nobody who took part (its actor
    and recipient, where given, stand in for nobody named: ``names_party``, set by
    :func:`crisislens.link.events.stands_in`) and that its own words do not date (dated by the
    story around it, or not at all): "The airport has also been closed", after a sentence on
    Tuesday's riots? A shooting told so ("shots were fired") is still the shooting's report.

    >>> from crisislens.link.mention import TimeValue
    >>> closed = LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="restrict",
    ...     time=TimeValue.parse("2025-05-13"), context_dated=True, extra={"names_party": False})
    >>> from dataclasses import replace
    >>> side_event(closed), side_event(replace(closed, context_dated=False))
    (True, False)
    """
    return (
        m.event_type in lexicon()["side_event_types"]
        and m.extra.get("names_party") is False
        and not own_date(m)
    )


def _two_kinds(a: LinkMention, b: LinkMention) -> bool:
    """Two types, or two modes of one type (a mode unknown on either side is no other kind)."""
    if a.event_type != b.event_type:
        return True
    return bool(a.mode and b.mode and a.mode != b.mode)


def side_apart(a: LinkMention, b: LinkMention) -> bool:
    """Is one of two events of two kinds (:func:`_two_kinds`) a side event of its day
    (:func:`side_event`), with no telling figure in common? Such an event tells what a day of
    unrest closed or stopped, not the shooting or the arson in its city that day: "the airport
    has also been closed" and "rioters shot a man dead in Tarvo on Tuesday" share the city and
    the day, and nothing else. Its place is no common ground; a telling figure is.

    >>> from crisislens.link.mention import TimeValue
    >>> day, town = TimeValue.parse("2025-05-13"), (4.1, 9.7, "city", "CMR")
    >>> closed = LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="restrict", time=day,
    ...     context_dated=True, place=town, entities=frozenset({"tarvo"}),
    ...     extra={"names_party": False})
    >>> shot = LinkMention("b", "d2", 0, 4, event_type="ASSAULT", time=day, worded_date=True,
    ...     place=town, arguments=frozenset({"rioters", "man"}), entities=frozenset({"tarvo"}),
    ...     extra={"names_party": True})
    >>> side_apart(closed, shot), compatible(closed, shot)
    (True, False)
    >>> shut = LinkMention("c", "d3", 0, 4, event_type="COERCE", mode="restrict", time=day,
    ...     place=town, entities=frozenset({"tarvo"}), extra={"names_party": False})
    >>> side_apart(closed, shut), compatible(closed, shut)  # one kind: the same closure
    (False, True)
    """
    if not (side_event(a) or side_event(b)) or not _two_kinds(a, b):
        return False
    return not telling_figures(a) & telling_figures(b)


def compatible(a: LinkMention, b: LinkMention) -> bool:
    """False when the two mentions cannot be one event (see the module's docstring)."""
    if kinds_apart(a, b):
        return False  # a curfew and the tear gas, the men held and the decree: two happenings
    if related_unsupported(a, b):
        return False  # two related types need a day and common ground
    if a.time is not None and b.time is not None and a.time.conflicts(b.time):
        return False
    if before_report(a, b):
        return False  # told as earlier than its report, and the other of that day or later
    if reported_before(a, b):
        return False  # a report published before the day the other's words give
    if (
        place_relation(a, b, REPORTS_PLACE_KM) == "conflict"
        and not listed_by_each(a, b, place_country(a), place_country(b))
        and not one_city_two_states(a, b)
        and not one_order_two_cities(a, b)
    ):
        return False  # two places (not two countries each report names, nor one city's)
    if told_by_others(a, b):
        return False  # two speakers: two statements
    if editions_differ(a, b):
        return False  # the fourth round of talks and the fifth: a series
    if charges_differ(a, b):
        return False  # the murder charge and the killing
    typed = bool(a.event_type and b.event_type)
    if typed and a.doc == b.doc:
        return False  # two events the article coder kept apart: two happenings
    if a.doc != b.doc and _country_conflict(a, b, listed=True):
        return False  # two reports whose actors (or targets) are of two states
    if a.doc != b.doc and speakers_differ(a, b):
        return False  # two statements by two speakers
    if a.doc != b.doc and typed and days_and_targets_differ(a, b):
        return False  # two days, two targets: two events
    if typed and a.doc != b.doc and side_apart(a, b):
        return False  # a closure of the day, naming no one, is not the shooting there
    if typed and not (own_date(a) and own_date(b)) and not common_ground(a, b):
        return False  # undated (or dated by the story around it): never on the type alone
    if a.doc != b.doc and typed and not (a.asserted and b.asserted) and not common_ground(a, b):
        return False  # a plan or a possibility: never on the type and a day alone
    if a.doc != b.doc and (party_plan(a) or party_plan(b)) and not party_ground(a, b):
        return False  # a named party's plan of force: known by its parties, not its place
    if plan_apart(a, b):
        return False  # a plan its article places: not on the article's place alone
    if typed and loosely_dated(a, b):
        return _named_in_common(a, b)  # nor on a month and a region alone
    return True


def _times(a: LinkMention, b: LinkMention) -> tuple[float, float, float]:
    own = float(a.time is not None and b.time is not None and a.time.matches(b.time))
    match = conflict = 0.0
    if a.sentence_times and b.sentence_times:
        match = float(any(x.matches(y) for x in a.sentence_times for y in b.sentence_times))
        conflict = float(
            not match and all(x.conflicts(y) for x in a.sentence_times for y in b.sentence_times)
        )
    return own, match, conflict


def pair_features(
    a: LinkMention, b: LinkMention, document_similarity: float = 0.0, name_similarity: float = 0.0
) -> np.ndarray:
    """The evidence vector of one pair, in the order of :data:`FEATURES`."""

    def cos(x, y) -> float:
        return float(x @ y) if x is not None and y is not None else 0.0

    same_doc = a.doc == b.doc
    own, match, conflict = _times(a, b)
    apart = (
        a.published is not None
        and b.published is not None
        and abs((a.published - b.published).days) > PUBLISHED_APART_DAYS
    )
    return np.array(
        [
            a.lemma == b.lemma and bool(a.lemma),
            a.text == b.text and bool(a.text),
            cos(a.word_vector, b.word_vector),
            cos(a.context, b.context),
            cos(a.sentence_vector, b.sentence_vector),
            document_similarity,
            name_similarity,
            same_doc,
            np.log1p(abs(a.sentence - b.sentence)) if same_doc else 0.0,
            _jaccard(a.arguments, b.arguments),
            bool(a.arguments & b.arguments),
            _jaccard(a.entities, b.entities),
            own,
            match,
            conflict,
            _jaccard(a.numbers, b.numbers),
            a.pos == b.pos == "VERB",
            a.pos == b.pos == "NOUN",
            apart,
            place_relation(a, b, REPORTS_PLACE_KM) == "match",
            bool(set(a.figures) & set(b.figures)),
            cos(a.evidence_vector, b.evidence_vector),
            _country_conflict(a, b),
            recipient_conflict(a, b),
            synonyms(a.lemma, b.lemma),
            bool(a.counts & b.counts),
            bool(a.counts and b.counts and not a.counts & b.counts),
        ],
        dtype=np.float32,
    )
