"""Toponyms -> Places: find place names in a Doc and pick the gazetteer entry each one means.

Three stages, each in its own module: ``toponyms`` (which names are places), ``candidates``
(which entries a name may refer to) and ``scoring`` (which entry fits, as a sum of named
rules). The article's country distribution (``context``) weighs on every choice: a namesake
in a country the article never points to loses to the article's country, and where the
gazetteer lacks the right village the answer is the article's own place at low confidence.

>>> resolver = PlaceResolver(gazetteer)                             # doctest: +SKIP
>>> text = "Gunmen attacked Solhan, in Burkina Faso's Yagha province."  # doctest: +SKIP
>>> [p.country for p in resolver.resolve_spans(text, [(16, 22)])]  # doctest: +SKIP
['BFA']
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from crisislens.geo.candidates import CandidateFinder
from crisislens.geo.capitals import capital_places
from crisislens.geo.context import CountryContext, ToponymMention
from crisislens.geo.gazetteer import Candidate, Gazetteer
from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.media import Outlets
from crisislens.geo.name_lists import (
    comma_units,
    listed_without_containers,
    mark_containers,
    outside_lists,
    read_apart_from_their_list,
)
from crisislens.geo.scoring import coherence, haversine_km, score, well_known
from crisislens.geo.toponyms import ToponymFinder
from crisislens.nlp.doc_cache import doc_text
from crisislens.nlp.names import fold_place_name
from crisislens.nlp.syntax import lemma
from crisislens.schemas import Place

__all__ = ["DIRECTIONS", "KIND_NOUNS", "KIND_OF", "PlaceResolver", "haversine_km"]

# read by the event and actor coders
DIRECTIONS = GeoLexicon.load().directions
KIND_NOUNS = GeoLexicon.load().kind_nouns
SPECIFIC = ("city", "admin1", "admin2")
# a name no gazetteer entry is for, placed where the text puts it: not that place's identity
_UNKNOWN = {"feature": "unknown", "geonameid": None, "admin1_geonameid": None}
_UNKNOWN |= {"admin2_geonameid": None}
_PARTICLES = "|".join(sorted(map(re.escape, GeoLexicon.load().name_particles), key=len)[::-1])
_DETERMINERS = "|".join(sorted(GeoLexicon.load().kind_of_determiners))
# "the state of", "the central state of", "the western Mexican state of", "Ecuador's city of":
# the kind of place a name follows (group 1), read by the resolver and by the article's focus
KIND_OF = re.compile(
    rf"\b(?:{_DETERMINERS}|\w+['’]s)\s+(?:[\w-]+\s+){{0,3}}?([\w-]+)\s+of\s+$", re.IGNORECASE
)
_WORD = r"[A-Z][\w'’.-]*"
_NAME_AFTER = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)?{_WORD})*")
_KINDS = "|".join(sorted(GeoLexicon.load().kind_nouns))
_IN = "|".join(sorted(GeoLexicon.load().apposed_kind_preps))
# ", a small town in ", ", a suburb of ": what joins a name to the place it lies in
_APPOSED_INSIDE = re.compile(rf", an? (?:[a-z-]+ ){{0,2}}?(?:{_KINDS}) (?:{_IN}) ")
_AREAS = "|".join(sorted(GeoLexicon.load().local_area_words))
# "Kiri village of Kaura", "the Boya area of North Waziristan": the place that holds a village
# or an area. Not "the Gaza Strip city of Rafah", whose town is the name after the kind word.
_AREA_OF = re.compile(rf" (?:{_AREAS}) (?:of|in) ")
_SUFFIXES = "|".join(sorted(GeoLexicon.load().ordinal_suffixes))
_ORDINAL = rf"\d+(?:{_SUFFIXES})\b"


def _corner_patterns(lexicon: GeoLexicon) -> tuple[re.Pattern[str], ...]:
    """What stands around a street of a street corner: "48th and Hampton", "Hampton and
    48th", "Fillmore and Turk streets" (before it, after it, and the street word after it)."""
    joiners = "|".join(sorted(map(re.escape, lexicon.corner_joiners)))
    streets = "|".join(sorted(map(re.escape, lexicon.street_words), key=len, reverse=True))
    street = rf"(?i:{streets})\b"
    return (
        re.compile(rf"(?:(?P<ordinal>{_ORDINAL})|{_WORD})\s+(?:{joiners})\s+$"),
        re.compile(rf"\s+(?:{joiners})\s+(?:{_ORDINAL}|{_WORD}\s+{street})"),
        re.compile(rf"\s+{street}"),
    )


