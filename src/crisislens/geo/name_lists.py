"""How the place names of one text sit together: a name and the container after its comma
("Buffalo, New York"), and lists of names ("the villages of San Juan, Cutervo and Chota").

Read by :class:`crisislens.geo.resolver.PlaceResolver` before it picks each name's entry.
"""

from __future__ import annotations

from itertools import pairwise

from crisislens.geo.context import ToponymMention
from crisislens.geo.gazetteer import Candidate
from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.scoring import well_known


def mark_containers(mentions: list[ToponymMention], text: str) -> None:
    """A name right after another place's name and a comma or an opening bracket is its
    container when it holds that place ("Buffalo, New York", "Wamba (Nasarawa)"), when that place is a village the gazetteer lacks
    ("Mafraq ar Ruwayk, Marib"), or when both stand in a list of provinces ("Ohio, Iowa"): a
    province or a country then, not a city of the same name (``says_unit`` "unit"). In a list
    of towns ("Almaty, Aktau") nothing changes."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, m in pairwise(ordered):
        joined = text[before.end : m.start] in (", ", " (")  # "Wamba (Nasarawa)" too
        if m.says_unit is None and joined and holds(m, before):
            m.says_unit = "unit"


def listed_without_containers(mentions: list[ToponymMention], lone: set[int]) -> None:
    """In a list of names ("Georgia, Illinois, Missouri and Texas") the name after a comma is
    the next item, not the place that holds the one before: "Illinois, Missouri" is no town
    Illinois in Missouri. A pair that stands alone ("Dayton, Ohio, said") keeps its container.

    >>> mention.container  # "Illinois" in "in Georgia, Illinois, Missouri and Texas"  # doctest: +SKIP
    None
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    for m, after in pairwise(ordered):
        listed = m.container == after.text and m.start not in lone
        if listed and after.start - m.end == 2:  # ", " between them
            m.container, m.container_country, m.container_candidates = None, None, []


def comma_units(
    mentions: list[ToponymMention], first: list[Candidate | None], text: str
) -> dict[int, Candidate]:
    """The province named right after a name and its comma ("Banff, Alberta"), by the
    name's start: a reading of the name in another country is a namesake abroad."""
    units = {}
    ordered = sorted(zip(mentions, first), key=lambda mc: mc[0].start)
    for (before, _), (m, unit) in pairwise(ordered):
        after_comma = text[before.end : m.start] == ", "
        if after_comma and m.says_unit and unit is not None and unit.feature == "admin1":
            units[before.start] = unit
    return units


LIST_JOINERS = (", ", " and ", ", and ", " or ", ", or ")


def lists(mentions: list[ToponymMention], text: str) -> list[list[int]]:
    """The lists of three or more names the text gives ("the villages of San Juan, Cutervo
    and Chota"), as indices into ``mentions``."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    out: list[list[int]] = []
    run: list[int] = []
    for i in order:
        if run and text[mentions[run[-1]].end : mentions[i].start] in LIST_JOINERS:
            run.append(i)
            continue
        if len(run) >= 3:
            out.append(run)
        run = [i]
    if len(run) >= 3:
        out.append(run)
    return out


def read_apart_from_their_list(
    mentions: list[ToponymMention], settled: dict[int, Candidate], text: str, lex: GeoLexicon
) -> list[tuple[int, str | None]]:
    """Names read in another country than all the other towns and provinces of their list,
    where they have a namesake in that country, each with that country: "the villages of San
    Juan, Cutervo and Chota" of a report on Peru are three Peruvian towns, not San Juan County,
    New Mexico. A capital, a province or a big city keeps its reading ("Boston, Chicago and
    Paris").

    >>> read_apart_from_their_list(mentions, settled, text, lex)  # doctest: +SKIP
    [(0, 'PER')]
    """
    out = []
    for run in lists(mentions, text):
        for i in run:
            own = settled.get(i)
            if own is None or own.feature == "country" or well_known(own, lex):
                continue
            others = [settled[j] for j in run if j != i and j in settled]
            towns = [c for c in others if c.feature != "country"]
            mates = {c.country for c in towns}
            if (
                len(towns) >= 2
                and len(mates) == 1
                and own.country not in mates
                and any(c.country in mates for c in mentions[i].candidates)
            ):
                out.append((i, mates.pop()))
    return out


def outside_lists(mentions: list[ToponymMention], text: str) -> set[int]:
    """The starts of the town-and-province pairs that stand alone ("Dayton, Ohio, said"), not
    inside a list of names ("Ohio, Oregon, Utah", "Embu, Kitui and Meru")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    joiners = (", ", " and ", ", and ")
    lone = set()
    for k, (before, m) in enumerate(pairwise(ordered)):
        earlier = k > 0 and text[ordered[k - 1].end : before.start] in joiners
        later = k + 2 < len(ordered) and text[m.end : ordered[k + 2].start] in joiners
        if not earlier and not later:
            lone.add(before.start)
    return lone


def holds(m: ToponymMention, before: ToponymMention) -> bool:
    if not before.candidates:
        return True
    if before.candidates[0].feature in ("admin1", "admin2"):
        return True
    inner = {i for c in before.candidates[:10] for i in (c.admin1_id, c.admin2_id) if i}
    return any(u.place_id in inner for u in m.candidates)
