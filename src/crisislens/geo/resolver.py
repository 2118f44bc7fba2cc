"""Toponyms -> Places: find place names in a Doc and pick the gazetteer entry each one means.

Disambiguation weighs, for every candidate entry: its prior (population, kind of place, capital),
the countries the article names (context), the headline, an explicit container ("Paris, Texas"),
and closeness to the article's other places (coherence).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from crisislens.geo.gazetteer import Candidate, Gazetteer, normalize
from crisislens.geo.media import OutletMention, Outlets
from crisislens.schemas import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# labels spaCy often puts on place names ("Almaty" as ORG): checked against the gazetteer
MISLABELS = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
MAX_CANDIDATES = 40
# "in Dewsbury", "near Klamath Falls": after these words a name the gazetteer knows is a place,
# whatever label spaCy gave it
LOCATIVE = {"in", "near", "outside", "across", "throughout", "around"}
EMBEDDED_CITY_POPULATION = 500_000  # "The New York Times", "Chicago Tribune"
# a town spaCy calls a person or an organisation ("Nitra", "Salalah") is taken for a place when
# it lies in a country the article names and has at least this many people
CONTEXT_TOWN_POPULATION = 10_000
# where a town's name sits in a sentence, but a person's rarely does: "in Zilina, Nitra and
# Presov" (conj, pobj), "Nelson residents" (compound)
PLACE_LIKE_ROLES = {"conj", "pobj", "compound", "npadvmod"}
# words for a kind of place: "the town of Samarra", "Zamfara state", "the Kharkiv region"
KIND_NOUNS = {
    "town",
    "city",
    "village",
    "province",
    "region",
    "district",
    "county",
    "state",
    "governorate",
    "oblast",
    "prefecture",
    "municipality",
    "suburb",
    "port",
}
STATE_NAMED_STATES = {"New York", "Washington"}  # "New York State" is the state
TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "lady",
    "president",
    "minister",
    "general",
    "judge",
    "senator",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "saint",
    "st",
}
# the last word of a building or street that spaCy took for an organisation or a person
# ("Colchester General Hospital", "Royal Street"): a place, even if no gazetteer has it
FACILITY_WORDS = {
    "hospital",
    "church",
    "cathedral",
    "mosque",
    "temple",
    "street",
    "road",
    "avenue",
    "square",
    "parade",
    "place",
    "airport",
    "stadium",
    "palace",
    "prison",
    "racecourse",
    "library",
    "lagoon",
    "tower",
    "bridge",
    "camp",
    "armory",
    "armoury",
    "campus",
    "centre",
    "center",
}
_KINDS = "|".join(sorted(KIND_NOUNS))
KIND_WORDS = re.compile(rf"^(?:the )?(?:{_KINDS}) of |\s+(?:{_KINDS})$", re.IGNORECASE)
REGION_FEATURES = {"country", "admin1", "admin2", "region"}
DIRECTIONS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}
# words that are also the names of some first-level region ("Centre", "Federal", "North") but,
# standing alone inside an organisation's name or untagged text, are just words
GENERIC_WORDS = DIRECTIONS | {
    "centre",
    "center",
    "federal",
    "national",
    "capital",
    "union",
    "states",
    "republic",
    "metropolitan",
    "coast",
    "island",
    "islands",
}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class ToponymMention:
    start: int  # character offsets
    end: int
    text: str
    candidates: list[Candidate]
    container: str | None = None  # "Texas" in "Paris, Texas"
    container_country: str | None = None  # ISO3 when the container is a country


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
        lat=round(cand.lat, 5),
        lon=round(cand.lon, 5),
        feature=cand.feature,
        confidence=round(confidence, 3),
    )


class PlaceResolver:
    """Recognise and resolve toponyms. One instance per process; pass the gazetteer in."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        is_actor_name=None,
        demonym_country=None,
        outlets: Outlets | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.is_actor_name = is_actor_name or (lambda text: False)
        self.demonym_country = demonym_country or (lambda text: None)
        self.outlets = outlets or Outlets.load()

    def toponyms(self, doc: Doc) -> list[tuple[Span, str]]:
        """Place mentions with how they are made: ``name`` (GPE/LOC/FAC entities, and entities
        spaCy mislabels that the gazetteer knows well), ``demonym`` ("Russian" -> Russia) and
        ``embedded`` (a country or region inside an organisation's name: "Air Zimbabwe")."""
        found: list[tuple[Span, str]] = []
        countries = self._named_countries(doc)
        surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        for ent in self._joined(doc):
            if ent.label_ == "LANGUAGE":
                continue  # "spoke English", "in French": a language, not a place
            span = _hyphenated(_trim(ent))
            text = span.text.strip()
            if not text[:1].isupper() and not (
                ent.label_ in PLACE_LABELS and text.split()[0].lower() in DIRECTIONS
            ):
                continue  # lower case: not a name ("north-west Nigeria" is one)
            if self.demonym_country(text) and not self.gazetteer.country_by_name(text):
                found.append((span, "demonym"))  # "Kazakh" is Kazakhstan, not the town Kazakh
                continue
            if ent.label_ in PLACE_LABELS:
                if self._university_state(span):  # "Mississippi State" (the university)
                    found.append((span[:-1], "embedded"))
                elif not self._person_name(text):
                    found.append((span, "name"))
                continue
            if ent.label_ in MISLABELS and self._named_as_place(span):
                # "the town of Samarra" (tagged NORP or PERSON): the text says it is a place
                top = next(iter(self.gazetteer.lookup(text)), None)
                if top is not None and top.feature in ("city", "admin1", "admin2"):
                    found.append((span, "name"))
                    continue
            if ent.label_ == "NORP":  # "European", "Central American": a region's people
                top = next(iter(self.gazetteer.lookup(text)), None)
                if top is None and " " not in text:
                    top = self._demonym_place(text)  # "Londoners", "Manitobans", "Iowan"
                if top is not None and (
                    top.feature in ("continent", "region", "country", "admin1")
                    or top.feature == "city"
                    and top.population >= 200_000
                ):
                    # "Tunis" tagged NORP is a name; "European" is a demonym
                    same = normalize(top.name) == normalize(text)
                    found.append((span, "name" if same else "demonym"))
                continue
            if ent.label_ not in MISLABELS:
                continue
            if ent.label_ == "PERSON" and span[-1].lower_ in surnames and len(span) == 1:
                continue  # "Flores said" after "Carlos Flores": the person again, not the island
            cands = self.gazetteer.lookup(text)
            top = cands[0] if cands else None
            wide = top is not None and top.feature in (
                "country",
                "continent",
                "region",
                "sea",
                "landmark",
            )
            previous = span.start - 1 - (span.start > 1 and doc[span.start - 1].lower_ == "the")
            after_locative = previous >= 0 and doc[previous].lower_ in LOCATIVE  # "outside the"
            if (
                ent.label_ == "ORG"
                and not after_locative
                and (
                    text.lower() in GENERIC_WORDS
                    or top is not None
                    and top.feature == "landmark"
                    and self.is_actor_name(text)
                )
            ):
                continue  # "the Kremlin denied": a body acting; "Centre": a word
            if (
                top is not None
                and (wide or not self.is_actor_name(text))
                and (
                    wide
                    or top.feature == "admin1"
                    and ent.label_ != "PERSON"
                    or after_locative
                    and top.feature in ("city", "admin1", "admin2")
                    or top.population >= (1_000_000 if ent.label_ == "PERSON" else 200_000)
                )
            ):
                found.append((span, "name"))
            elif (
                ent.label_ in ("ORG", "PERSON")
                and len(span) > 1
                and span[-1].lower_ in FACILITY_WORDS
            ):
                found.append((span, "name"))
            elif ent.label_ in ("ORG", "PERSON") and self._context_town(
                span, cands, countries, surnames
            ):
                found.append((span, "name"))
            elif ent.label_ == "ORG":
                found.extend((inner, "embedded") for inner in self._embedded(span))
        found += self._untagged(doc, found)
        return _outside_outlets(found, self.outlets.find(doc.text))

    @staticmethod
    def _named_as_place(span: Span) -> bool:
        """ "the town of X", "the province of X", "X province": the text calls it a place."""
        doc = span.doc
        before = (
            span.start >= 2
            and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in KIND_NOUNS
        )
        after = (
            span.end < len(doc)
            and doc[span.end].lower_ in KIND_NOUNS
            and doc[span.end].pos_ == "NOUN"
        )
        return before or after

    def _university_state(self, span: Span) -> bool:
        """ "Ohio State", "Mississippi State": in American usage a university named after the
        state, whose place is the state alone (but "New York State" is the state itself)."""
        if len(span) < 2 or span[-1].text != "State" or span[:-1].text in STATE_NAMED_STATES:
            return False
        top = next(iter(self.gazetteer.lookup(span[:-1].text)), None)
        return (
            top is not None
            and top.feature == "admin1"
            and top.country == "USA"
            and normalize(top.name) == normalize(span[:-1].text)
        )

    def _named_countries(self, doc: Doc) -> set[str]:
        """The countries of the countries and first-level regions the text tags as places."""
        out = set()
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                top = next(iter(self.gazetteer.lookup(ent.text)), None)
                if top is not None and top.country and top.feature in ("country", "admin1"):
                    out.add(top.country)
        return out

    def _context_town(
        self, span: Span, cands: list[Candidate], countries: set[str], surnames: set[str]
    ) -> bool:
        """A town mislabelled as a person or organisation ("Nitra", "Salalah") in an article
        about its country, unless the name is a known actor, the surname of a person the text
        names ("Franklin" after "Aretha Franklin") or follows a title ("Mr Lincoln")."""
        text, before = span.text, span.doc[span.start - 1].lower_ if span.start else ""
        if (
            not countries
            or self.is_actor_name(text)
            or span[-1].lower_ in surnames
            or before.rstrip(".") in TITLES
        ):
            return False
        if span.label_ == "ORG" and before == "the":
            return False  # "the Alliance", "the Vista employee": a body, not a town
        if span.label_ == "PERSON" and span.root.dep_ not in PLACE_LIKE_ROLES:
            return False  # "Pskov made his comments", "his father Zachary"
        return any(
            c.country in countries
            and c.feature in ("city", "admin2")
            and c.population >= CONTEXT_TOWN_POPULATION
            and normalize(c.name) == normalize(text)
            for c in cands[:5]
        )

    def _demonym_place(self, word: str) -> Candidate | None:
        """The place a regional demonym is made from: London-ers, Manitoba-ns, Sicil-ian -> y."""
        for suffix, ending in (
            ("ers", ""),
            ("er", ""),
            ("ns", ""),
            ("n", ""),
            ("ians", "y"),
            ("ian", "y"),
        ):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                top = next(iter(self.gazetteer.lookup(word[: -len(suffix)] + ending)), None)
                if top is not None and (
                    top.feature in ("country", "admin1", "region")
                    or top.feature == "city"
                    and top.population >= 500_000
                ):
                    return top
        return None

    def _joined(self, doc: Doc) -> list[Span]:
        """Entities, with two joined where together they are one gazetteer name that spaCy
        split: "Trinidad and Tobago", "Washington, D.C.", "Bosnia and Herzegovina"."""
        ents = list(doc.ents)
        out: list[Span] = []
        i = 0
        while i < len(ents):
            ent = ents[i]
            if (
                i + 1 < len(ents)
                and ents[i + 1].start == ent.end + 1
                and doc[ent.end].text in (",", "and", "&")
            ):
                joined = Span(doc, ent.start, ents[i + 1].end, label=ent.label_)
                top = next(iter(self.gazetteer.lookup(joined.text)), None)
                if top is not None and top.feature in ("country", "admin1", "city"):
                    out.append(joined)
                    i += 2
                    continue
            out.append(ent)
            i += 1
        return out

    def _untagged(self, doc: Doc, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """Well-known places that spaCy's NER missed: capitalised words outside every entity
        and not at a sentence start, whose best gazetteer entry is a country, a first-level
        region or a capital (a town could be a word: "Independence", "Reading"), by its own
        name (an alternate name is how "Car" and "Luck" would become towns), and not a
        direction or a generic word ("West", "Federal")."""
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        taken |= {i for span, _ in found for i in range(span.start, span.end)}
        out = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if (
                i in taken
                or token.is_sent_start
                or not token.is_title
                or token.is_stop
                or token.lower_ in GENERIC_WORDS
            ):
                i += 1
                continue
            for width in (3, 2, 1):
                span = doc[i : i + width]
                if len(span) < width or any(t.i in taken or not t.is_title for t in span):
                    continue
                cands = self.gazetteer.lookup(span.text)
                top = cands[0] if cands else None
                if (
                    top is not None
                    and len(span.text) > 3
                    and normalize(top.name) == normalize(span.text)
                    and not self.is_actor_name(span.text)
                    and (top.feature in ("country", "admin1") or top.capital)
                ):
                    out.append((span, "name"))
                    i += width - 1
                    break
            i += 1
        return out

    def _person_name(self, text: str) -> bool:
        """A known person spaCy took for a place ("Modi")."""
        return self.is_actor_name(text) and not any(
            c.feature in ("country", "admin1", "city", "region", "sea", "continent")
            and c.population >= 100_000
            for c in self.gazetteer.lookup(text)[:3]
        )

    def _embedded(self, span: Span) -> list[Span]:
        """Places named inside an organisation: countries, regions, capitals, big cities and
        nationality words ("The Washington Post", "The New York Times", "The Canadian Press")."""
        out = []
        i = span.start
        while i < span.end:
            token = span.doc[i]
            if not token.text[:1].isupper() or token.is_stop and not token.is_upper:
                i += 1  # "US" is a name, "us" and "The" are not
                continue
            for width in (3, 2, 1):  # the longest name first: "New York" before "York"
                inner = span.doc[i : min(i + width, span.end)]
                if len(inner) < width or not inner[-1].text[:1].isupper():
                    continue
                if self._embedded_place(inner.text):
                    out.append(inner)
                    i += width - 1
                    break
            i += 1
        return out

    def _embedded_place(self, text: str) -> bool:
        if text.lower() in GENERIC_WORDS:
            return False  # "Federal Reserve", "Central Bank": words, not the regions so named
        if self.demonym_country(text):
            return True
        cands = self.gazetteer.lookup(text)
        return bool(cands) and (
            cands[0].feature in ("country", "admin1", "region", "continent")
            or cands[0].capital
            or cands[0].population >= EMBEDDED_CITY_POPULATION
        )

    def resolve_spans(
        self, text: str, spans: list[tuple[int, int]], title: str | None = None
    ) -> list[Place]:
        """Resolve given character spans of ``text`` (the Mordecai-style evaluation setting)."""
        mentions = [self._mention(text, start, end) for start, end in spans]
        return self._disambiguate(mentions, title)

    def _mention(self, text: str, start: int, end: int) -> ToponymMention:
        surface = text[start:end]
        container = _container(text, end)
        country = self.gazetteer.country_by_name(container) if container else None
        return ToponymMention(
            start,
            end,
            surface,
            self._candidates(surface),
            container,
            country.country if country else None,
        )

    def resolve(
        self, doc: Doc, spans: list[tuple[Span, str]], title: str | None = None
    ) -> list[Place]:
        mentions = [self._mention(doc.text, s.start_char, s.end_char) for s, _ in spans]
        places = self._disambiguate(mentions, title)
        return [
            p if kind == "name" else p.model_copy(update={"mention": kind})
            for p, (_, kind) in zip(places, spans)
        ]

    def _candidates(self, surface: str) -> list[Candidate]:
        cands = self.gazetteer.lookup(surface)
        if not cands and surface.lower().startswith("the "):
            cands = self.gazetteer.lookup(surface[4:])
        if not cands:  # "Zamfara state", "the city of Homs": the name without its kind
            bare = KIND_WORDS.sub("", surface).strip()
            if bare and bare != surface:
                cands = self.gazetteer.lookup(bare)
        if not cands and " " not in surface:  # "Londoners": London
            stem = self._demonym_place(surface)
            cands = [stem] if stem is not None else []
        demonym = self.demonym_country(surface)
        if demonym:  # "German", "Canadian": the country, not San Germán or Canadian County
            country = self.gazetteer.country(demonym)
            if country is not None:
                return [replace(country, population=country.population * 10), *cands[:5]]
        first, _, rest = surface.partition(" ")
        named = any(
            normalize(c.name) == normalize(surface)
            and (c.feature in REGION_FEATURES or c.population >= 100_000)
            for c in cands[:3]
        )
        if first.lower() in DIRECTIONS and rest and not named:
            # "South Lebanon", "northern Mali": part of a country or region, not a namesake town
            # (but "West Virginia", "Northern Ireland" and "East Jerusalem" are places of their own)
            whole = [
                c
                for c in self.gazetteer.lookup(rest)[:3]
                if c.feature in ("country", "admin1", "region")
            ]
            cands = cands + [
                replace(c, feature="region", population=c.population // 4) for c in whole[:1]
            ]
            cands.sort(key=lambda c: -c.prior)
        return cands[:MAX_CANDIDATES]

    def _disambiguate(self, mentions: list[ToponymMention], title: str | None) -> list[Place]:
        # countries the article names outright weigh on every other place
        named_countries: Counter[str] = Counter()
        for m in mentions:
            if m.candidates and m.candidates[0].feature == "country" and m.candidates[0].country:
                named_countries[m.candidates[0].country] += 1
        title_countries = set()
        if title:
            for m in mentions:
                if m.start < len(title) + 2 and m.candidates and m.candidates[0].country:
                    title_countries.add(m.candidates[0].country)
        first: list[Candidate | None] = []
        for m in mentions:
            scored = [
                (self._score(c, m, named_countries, title_countries), c) for c in m.candidates
            ]
            first.append(max(scored, key=lambda x: x[0])[1] if scored else None)

        anchors = [c for c in first if c is not None and c.feature in ("city", "admin1", "admin2")]
        focus = _focus(anchors)
        places = []
        for m, top in zip(mentions, first):
            if not m.candidates:
                # an unknown name (a street, a building) lies in the place the text puts it in
                # ("Turtle Rock, Irvine"), else, most likely, in the article's focus: say so with
                # a low confidence rather than nothing or a country centroid
                inside = self._container_place(m)
                where, confidence = (inside, 0.3) if inside is not None else (focus, 0.15)
                places.append(
                    _to_place(m, where, confidence)
                    if where is not None
                    else _to_place(m, None, 0.0)
                )
                if where is not None:
                    places[-1] = places[-1].model_copy(
                        update={"name": m.text, "feature": "unknown", "geonameid": None}
                    )
                continue
            scored = sorted(
                (
                    (
                        self._score(c, m, named_countries, title_countries)
                        + _coherence(c, [a for a in anchors if a is not top]),
                        c,
                    )
                    for c in m.candidates
                ),
                key=lambda x: -x[0],
            )
            best_score, best = scored[0]
            margin = best_score - scored[1][0] if len(scored) > 1 else 4.0
            places.append(_to_place(m, best, 1.0 / (1.0 + math.exp(-margin))))
        return places

    def _container_place(self, m: ToponymMention) -> Candidate | None:
        """The place named after the comma ("Turtle Rock, Irvine"), if the gazetteer knows it."""
        if not m.container:
            return None
        return next(
            (
                c
                for c in self.gazetteer.lookup(m.container)[:3]
                if c.feature in ("city", "admin2", "admin1")
            ),
            None,
        )

    @staticmethod
    def _score(
        c: Candidate, m: ToponymMention, named: Counter[str], title_countries: set[str]
    ) -> float:
        score = c.prior
        # a name that is a country's own name ("Mexico") gives no context to its namesake towns,
        # but does to a namesake state ("Georgia" in an article about the United States)
        names_country = c.feature != "admin1" and any(
            x.feature == "country" and normalize(x.name) == normalize(m.text)
            for x in m.candidates[:3]
        )
        if (
            c.feature != "country"
            and c.country is not None
            and c.country in named
            and not names_country
        ):
            score += 2.0 + 0.3 * min(named[c.country], 5)
        if c.country in title_countries and c.feature != "country" and not names_country:
            score += 1.0
        if m.container:
            folded = normalize(m.container)
            if folded and c.admin1 and normalize(c.admin1).startswith(folded):
                score += 6.0
            elif m.container_country and c.country == m.container_country:
                score += 4.0
        if normalize(c.name) == normalize(m.text):
            score += 0.5  # the primary name beats an alternate name
        return score


def _coherence(c: Candidate, anchors: list[Candidate]) -> float:
    if not anchors or c.feature in ("country", "continent", "region", "sea"):
        return 0.0
    nearest = min(haversine_km(c.lat, c.lon, a.lat, a.lon) for a in anchors)
    same_region = c.admin1 is not None and any(
        a.admin1 == c.admin1 and a.country == c.country for a in anchors
    )
    return (1.5 if nearest < 200 else 0.8 if nearest < 800 else 0.0) + (0.8 if same_region else 0)


def _focus(anchors: list[Candidate]) -> Candidate | None:
    """The most-named specific place of the article (a city before a region)."""
    if not anchors:
        return None
    counts: dict[int, int] = {}
    for a in anchors:
        counts[a.place_id] = counts.get(a.place_id, 0) + (2 if a.feature == "city" else 1)
    best = max(counts, key=lambda place_id: counts[place_id])
    return next(a for a in anchors if a.place_id == best)


def _hyphenated(span: Span) -> Span:
    """ "Gilgit-Baltistan" when spaCy's entity stops at "Gilgit"."""
    doc = span.doc
    while (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and not span[-1].whitespace_
        and not doc[span.end].whitespace_
        and doc[span.end + 1].text[:1].isupper()
    ):
        span = doc[span.start : span.end + 2]
    return span


def _trim(ent: Span) -> Span:
    while len(ent) > 1 and (ent[0].lower_ in ("the", "anti", "pro") or ent[0].is_punct):
        ent = ent[1:]  # "anti-Russian" names Russia too
    while len(ent) > 1 and (ent[-1].is_punct or ent[-1].lower_ in ("'s", "\u2019s")):
        ent = ent[:-1]
    return ent


def _container(text: str, end: int) -> str | None:
    """The name after "X, " as in "Alexandria, Louisiana" (up to the next punctuation)."""
    if text[end : end + 2] != ", ":
        return None
    rest = text[end + 2 : end + 40]
    words = []
    for word in rest.split():
        clean = word.strip(",.;:()\"'")
        if not clean[:1].isupper():
            break
        words.append(clean)
        if clean != word:
            break
    return " ".join(words) or None


def _outside_outlets(
    found: list[tuple[Span, str]], outlets: list[OutletMention]
) -> list[tuple[Span, str]]:
    """Toponyms that are not part of a news outlet's name ("New York" in "The New York Times",
    "Khabar 24"): an outlet is where a report comes from, not where anything happened."""
    return [
        (span, kind)
        for span, kind in found
        if not any(o.start < span.end_char and span.start_char < o.end for o in outlets)
    ]