class PlaceResolver:
    """Recognise and resolve toponyms. One instance per process; pass the gazetteer in."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        is_actor_name=None,
        demonym_country=None,
        outlets: Outlets | None = None,
        lexicon: GeoLexicon | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon or GeoLexicon.load()
        self.inside_km = self.lexicon.weight("inside_city_km")
        self._capitals: dict[str, int | None] = {}
        self._corner_patterns = _corner_patterns(self.lexicon)
        kinds = "|".join(sorted(self.lexicon.local_area_words | self.lexicon.kind_nouns))
        self._bracket = re.compile(rf"(?: (?:{kinds}))? \((?=[A-Z])")
        self.is_actor_name = is_actor_name or (lambda text: False)
        self.demonym_country = demonym_country or (lambda text: None)
        self.outlets = outlets or Outlets.load()
        self.candidates = CandidateFinder(gazetteer, self.lexicon, self.demonym_country)
        self.finder = ToponymFinder(
            gazetteer, self.is_actor_name, self.demonym_country, self.outlets, self.lexicon
        )

    def toponyms(self, doc: Doc) -> list[tuple[Span, str]]:
        """Place mentions with how they are made: ``name``, ``demonym`` or ``embedded``."""
        return self.finder(doc)

    def resolve_spans(
        self, text: str, spans: list[tuple[int, int]], title: str | None = None
    ) -> list[Place]:
        """Resolve given character spans of ``text`` (the Mordecai-style evaluation setting)."""
        mentions = [self.mention(text, start, end, title) for start, end in spans]
        return self.disambiguate(mentions, text)

    def resolve(
        self, doc: Doc, spans: list[tuple[Span, str]], title: str | None = None
    ) -> list[Place]:
        text = doc_text(doc)  # spaCy joins the tokens anew on each .text
        mentions = [
            _set_aside(self.mention(text, s.start_char, s.end_char, title), s, kind)
            for s, kind in spans
        ]
        places = self.disambiguate(mentions, text)
        return [
            p if kind == "name" else p.model_copy(update={"mention": kind})
            for p, (_, kind) in zip(places, spans)
        ]

    def with_capitals(self, doc: Doc, places: list[Place]) -> list[Place]:
        """``places`` and the capitals that phrases name ("the Malian capital": Bamako, on
        the word "capital"; :mod:`crisislens.geo.capitals`), in text order. An event coder's
        step: a geoparser scored on toponyms does not count these phrases."""
        found = capital_places(doc, places, self.gazetteer)
        return sorted([*places, *found], key=lambda p: p.start) if found else places

    def capital_ids(self, places: list[Place]) -> frozenset[int]:
        """The GeoNames ids of the capitals of the countries ``places`` lie in (a dateline
        in one may be a bureau's: :func:`crisislens.events.focus.article_focus`)."""
        countries = {p.country for p in places if p.country}
        capitals = (self._capital(country) for country in sorted(countries))
        return frozenset(gid for gid in capitals if gid is not None)

    def _capital(self, country: str) -> int | None:
        if country not in self._capitals:
            city = self.gazetteer.capital(country)
            self._capitals[country] = city.geonameid if city is not None else None
        return self._capitals[country]

    def mention(self, text: str, start: int, end: int, title: str | None = None) -> ToponymMention:
        """A name in its text: its candidates, the place named after its comma ("Paris,
        Texas") or after "in" ("Republic Square in Almaty"), and whether the text calls it a
        province or a district ("Idlib province")."""
        surface = text[start:end]
        candidates = [] if self._corner(text, start, end) else self.candidates(surface)
        container = self._abbreviated(
            _name_after(text, end, (", ", *self._brackets(text, end)), self.lexicon.directions),
            text,
            end + 2,
        )
        area = _AREA_OF.match(text, end)
        inside = _name_after(text, end, (" in ", ", in ", *([area.group()] if area else [])))
        apposed = _APPOSED_INSIDE.match(text, end)  # "Gulistan, a town in Qila Abdullah"
        container_cands = self.gazetteer.lookup(container)[:5] if container else []
        country = next((c for c in container_cands[:1] if c.feature == "country"), None)
        return ToponymMention(
            start,
            end,
            surface,
            candidates,
            container=container,
            container_country=country.country if country else None,
            inside=inside,
            described_in=_name_after(text, end, (apposed.group(),)) if apposed else None,
            says_unit=self._says_unit(
                surface, text[end : end + 28], text[max(0, start - 40) : start]
            ),
            demonym=self.demonym_country(surface),
            aside=_last_word(text[max(0, start - 24) : start]) in self.lexicon.neighbour_words,
            local_area=_first_word(text[end : end + 16]) in self.lexicon.local_area_words,
            neighbourhood=_first_word(text[end : end + 16]) in self.lexicon.neighbourhood_words,
            in_title=title is not None and start < len(title) + 2,
            container_candidates=container_cands,
        )

    def _brackets(self, text: str, end: int) -> tuple[str, ...]:
        """The bracket an event coder opens after a name (past a kind word, "Kalibo village
        (Barani, ...)") for the units that hold it: a joiner to its container, as a comma is."""
        match = self._bracket.match(text, end)
        return (match.group(),) if match else ()

    def _abbreviated(self, name: str | None, text: str, start: int) -> str | None:
        """A name after a comma with the dot the text gives it, where the gazetteer knows it so
        as a province or a country: "Wash." is Washington state, "Wash" a Slovenian village
        ("CAMP MURRAY, Wash."); a name that merely ends a sentence ("in Austin, Texas.") has
        no dotted entry and stays as it is."""
        if not name or not text.startswith(name + ".", start):
            return name
        dotted = self.gazetteer.lookup(name + ".")[:1]
        return name + "." if dotted and dotted[0].feature in ("admin1", "country") else name

    def _corner(self, text: str, start: int, end: int) -> bool:
        """Whether the name is one street of a street corner ("near 48th and Hampton", "at
        Fillmore and Turk streets"): a street, whatever town bears its name."""
        before_pattern, pair_after, street_after = self._corner_patterns
        before = before_pattern.search(text, max(0, start - 24), start)
        if pair_after.match(text, end):
            return True
        return before is not None and bool(before.group("ordinal") or street_after.match(text, end))

    def _says_unit(self, surface: str, after: str, before: str = "") -> str | None:
        """ "admin1" if the name, the word after it or a "the ... of" before it is a
        first-level word ("Almaty Oblast", "Idlib province", "the state of Washington"),
        "admin2" for a second-level one ("Karo district"); "country" for the neighbour a
        border is named with ("its border with Niger")."""
        lead = before.lower().split()[-2:]
        if (
            len(lead) == 2
            and lead[0] in self.lexicon.border_nouns
            and lead[1] in self.lexicon.neighbour_preps
        ):
            return "country"  # "Ruvania's border with Niger": the neighbour state, not a province
        words = [surface.split()[-1] if " " in surface else ""]
        if self._country_of_its_unit(surface, after):
            return "country"
        following = after.lower().split()
        words += [" ".join(following[:size]) for size in (3, 2, 1)]  # "local government area"
        # the name's own unit word first ("... of Kaduna North local government area"), then
        # the district it holds ("the Sangin district of Helmand"), then a "the ... of" kind
        of = KIND_OF.search(before)
        kind = self._unit_level_of(words) or self._container_of_a_named_unit(before)
        return kind or self._unit_level_of([of.group(1)] if of else [])

    def _unit_level_of(self, words: list[str]) -> str | None:
        """The level of the first unit word among ``words`` ("province" -> "admin1")."""
        for word in words:
            word = word.strip(",.;:()'\"").lower()
            if word in self.lexicon.unit_words:
                return self.candidates.unit_level(word)
        return None

    def _container_of_a_named_unit(self, before: str) -> str | None:
        """ "the Sangin district of Helmand", "the Jibia local government area of Katsina":
        the name after a named district's "of" is the province holding it (a town of that
        name is not), so "admin1". A named province's "of" is left to the country rules, and
        an unnamed kind ("the district of Helmand") says the name's own level.

        >>> resolver._container_of_a_named_unit("raided a farm in the Ruvo district of ")  # doctest: +SKIP
        'admin1'
        """
        words = before.split()
        if len(words) < 3 or words[-1].lower() != "of":
            return None
        words = words[:-1]
        for size in (3, 2, 1):
            kind = " ".join(words[-size:]).lower()
            if len(words) > size and kind in self.lexicon.second_level_words:
                return "admin1" if words[-size - 1][:1].isupper() else None
        return None

    def _country_of_its_unit(self, surface: str, after: str) -> bool:
        """A country's name before the kind of one of its units and that unit's name: "the
        central Mexico state of Guanajuato" names Mexico the country, not the Mexican state
        that bears its name; the unit is the name after "of". A name that is no country keeps
        its unit ("Kaduna State of Nigeria" is Kaduna state)."""
        words = after.split()[:3]
        if len(words) < 3 or words[1] != "of" or not words[2][:1].isupper():
            return False
        if words[0].lower() not in self.lexicon.unit_words:
            return False
        return self.gazetteer.country_by_name(surface) is not None

    def disambiguate(self, mentions: list[ToponymMention], text: str = "") -> list[Place]:
        mark_containers(mentions, text)
        lone = outside_lists(mentions, text)
        listed_without_containers(mentions, lone)
        article = CountryContext.build(mentions, self.lexicon, text)
        first = [self._best(m, article.without_name(m), [])[0] for m in mentions]
        anchors = [c for c in first if c is not None and c.feature in SPECIFIC]
        # the first reading of each name, to check a name against the place the text puts it in
        read = {m.text: c for m, c in zip(mentions, first) if c is not None}
        units = comma_units(mentions, first, text)
        places: list[Place | None] = []  # None for a name no gazetteer holds, placed last
        settled: dict[int, Candidate] = {}  # the final reading of each plainly read name
        for m, top in zip(mentions, first):
            context = article.without_name(m)
            if not m.candidates:
                places.append(None)
                continue
            others = [a for a in anchors if a is not top]
            best, margin = self._best(m, context, others)
            holder = read.get(m.inside) if m.inside else None
            unit = units.get(m.start)
            described = read.get(m.described_in) if m.described_in else None
            if holder is not None and _outside(best, holder, self.inside_km):
                places.append(self._within(m, context, others, holder))
            elif described is not None and best is not None and best.country != described.country:
                # "Gulistan, a town in Qila Abdullah district": not the Gulistan of Uzbekistan
                places.append(self._within(m, context, others, described, same_country=True))
            elif unit is not None and best is not None and best.country != unit.country:
                places.append(self._within(m, context, others, unit, same_country=True))
            elif unit is not None and m.start in lone and _outside(best, unit, self.inside_km):
                # "Dayton, Ohio" read as a Dayton of another state: its namesake in Ohio, else
                # a town the gazetteer lacks, placed in Ohio
                places.append(self._within(m, context, others, unit))
            elif (town := _own_town(m, anchors, context)) is not None and _outside(
                best, town, self.inside_km
            ):
                # "the Elm Park neighborhood" of a Chicago story: not Elm Park, New York
                places.append(self._within(m, context, others, town))
            elif (province := self._lone_province(best, m, others)) is not None:
                # "Nyaung Kone" of a report on Sagaing Region: not a hamlet of that name in
                # another province, but one the gazetteer lacks, in Sagaing
                places.append(self._within(m, context, others, province))
            elif _stranded(best, m, article.without_name(m), self.lexicon) or _direction_abroad(
                best, m, context, self.lexicon
            ):
                where = self._fallback_place(m, context, anchors)
                places.append(self._fallback(m, where))
                if where is not None:  # what the text puts inside it goes there too
                    settled[len(places) - 1] = where
            else:
                places.append(_to_place(m, best, 1.0 / (1.0 + math.exp(-margin))))
                if best is not None:
                    settled[len(places) - 1] = best
        self._read_with_their_list(mentions, places, settled, text, article, anchors)
        return self._placed_unknowns(mentions, places, settled, article, anchors)

    def _read_with_their_list(
        self,
        mentions: list[ToponymMention],
        places: list[Place | None],
        settled: dict[int, Candidate],
        text: str,
        article: CountryContext,
        anchors: list[Candidate],
    ) -> None:
        """Names read in another country than the rest of their list, read again among their
        namesakes in the list's country (:func:`read_apart_from_their_list`), in place."""
        for i, mates in read_apart_from_their_list(mentions, settled, text, self.lexicon):
            m = mentions[i]
            inner = [c for c in m.candidates if c.country == mates]
            best, margin = self._best(
                replace(m, candidates=inner), article.without_name(m), anchors
            )
            if best is not None:
                places[i] = _to_place(m, best, 1.0 / (1.0 + math.exp(-margin)))
                settled[i] = best

    def _lone_province(
        self, best: Candidate | None, m: ToponymMention, anchors: list[Candidate]
    ) -> Candidate | None:
        """The one province of its country the article names, for a village read in another
        province that nothing else of the article lies in: a village's name is borne by many
        hamlets, and the report is about the province it names. None for a town of
        ``far_village_population`` or more, a name the text puts somewhere, or a report that
        names two provinces of that country.

        >>> resolver.resolve_spans(text, spans)[0].name  # doctest: +SKIP
        'Nyaung Kone'
        """
        if (
            best is None
            or best.feature != "city"
            or best.capital
            or best.population >= self.lexicon.weight("far_village_population")
            or _put_in(m)
        ):
            return None
        provinces = {
            a.place_id: a for a in anchors if a.feature == "admin1" and a.country == best.country
        }
        if len(provinces) != 1 or best.admin1_id in provinces:
            return None
        if any(best.admin1_id in (a.place_id, a.admin1_id) for a in anchors):
            return None
        return next(iter(provinces.values()))

    def _placed_unknowns(
        self,
        mentions: list[ToponymMention],
        places: list[Place | None],
        settled: dict[int, Candidate],
        article: CountryContext,
        anchors: list[Candidate],
    ) -> list[Place]:
        """Names no gazetteer holds, placed by the final readings of the others: a first
        reading may take "York" for the Canadian district where the article settles on York,
        Pennsylvania, and "West King Street, York" belongs to the town the text means. A name
        the final readings do not place is placed as :meth:`_unknown` places it.

        >>> resolver.resolve_spans(text, spans)[1].country  # doctest: +SKIP
        'USA'
        """
        final = [c for c in settled.values() if c.feature in SPECIFIC]
        by_name: dict[str, Candidate] = {}
        for i, c in settled.items():
            by_name.setdefault(mentions[i].text, c)
        out: list[Place] = []
        for m, place in zip(mentions, places):
            if place is None:
                place = self._placed_by_final(m, by_name, final, article)
            out.append(place if place is not None else self._unknown(m, article, anchors))
        return out

    def _placed_by_final(
        self,
        m: ToponymMention,
        by_name: dict[str, Candidate],
        final: list[Candidate],
        article: CountryContext,
    ) -> Place | None:
        """An unknown name in the final reading of the place that holds it, else of the
        article's focus; None where no name is finally read or the text puts it in a place it
        names but does not tag ("Tulsa, Okla.")."""
        if not final:
            return None
        holder = (
            by_name.get(m.container or "")
            or by_name.get(m.inside or "")
            or by_name.get(m.described_in or "")
        )
        if holder is not None and not _abroad(holder, article):
            confidence = self.lexicon.weight("contained_confidence")
        elif self._container_place(m, article) is not None:
            return None
        else:
            holder = _focus(final, article)
            confidence = self.lexicon.weight("focus_confidence")
        if holder is None:
            return None
        place = _to_place(m, holder, confidence)
        return place.model_copy(update=_UNKNOWN | {"name": m.text})

    def _within(
        self,
        m: ToponymMention,
        context: CountryContext,
        anchors: list[Candidate],
        holder: Candidate,
        same_country: bool = False,
    ) -> Place:
        """A name the text puts inside a place its best reading lies outside ("35th and Center
        in Milwaukee" is no Center, Texas): its best namesake inside that place (``same_country``:
        in its country), else a street, square or village the gazetteer lacks, placed at the
        holder with the contained confidence."""
        inner = [
            c
            for c in m.candidates
            if (
                c.country == holder.country if same_country else _lies_in(c, holder, self.inside_km)
            )
        ]
        if inner:
            best, margin = self._best(replace(m, candidates=inner), context, anchors)
            return _to_place(m, best, 1.0 / (1.0 + math.exp(-margin)))
        place = _to_place(m, holder, self.lexicon.weight("contained_confidence"))
        return place.model_copy(update=_UNKNOWN | {"name": m.text})

    def _best(
        self, m: ToponymMention, context: CountryContext, anchors: list[Candidate]
    ) -> tuple[Candidate | None, float]:
        """The best candidate and its margin over the next."""
        if not m.candidates:
            return None, 0.0
        scored = sorted(
            (
                (score(c, m, context, self.lexicon) + coherence(c, anchors, self.lexicon), c)
                for c in m.candidates
            ),
            key=lambda pair: -pair[0],
        )
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 4.0
        return scored[0][1], margin

    def _unknown(
        self, m: ToponymMention, context: CountryContext, anchors: list[Candidate]
    ) -> Place:
        """A name no gazetteer holds (a square, a street, a village) lies in the place the text
        puts it in ("Turtle Rock, Irvine", "Republic Square in Almaty"), else in the article's
        main place, with a low confidence rather than nothing."""
        where = self._container_place(m, context)
        confidence = self.lexicon.weight("contained_confidence")
        if where is None:
            where = _focus(anchors, context, strict=True) or self._country_place(context)
            confidence = self.lexicon.weight("focus_confidence")
        if where is None:
            return _to_place(m, None, 0.0)
        return _to_place(m, where, confidence).model_copy(update=_UNKNOWN | {"name": m.text})

    def _fallback_place(
        self, m: ToponymMention, context: CountryContext, anchors: list[Candidate]
    ) -> Candidate | None:
        """Where a name whose only namesakes lie abroad is placed: the place it is put in, the
        main place of the article's country, or the country."""
        own = {c.place_id for c in m.candidates}
        return (
            self._container_place(m, context)
            or _focus([a for a in anchors if a.place_id not in own], context, strict=True)
            or self._country_place(context)
        )

    def _fallback(self, m: ToponymMention, where: Candidate | None) -> Place:
        """A name whose only namesakes lie abroad: the article's own place
        (:meth:`_fallback_place`) at low confidence, never the namesake abroad."""
        if where is None:
            return _to_place(m, None, 0.0)
        place = _to_place(m, where, self.lexicon.weight("fallback_confidence"))
        return place.model_copy(update=_UNKNOWN | {"name": m.text})

    def _container_place(self, m: ToponymMention, context: CountryContext) -> Candidate | None:
        """The place named after the comma, after "in" or after a description ("a village in
        Yarang district"), if the gazetteer knows it, by its name or without its kind word
        ("Makeen, South Waziristan District"); one in the article's countries first."""
        for name in (m.container, m.inside, m.described_in):
            cands = (
                [c for c in self.candidates(name)[:5] if c.feature in (*SPECIFIC, "country")]
                if name
                else []
            )
            cands.sort(key=lambda c: (not context.points_to(c.country), -c.prior))
            if cands and not _abroad(cands[0], context):
                return cands[0]
        return None

    def _country_place(self, context: CountryContext) -> Candidate | None:
        return self.gazetteer.country(context.main) if context.main else None


def _put_in(m: ToponymMention) -> bool:
    """Whether the text puts the name in another place: after its comma, after "in", or in a
    description ("a village in Yarang district")."""
    return bool(m.container or m.inside or m.described_in)


def _set_aside(m: ToponymMention, span: Span, kind: str = "name") -> ToponymMention:
    # "Iran-backed rebels": a backer's name, weak evidence of where the story is
    aside = kind == "modifier" or acts_as_subject(span) or qualifies_a_force(span)
    return replace(m, aside=True) if aside else m


def _last_word(text: str) -> str:
    words = text.lower().split()
    return words[-1] if words else ""


def _first_word(text: str) -> str:
    words = text.lower().split()
    return words[0].strip(",.;:()'\"") if words else ""


def acts_as_subject(span: Span) -> bool:
    """The name is the active subject of a verb: a state or its capital acting ("Oldmark
    warned ...", "Velmora sent troops"), not a place where something happens ("Velmora is
    calm", "Velmora was shelled" stay places)."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB"


def qualifies_a_force(span: Span) -> bool:
    """A nationality word that qualifies the force or the fire that acts ("Velmoran shelling
    of Dask", "Velmoran troops killed two men"): it names the party, not the place, and its
    country counts as a party's, set aside (geo.yaml ``force_nouns``).

    >>> qualifies_a_force(nlp("Velmoran shelling killed two men.")[0:1])  # doctest: +SKIP
    True
    """
    root = span.root
    return root.dep_ in ("amod", "compound") and lemma(root.head) in GeoLexicon.load().force_nouns


def _abroad(container: Candidate, context: CountryContext) -> bool:
    """A container read in a country the article gives no evidence for, where it gives some:
    "the village of Upper Dado in Alameda town" of a report on the Philippines is no village
    of Alameda County, California; the unknown village lies in the article's country.

    >>> _abroad(alameda_county, philippines_context)  # doctest: +SKIP
    True
    """
    return (
        bool(context)
        and container.feature != "country"
        and not context.points_to(container.country)
    )


def _outside(best: Candidate | None, holder: Candidate, radius_km: float) -> bool:
    """A town, district or province read outside the place the text puts it in. (A country
    before "in" is no place in it: "the Embassy of France in Kabul".)"""
    if best is None or best.feature not in (*SPECIFIC, "landmark"):
        return False
    return not _lies_in(best, holder, radius_km)


def _lies_in(c: Candidate, holder: Candidate, radius_km: float) -> bool:
    """Whether a place lies in a settlement (within its radius), a province or a country."""
    if c.place_id == holder.place_id:
        return True
    if holder.feature not in SPECIFIC:
        return holder.country is None or c.country == holder.country
    if holder.feature == "city":
        return haversine_km(c.lat, c.lon, holder.lat, holder.lon) <= radius_km
    return holder.place_id in (c.admin1_id, c.admin2_id)


def _own_town(
    m: ToponymMention, anchors: list[Candidate], context: CountryContext
) -> Candidate | None:
    """The article's own town (:func:`_focus`, the name itself left out) for a name the text
    makes a part of a town ("the Elm Park neighborhood", "the Dale section"): a reading of the
    name outside that town is a namesake, not it. Only the mention so marked: another mention
    of the name may be another place (GVDB half B fell when every mention of it was moved)."""
    if not m.neighbourhood:
        return None
    own = {c.place_id for c in m.candidates}
    town = _focus([a for a in anchors if a.place_id not in own], context, strict=True)
    return town if town is not None and town.feature == "city" else None


def _stranded(
    best: Candidate | None, m: ToponymMention, context: CountryContext, lexicon: GeoLexicon
) -> bool:
    """The best candidate is a town in a country the article never points to, though it
    points somewhere: a namesake abroad, where the gazetteer lacks the right place. A big
    city abroad is kept ("talks in Geneva"), unless the text makes it a local area ("the
    Basra area near the town") or a district or province ("Palma district" of a report on
    Mozambique is not the Spanish city) or puts it in another country ("Boni, central Mali"
    is not Bonn), or names it by a name unlike its own
    (:func:`_unlike`: a village of Waziristan spelled as one of Macau's other names is no
    reading of Macau)."""
    said_unit = m.says_unit in ("admin1", "admin2")
    return (
        best is not None
        and context.solid(lexicon)
        and best.feature in ("city", "admin2")
        and (
            m.local_area
            or (said_unit and best.feature == "city")
            or (m.container_country is not None and best.country != m.container_country)
            or not well_known(best, lexicon)
            or _unlike(best, m)
        )
        and not context.points_to(best.country)
        and not m.names_country
    )


def _direction_abroad(
    best: Candidate | None, m: ToponymMention, context: CountryContext, lexicon: GeoLexicon
) -> bool:
    """A compass word standing alone ("violence rocks the South") read as a province of a
    country the article never points to, where it points anywhere (Cameroon's South region in
    a report on Thailand): the article's own south, which no gazetteer entry names.

    >>> _direction_abroad(cameroon_south, ToponymMention(0, 5, "South", []), thailand,
    ...                   GeoLexicon.load())  # doctest: +SKIP
    True
    """
    return (
        best is not None
        and m.folded in lexicon.compass_words
        and bool(context)
        and not context.points_to(best.country)
    )


def _unlike(best: Candidate, m: ToponymMention, shared: int = 3) -> bool:
    """Whether the text names a place by a name that does not begin as the place's own does:
    one of its other names in another language or script ("Makeen" for Macau), not an
    English or older form of its own ("Seville" for Sevilla, "Antwerp" for Antwerpen).

    >>> _unlike(Candidate(1, 1, "Sevilla", "ESP", None, None, 37.4, -6.0, 0, "city"),
    ...         ToponymMention(0, 7, "Seville", []))
    False
    """
    return fold_place_name(best.name)[:shared] != m.folded[:shared]


def _focus(
    anchors: list[Candidate], context: CountryContext, strict: bool = False
) -> Candidate | None:
    """The most-named specific place of the article in its main country (a city counts
    twice); failing that, unless ``strict``, in any country."""
    if context.main:
        at_home = [a for a in anchors if a.country == context.main]
        anchors = at_home if at_home or strict else anchors
    if not anchors:
        return None
    counts: Counter[int] = Counter()
    for a in anchors:
        counts[a.place_id] += 2 if a.feature == "city" else 1
    best = counts.most_common(1)[0][0]
    return next(a for a in anchors if a.place_id == best)


def _to_place(mention: ToponymMention, cand: Candidate | None, confidence: float) -> Place:
    if cand is None:
        return Place(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            name=mention.text,
            feature="unknown",
            confidence=0.0,
        )
    return Place(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        name=cand.name,
        geonameid=cand.geonameid,
        country=cand.country,
        admin1=cand.admin1,
        admin1_geonameid=_geonameid(cand.admin1_id),
        admin2_geonameid=_geonameid(cand.admin2_id),
        lat=round(cand.lat, 5),
        lon=round(cand.lon, 5),
        feature=cand.feature,
        confidence=round(confidence, 3),
    )


def _geonameid(place_id: int | None) -> int | None:
    """A unit's place id is its GeoNames id where it has one (negative ids are our own)."""
    return place_id if place_id is not None and place_id > 0 else None


def _name_after(
    text: str, end: int, joiners: tuple[str, ...], directions: frozenset[str] = frozenset()
) -> str | None:
    """The capitalised name after "X, " or "X in " ("Alexandria, Louisiana"), past one of
    ``directions`` between them ("Boni, central Mali")."""
    for joiner in joiners:
        if text.startswith(joiner, end):
            start = end + len(joiner)
            word = text[start : start + 16].split(" ", 1)[0]  # the longest direction word
            if word in directions:
                start += len(word) + 1
            match = _NAME_AFTER.match(text, start)
            if match:
                name = match.group()
                # "Texas." ends a sentence; "D.C." keeps its dots
                return name[:-1] if name.endswith(".") and "." not in name[:-1] else name
    return None
