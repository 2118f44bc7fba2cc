"""Where an article is: the place its unplaced events are given (``location.mention ==
"article"``). Its dateline, unless the report was filed from abroad or from the capital's
bureau about a town elsewhere in the country; else the place of the country it puts things
in most, its headline's or the one it names most.

>>> article_focus("AURORA, Colo. (CBS4) - A man was shot on Sunday.", places).name  # doctest: +SKIP
'Aurora'
"""

from __future__ import annotations

import re

from crisislens.events.candidates import article_words
from crisislens.events.rules.place import names_topic
from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.resolver import KIND_OF
from crisislens.schemas import Place

__all__ = ["PLACE_FEATURES", "SPECIFICITY", "article_focus", "contains", "dateline_place"]

PLACE_FEATURES = ("city", "admin2", "admin1", "country")
SPECIFICITY = {"landmark": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}
_TOWN_BEFORE = re.compile(r"(?<![\w.'’])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*, $")
# "KABUL, May 3", "KABUL (Reuters) -", "Lagos: ..." (a speaker's "SMITH:" names no town)
_DATELINE = re.compile(r"\s*([A-Z][A-Za-z .'-]{1,40}?)\s*(?:,|\(|-|:|\u2013|\u2014)")
# "Kim Lee of", "Kim Lee, 24, of": a person's home town follows
_HOME_OF = re.compile(r"(?:\b[A-Z][\w'.-]*|\b\d+),?\s+of\s+$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?:\s|$)|\n")


def article_focus(
    text: str,
    places: list[Place],
    title: str | None = None,
    capitals: frozenset[int] = frozenset(),
    spoken: frozenset[int] = frozenset(),
) -> Place | None:
    """Where the article is: its dateline place ("AURORA, Colo. (CBS4) -"), unless the report
    was filed from abroad (:func:`_filed_abroad`) or from the bureau in a capital (one of
    ``capitals``, GeoNames ids) about a town elsewhere (:func:`_bureau`); else, in the
    country its headline names first (if its text names it too), else in the country it names
    most (its cities and regions counting for it), the city it names most, else its region,
    else that country (among towns named as often, one named only as a person's home last:
    :func:`_rank`). An article that names no place but a town inside a body's name ("the
    Phoenix Police Department said") is in that town. A place only a speaker is put in
    (``spoken``: the start offsets of "In Lisbon, the minister said ...") counts for no
    country in :func:`_most_put_in`, and is the article's town only where the text names no
    other town or region."""
    located = _located(places)
    dateline = dateline_place(text, located)
    if dateline is not None:
        reported = _reported_elsewhere(text, dateline, places, located, capitals)
        if reported is None:
            return dateline
        located = reported
    by_country: dict[str | None, list[Place]] = {}
    for p in located:
        by_country.setdefault(p.country, []).append(p)
    if not by_country:
        return None
    ranked = (
        _headline_country(title, by_country, locative=True)
        or _most_put_in(text, located, by_country, spoken)
        or _headline_country(title, by_country)
        or max(by_country.values(), key=lambda ps: (len(ps), -ps[0].start))
    )
    # a town only a speaker is put in ("told reporters in Kafue that ..."), every time
    told_in = {p.name for p in ranked if p.start not in spoken}
    told = [p for p in ranked if p.name in told_in]
    pool = told if any(p.feature != "country" for p in told) else ranked
    for features in (("city",), ("admin2", "admin1")):
        counts: dict[str, list[Place]] = {}
        for p in pool:
            if p.feature in features:
                counts.setdefault(p.name, []).append(p)
        if counts:
            best = max(counts.values(), key=lambda ps: _rank(text, ps))
            return _lead_region(text, best, ranked) or _one_district(best[0], pool) or best[0]
    return next((p for p in ranked if p.feature == "country"), ranked[0])


def _one_district(province: Place, pool: list[Place]) -> Place | None:
    """The one district the text names inside the article's province: "17 police were killed
    in Chhattisgarh ... their bodies were found in Sukma district" is in Sukma, the most
    precise place the report gives. Two districts leave the province."""
    inside = {p.geonameid: p for p in pool if p.feature == "admin2" and contains(province, p)}
    return next(iter(inside.values())) if len(inside) == 1 else None


