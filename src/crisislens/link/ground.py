"""Common ground: what two event mentions share beyond their type (split from
:mod:`crisislens.link.features`, whose rules read it): a party named alike that is no stand-in
for nobody named (:func:`told_parties`), a name of their sentences that is not only a country
or region (:func:`ground_names`), a telling figure both give (:func:`telling_figures`), a
precise place that matches, or one order told by two reports (:func:`one_order`).

>>> a = LinkMention("a", "d1", 0, 4, arguments=frozenset({"tarvo depot"}))
>>> common_ground(a, LinkMention("b", "d2", 0, 4, arguments=frozenset({"tarvo depot"})))
True
"""

from __future__ import annotations

from crisislens.link.kinds import is_order
from crisislens.link.lexicon import lexicon
from crisislens.link.mention import LinkMention
from crisislens.link.places import REPORTS_PLACE_KM, WIDE_FEATURES, place_relation

# a figure this large, given alike by two reports of one week, is evidence beyond their type
# that they tell one happening (:func:`telling_figures`)
TELLING_FIGURE = 5


def telling_figures(m: LinkMention) -> frozenset[tuple[str, float]]:
    """The coded figures large enough to tell a happening by ("3,000 troops", "38 dead"; not
    "one dead", which many events of a week give): at least ``TELLING_FIGURE``, of a named kind.

    >>> telling_figures(LinkMention("a", "d1", 0, 4, figures=(("troops", 3000.0), ("dead", 1.0))))
    frozenset({('troops', 3000.0)})
    """
    return frozenset(f for f in m.figures if f[1] >= TELLING_FIGURE and f[0] != "other")


def same_tally(a: LinkMention, b: LinkMention) -> bool:
    """Two reports of one type, each dated to the day (by its words, its report or its story), that give
    a telling figure alike (:func:`telling_figures`): "deploying 1,500 troops" on Thursday and
    "the deployment of 1,500 troops" announced on Wednesday. Whether they may be one event at all
    is :func:`crisislens.link.features.compatible`'s to say.

    >>> from crisislens.link.mention import TimeValue
    >>> day = TimeValue.parse("2025-04-09")
    >>> a = LinkMention("a", "d1", 0, 4, event_type="MOBILIZE", time=day, figures=(("troops", 800.0),))
    >>> same_tally(a, LinkMention("b", "d2", 0, 4, event_type="MOBILIZE", time=day,
    ...                           figures=(("troops", 800.0),)))
    True
    >>> same_tally(a, LinkMention("b", "d2", 0, 4, event_type="MOBILIZE", figures=(("troops", 800.0),)))
    False
    """
    return bool(
        a.doc != b.doc
        and a.event_type
        and a.event_type == b.event_type
        and a.time is not None
        and b.time is not None
        and a.time.precision == b.time.precision == "day"
        and telling_figures(a) & telling_figures(b)
    )


def told_parties(m: LinkMention) -> frozenset[str]:
    """The event's arguments that name someone, not a stand-in for nobody named
    (:attr:`LinkMention.stand_ins`): two unnamed attacks in one country both give
    "unidentified armed group (tgo)", and share no one by it.

    >>> m = LinkMention("a", "d1", 0, 4, arguments=frozenset({"unidentified armed group (tgo)",
    ...     "tarvo depot"}), stand_ins=frozenset({"unidentified armed group (tgo)"}))
    >>> sorted(told_parties(m))
    ['tarvo depot']
    """
    return m.arguments - m.stand_ins


def ground_names(m: LinkMention) -> frozenset[str]:
    """The names of the event's sentence that may be common ground: not a country or region
    named as its place (:attr:`LinkMention.wide_names`) nor a stand-in for nobody named.

    >>> m = LinkMention("a", "d1", 0, 4, entities=frozenset({"tarvo", "gunmen (tgo)", "togo"}),
    ...     wide_names=frozenset({"togo"}), stand_ins=frozenset({"gunmen (tgo)"}))
    >>> sorted(ground_names(m))
    ['tarvo']
    """
    return m.entities - m.wide_names - m.stand_ins


def one_order(a: LinkMention, b: LinkMention) -> bool:
    """Two reports of one order: an order of one type and mode (a state of emergency, a curfew,
    a ban: :func:`crisislens.link.kinds.is_order`), placed in one country, each dated to the
    day. The order is its own common ground (:func:`common_ground`): one report places the
    state of emergency at the capital and names the president, another places it at the
    country and names the government, and they share no other name.

    >>> from crisislens.link.mention import TimeValue
    >>> day = TimeValue.parse("2025-05-13")
    >>> a = LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="martial-law", time=day,
    ...     context_dated=True, place=(4.1, 9.7, "city", "CMR"), arguments=frozenset({"tarvo"}))
    >>> b = LinkMention("b", "d2", 0, 4, event_type="COERCE", mode="martial-law", time=day,
    ...     place=(5.7, 12.7, "country", "CMR"), arguments=frozenset({"government"}))
    >>> one_order(a, b), common_ground(a, b)
    (True, True)
    >>> from dataclasses import replace
    >>> one_order(a, replace(b, mode="curfew")), one_order(a, replace(b, place=None))
    (False, False)
    """
    return bool(
        a.doc != b.doc
        and a.event_type
        and a.event_type == b.event_type
        and a.mode == b.mode
        and is_order(a.event_type, a.mode)
        and a.place is not None
        and b.place is not None
        and a.place[3]
        and a.place[3] == b.place[3]
        and a.time is not None
        and b.time is not None
        and a.time.precision == b.time.precision == "day"
    )