def _lead_region(text: str, town: list[Place], ranked: list[Place]) -> Place | None:
    """The region the lead puts the story in, where the article's town is named once, after
    the lead, and lies outside that region: "Gunmen killed twelve soldiers at a post in
    Kaleb province ... Last year an attack on a hotel in Tesso, the capital, killed 29" is
    in Kaleb, not in the capital of its background. The most specific such region, the first
    named of those."""
    lead_end = _lead_end(text, 0, sentences=3)
    if len(town) > 1 or town[0].start < lead_end:
        return None
    regions = [
        p
        for p in ranked
        if p.feature in ("admin2", "admin1")
        and p.end <= lead_end
        and _placed(text, p)
        and not contains(p, town[0])
    ]
    return min(regions, key=lambda p: (SPECIFICITY[p.feature], p.start), default=None)


def _located(places: list[Place]) -> list[Place]:
    """The places an article's focus is chosen from: those it names, else the towns inside
    bodies' names, else its one nationality (:func:`_one_nationality`)."""
    named = [
        p
        for p in places
        if p.mention == "name" and p.lat is not None and p.feature in PLACE_FEATURES
    ]
    embedded = [
        p for p in places if p.mention == "embedded" and p.lat is not None and p.feature == "city"
    ]
    return named or embedded or _one_nationality(places)


def _reported_elsewhere(
    text: str,
    dateline: Place,
    places: list[Place],
    located: list[Place],
    capitals: frozenset[int],
) -> list[Place] | None:
    """None where the dateline is the article's place; else the places to choose from
    instead: those of a report filed from abroad (:func:`_filed_abroad`), or those where a
    capital's bureau report puts its story (:func:`_bureau`) and what lies inside them."""
    own = _dateline_own(text, dateline, places)
    abroad = _filed_abroad(text, dateline, own, places, located)
    reported = (
        _bureau(text, dateline, own, places, located)
        if not abroad and dateline.geonameid in capitals
        else []
    )
    if not (abroad or reported):
        return None
    elsewhere = [p for p in located if p not in own]
    return [p for p in elsewhere if _within_any(p, reported)] or elsewhere


def _one_nationality(places: list[Place]) -> list[Place]:
    """The country an article that names no place calls all its people by ("militants killed
    12 Somali soldiers", "Somali officials said"): its only nationality word, else nothing.

    >>> somali = Place(text="Somali", start=0, end=6, name="Somalia", country="SOM",
    ...                feature="country", mention="demonym", lat=6.0, lon=47.0)
    >>> [p.name for p in _one_nationality([somali])]
    ['Somalia']
    """
    said = [p for p in places if p.mention == "demonym" and p.lat is not None]
    return said[:1] if len({p.country for p in said}) == 1 else []


def _rank(text: str, named: list[Place]) -> tuple[int, bool, int]:
    """How a town ranks as the article's: by how often it is named, then whether it is more
    than someone's home ("Kim Lee of Jonesboro was shot at a party in Paragould" is in
    Paragould), then by which is named first. A town's own office before "of" ("the Mayor of
    Paragould") names the town, not a home (:func:`_home_of`)."""
    return len(named), not all(_home_of(text, p) for p in named), -named[0].start


def _home_of(text: str, place: Place) -> bool:
    """Whether a town is named as a person's home: "Kim Lee of Jonesboro", "Kim Lee, 24, of
    Jonesboro". A town's own office before "of" ("the Mayor of Jonesboro", "Police Chief of
    Jonesboro", geo.yaml ``local_offices``) names the town itself, not a home."""
    home = _HOME_OF.search(text, max(0, place.start - 40), place.start)
    if home is None:
        return False
    words = text[max(0, home.start() - 20) : home.end()].lower().replace(",", " ").split()[:-1]
    offices = GeoLexicon.load().local_offices
    return not any(" ".join(words[-n:]).removesuffix("s") in offices for n in (1, 2))


def _headline_country(
    title: str | None, by_country: dict[str | None, list[Place]], locative: bool = False
) -> list[Place] | None:
    """The places of the country whose place the headline names first: "Refugees in
    Laos wait as 30 are sent back to Vietnam" is about Laos, though its text may name
    Vietnam more often. ``locative``: only a place the headline puts something in ("... as envoys
    meet in Oman"), not one it names as a party ("Envoys urge Iran to ...")."""
    if not title:
        return None
    first: tuple[int, list[Place]] | None = None
    for country, named in by_country.items():
        features = {p.text: p.feature for p in named}
        for surface in features if country else ():
            for at in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", title):
                if locative and not _put_in(title, at.start()):
                    continue
                if locative and names_topic(title, at.end(), features[surface]):
                    continue
                if first is None or at.start() < first[0]:
                    first = (at.start(), named)
    return first[1] if first else None


def _put_in(text: str, start: int, outer: bool = True) -> bool:
    """Whether the name at ``start`` follows a locative preposition ("in", "at", "near"; "in
    the"; "in northern"): the text puts something there, rather than naming a party ("urged
    Iran"). A region after a town so put is put there too ("talks in Banff, Alberta")."""
    kind = _kind_of(text, start)
    if kind is not None:  # "in the central state of Jalisco": as "in Jalisco"
        start = kind.start()
    words = text[max(0, start - 24) : start].lower().split()
    if words[-1:] and words[-1] in GeoLexicon.load().directions:
        words = words[:-1]  # "in northern Soum province"
    if words[-1:] == ["the"]:
        words = words[:-1]
    if bool(words) and words[-1] in article_words().locative_preps:
        return True
    town = _TOWN_BEFORE.search(text, max(0, start - 60), start) if outer else None
    return town is not None and _put_in(text, town.start(), outer=False)


def _most_put_in(
    text: str,
    located: list[Place],
    by_country: dict[str | None, list[Place]],
    spoken: frozenset[int] = frozenset(),
) -> list[Place] | None:
    """The places of the country the text puts things in most often ("talks in Geneva",
    "clashes near Kidal"), when one leads: a country named most as a party ("urged Iran",
    "sanctions on Iran") or as what a war or talks are about ("a truce in the Gaza war",
    :func:`_topic`) is what the story is about, not where it is. Nor does a place only a
    speaker is put in ("In Lisbon, the minister said", ``spoken``) count."""
    counts: dict[str | None, int] = {}
    for p in located:
        if p.start in spoken or p.country is None:
            continue
        if _put_in(text, p.start) and not _topic(text, p):
            counts[p.country] = counts.get(p.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return by_country[ranked[0][0]]


def _topic(text: str, place: Place) -> bool:
    """ "in the Armenia-Azerbaijan war" puts nothing in Armenia: the war is what the text is about."""
    return names_topic(text, place.end, place.feature)


def _dateline_own(text: str, dateline: Place, places: list[Place]) -> list[Place]:
    """The dateline's place and those that follow it in its own words ("NAIROBI, Kenya (AP)")."""
    return [
        p
        for p in places
        if p is dateline
        or p.start >= dateline.end
        and not text[dateline.end : p.start].strip(" ,(")
    ]


def _filed_abroad(
    text: str, dateline: Place, own: list[Place], places: list[Place], located: list[Place]
) -> bool:
    """A dateline in a country the text never names again, where it names another: "CAIRO -
    Police fired tear gas in the Tunisian capital" was filed from Cairo about Tunis, and its
    unplaced events are in Tunisia, not Egypt. Only a town or province counts: a country may
    be a party ("GENEVA - Ministers discussed sanctions on Iran" is in Geneva), and a war's
    place what an appeal is about ("a truce in the Gaza war", :func:`_topic`). A dateline the
    text says nothing more about ("AURORA, Colo. - A man was shot") stays the article's place;
    the dateline's own words ("NAIROBI, Kenya -") do not name its country again."""
    elsewhere = [
        p for p in located if p not in own and p.feature != "country" and not _topic(text, p)
    ]
    named_again = any(p.country == dateline.country for p in places if p not in own)
    return bool(elsewhere) and not named_again


def _within_any(place: Place, wholes: list[Place]) -> bool:
    """The place is one of ``wholes`` or lies inside one ("Namssiguian" in "Bam province")."""
    return any(place is whole or contains(whole, place) for whole in wholes)


def _bureau(
    text: str, dateline: Place, own: list[Place], places: list[Place], located: list[Place]
) -> list[Place]:
    """A capital's dateline the text never names again, whose lead (two sentences) puts the
    story in another town or province of its country: "LIMA - Gunmen killed the mayor of a
    town in the southern region of Puno" was filed from the bureau in the capital, and its
    unplaced events are where the text puts them: the places the lead puts the story in
    (none where the dateline stays). A province that holds the dateline, a name the lead
    gives as a party's ("Cusco Governor Ana Soto"), a dateline named again or called "the
    capital" ("LIMA - A bomb went off in the capital ...") keep the dateline, as does one the
    text says nothing more about."""
    if any(p.name == dateline.name for p in places if p not in own):
        return []
    own_end = max(p.end for p in own)
    lead_end = _lead_end(text, own_end)
    if _calls_it_the_capital(text[own_end:lead_end]):
        return []
    return [
        p
        for p in located
        if p not in own
        and p.country == dateline.country
        and p.feature != "country"
        and p.end <= lead_end
        and p.name != dateline.name
        and not contains(p, dateline)
        and _placed(text, p)
    ]


def _calls_it_the_capital(lead: str) -> bool:
    """Whether a lead calls a place "the capital", the dateline's city: a province's or a
    state's capital ("died in the state capital of Morelia", "the provincial capital") is
    another town, and the report was still filed from the bureau.

    >>> _calls_it_the_capital("A bomb went off in the capital on Monday.")
    True
    >>> _calls_it_the_capital("Three men died in the state capital of Morelia.")
    False
    >>> _calls_it_the_capital("Gunmen attacked a market in the province's capital.")
    False
    """
    lex = GeoLexicon.load()
    # a possessive reads as its owner's word: "the state's capital" is "the state capital"
    words = re.findall(r"\w+", re.sub(r"['\u2019]s\b", "", lead.lower()))
    return any(
        word in lex.capital_words and not (i and words[i - 1] in lex.subnational_capital_words)
        for i, word in enumerate(words)
    )


def contains(outer: Place, inner: Place) -> bool:
    """``outer`` is the country, province or district that holds ``inner``: "talks in Mombasa,
    Kenya" name one place, not two.

    >>> mombasa = Place(text="Mombasa", start=0, end=7, name="Mombasa", country="KEN",
    ...                 feature="city")
    >>> kenya = Place(text="Kenya", start=9, end=14, name="Kenya", country="KEN",
    ...               feature="country")
    >>> contains(kenya, mombasa), contains(mombasa, kenya)
    (True, False)
    """
    if outer is inner or SPECIFICITY.get(outer.feature, -1) <= SPECIFICITY.get(inner.feature, 5):
        return False
    if outer.feature == "country":
        return outer.country is not None and outer.country == inner.country
    held_by = (inner.admin1_geonameid, inner.admin2_geonameid)
    return outer.geonameid is not None and outer.geonameid in held_by


def _lead_end(text: str, start: int, sentences: int = 2) -> int:
    """Where the lead's first two sentences end (a credit line such as "LIMA - Agence
    France-Presse" is no sentence)."""
    found, begin = 0, start
    for end in _SENTENCE_END.finditer(text, start):
        if end.end() - begin >= 40:
            found += 1
            if found == sentences:
                return end.end()
        begin = end.end()
    return len(text)


def _placed(text: str, place: Place) -> bool:
    """The text puts something in the place ("in Puno", "in the region of Puno") or names it
    with its kind ("the Puno regional prosecutor", "the town of Juliaca")."""
    after = text[place.end : place.end + 16].lower().split()
    kind_after = bool(after) and after[0] in GeoLexicon.load().kind_nouns
    return _put_in(text, place.start) or _kind_of(text, place.start) is not None or kind_after


def dateline_place(text: str, located: list[Place]) -> Place | None:
    """The place a dateline opens the article with, or one of its first lines after a
    headline, where a dateline is in capitals ("Shelling resumed\n\nKHERSON, Ukraine -")."""
    for line_start in [0, *[m.end() for m in re.finditer(r"\n", text)]][:3]:
        match = _DATELINE.match(text, line_start)
        if match is None or line_start > 0 and not _later_dateline(match):
            continue
        at = next((p for p in located if line_start <= p.start <= match.start(1) + 1), None)
        if at is not None and at.feature in ("city", "admin2", "admin1"):
            return at
    return None


def _later_dateline(match: re.Match[str]) -> bool:
    """A dateline on a line after the headline: in capitals ("KHERSON, Ukraine -"), or a
    name set off by a dash or an agency's bracket ("Manila - Two soldiers were killed",
    "Manila (dpa) -"). A name and a comma in lower case opens a sentence ("Kabul, the capital,
    was quiet"), and a name joined by a dash a word ("Kabul-based"): no dateline.

    >>> _later_dateline(_DATELINE.match("Manila - Two soldiers were killed."))
    True
    >>> _later_dateline(_DATELINE.match("Kabul, the capital, was quiet."))
    False
    >>> _later_dateline(_DATELINE.match("Kabul-based analysts said so."))
    False
    """
    name, found = match.group(1), match.group(0)
    spaced_dash = found.endswith("-") and found[-2:-1].isspace()  # not "Kabul-based"
    return name == name.upper() or found[-1] in "(\u2013\u2014" or spaced_dash


def _kind_of(text: str, start: int) -> re.Match[str] | None:
    """The kind of place a name at ``start`` is put as ("the central state of", "the northern
    town of"), if its kind word is one of ours (geo.yaml ``kind_nouns``)."""
    kind = KIND_OF.search(text, max(0, start - 60), start)
    return kind if kind and kind.group(1).lower() in GeoLexicon.load().kind_nouns else None