def one_order_two_cities(a: LinkMention, b: LinkMention) -> bool:
    """Two reports of one order (:func:`one_order`) by a party both name, placed at two towns
    of its country: where a state of emergency that a president declares is placed is the
    report's choice (the capital, the dateline's city, the city its news is about), so two
    towns are no two places of it.

    >>> from crisislens.link.features import compatible
    >>> from crisislens.link.mention import TimeValue
    >>> day = TimeValue.parse("2025-05-13")
    >>> a = LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="martial-law", time=day,
    ...     place=(4.1, 9.7, "city", "CMR"), arguments=frozenset({"lena varga"}))
    >>> b = LinkMention("b", "d2", 0, 4, event_type="COERCE", mode="martial-law", time=day,
    ...     place=(3.9, 11.5, "city", "CMR"), arguments=frozenset({"lena varga"}))
    >>> one_order_two_cities(a, b), compatible(a, b)
    (True, True)
    >>> from dataclasses import replace
    >>> c = replace(b, arguments=frozenset({"governor"}))
    >>> one_order_two_cities(a, c), compatible(a, c)  # two governors' curfews: two orders
    (False, False)
    """
    return one_order(a, b) and bool(told_parties(a) & told_parties(b))


def common_ground(a: LinkMention, b: LinkMention) -> bool:
    """Evidence beyond the type: a shared argument or name, a telling figure both give
    (:func:`telling_figures`), or a place that matches. A country or region named as both
    events' place is not enough: many events of one type happen in a country in a week. Nor
    is a stand-in both give for nobody named (:func:`told_parties`).

    >>> from crisislens.link.mention import TimeValue
    >>> gunmen = "unidentified armed group (tgo)"
    >>> a = LinkMention("a", "d1", 0, 4, event_type="ASSAULT", arguments=frozenset({gunmen}),
    ...     entities=frozenset({gunmen}), stand_ins=frozenset({gunmen}))
    >>> b = LinkMention("b", "d2", 0, 4, event_type="ASSAULT", arguments=frozenset({gunmen}),
    ...     entities=frozenset({gunmen}), stand_ins=frozenset({gunmen}))
    >>> common_ground(a, b)
    False
    """
    if told_parties(a) & told_parties(b) or ground_names(a) & ground_names(b):
        return True
    if telling_figures(a) & telling_figures(b) or one_order(a, b):
        return True
    precise = all(m.place is not None and m.place[2] not in WIDE_FEATURES for m in (a, b))
    return precise and place_relation(a, b, REPORTS_PLACE_KM) == "match"


def place_not_enough(m: LinkMention) -> bool:
    """Is the event a destruction (looting, arson, vandalism: ``place_not_enough_modes`` in
    data/link.yaml), which pairs with an event of a related type only on what
    :func:`beyond_place_ground` gives, not on the city and the day? "Crowds looted and burned
    shops" and "at least 15 people were killed" in one capital that day are two happenings of
    its unrest; "the parliament was set on fire" names the building the crowd stormed.

    >>> place_not_enough(LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="destroy"))
    True
    >>> place_not_enough(LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="seize"))
    False
    """
    modes = lexicon()["place_not_enough"].get(m.event_type or "", frozenset())
    return m.mode in modes


def beyond_place(m: LinkMention) -> frozenset[str]:
    """The event's names that may be common ground (:func:`ground_names`), less its place's.

    >>> m = LinkMention("a", "d1", 0, 4, entities=frozenset({"crowds", "tarvo"}),
    ...     extra={"place_name": "tarvo"})
    >>> sorted(beyond_place(m))
    ['crowds']
    """
    return ground_names(m) - {m.extra.get("place_name")}


def beyond_place_ground(a: LinkMention, b: LinkMention) -> bool:
    """Common ground beyond the place: a party named alike (:func:`told_parties`), a name
    other than either's place, or a telling figure both give.

    >>> town = (4.1, 9.7, "city", "CMR")
    >>> looted = LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="destroy", place=town,
    ...     arguments=frozenset({"crowds"}), entities=frozenset({"crowds", "tarvo"}),
    ...     extra={"place_name": "tarvo"})
    >>> killed = LinkMention("b", "d2", 0, 4, event_type="ASSAULT", place=town,
    ...     arguments=frozenset({"people"}), entities=frozenset({"people", "tarvo"}),
    ...     extra={"place_name": "tarvo"})
    >>> common_ground(looted, killed), beyond_place_ground(looted, killed)
    (True, False)
    """
    return bool(
        told_parties(a) & told_parties(b)
        or beyond_place(a) & beyond_place(b)
        or telling_figures(a) & telling_figures(b)
    )
