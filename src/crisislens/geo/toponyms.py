"""Doc -> toponym spans: which names in a text are places, and how the text names them.

Every entity spaCy finds goes through ``ENTITY_RULES`` (:mod:`crisislens.geo.entity_rules`)
in order; the first rule that decides (returns a list, maybe empty) wins. A rule is
``(finder, ent, span, facts) -> list | None``.
Then names spaCy missed are added, multi-word country names are made whole ("Burkina Faso",
never "Burkina" and "Faso"), and names inside a news outlet's name are dropped.

How a name is made: ``name`` (a place name), ``demonym`` ("Russian" -> Russia), ``embedded``
(a country or region inside an organisation's name: "Air Zimbabwe") or ``modifier`` (a party's
backer, base or maker: "Iran-backed rebels").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from crisislens.geo.entity_rules import ENTITY_RULES, after_locative, attacked, named_as_place
from crisislens.geo.gazetteer import Candidate, Gazetteer
from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.media import Outlets
from crisislens.geo.span_edits import (
    TOWN_FEATURES,
    Found,
    after_article,
    bracketed_units,
    capitals_end,
    first_word_prefixes,
    headline,
    hyphenated,
    outside_outlets,
    pair_in_topic,
    portfolio,
    qualifiers,
    stands_alone,
    surnames,
    titled_dateline,
    trim,
    whole_countries,
)
from crisislens.nlp.doc_cache import doc_ents, doc_text, span_text, token_offsets
from crisislens.nlp.names import fold_place_name

# the kinds of place a list of towns holds ("in Gao, Timbuktu and Kidal")
LIST_FEATURES = ("city", "admin1", "admin2")
# the kinds of place an event coder's brackets name after a town ("Djibo (Soum, Sahel)")
UNIT_FEATURES = ("admin1", "admin2", "country")


@dataclass
class DocFacts:
    """What the rules need to know about the whole text."""

    countries: set[str]  # countries of the countries and provinces tagged as places
    surnames: set[str]  # last words of the persons named in full


class ToponymFinder:
    """Finds toponym spans in a Doc; the gazetteer and the actor lookups are passed in."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        is_actor_name: Callable[[str], bool],
        demonym_country: Callable[[str], str | None],
        outlets: Outlets,
        lexicon: GeoLexicon,
    ) -> None:
        self.gazetteer = gazetteer
        self.is_actor_name = is_actor_name
        self.demonym_country = demonym_country
        self.outlets = outlets
        self.lex = lexicon

    def __call__(self, doc: Doc) -> Found:
        facts = DocFacts(self._named_countries(doc), surnames(doc))
        found: Found = []
        ents = self._separated([self._completed(e) for e in self._joined(doc)])
        for ent in ents:
            span = trim(ent, self.lex.leading_words)
            if ent.label_ in self.lex.place_labels:
                span = pair_in_topic(span, self.lex, self._a_country)
            span = hyphenated(span, self._a_party)
            for rule in ENTITY_RULES:
                verdict = rule(self, ent, span, facts)
                if verdict is not None:
                    found.extend(verdict)
                    break
        found += self._coordinated(ents, found)
        found += bracketed_units(doc, found, self._a_unit)
        found += self._untagged(doc, found)
        datelines = self._datelines(doc, found)
        dated = {i for span, _ in datelines for i in range(span.start, span.end)}
        found = [(s, k) for s, k in found if k != "embedded" or s.start not in dated]
        found += datelines
        found += self._repeated(doc, found, datelines)
        found = whole_countries(found, self._country_spans(doc))
        found = [(s, kind) for s, kind in found if not portfolio(s, self.lex)]
        found = qualifiers(found, self.lex)
        return outside_outlets(found, self.outlets.find(doc_text(doc)))

    def _a_country(self, text: str) -> bool:
        return self.gazetteer.country_by_name(text) is not None

    def _a_unit(self, text: str) -> bool:
        return any(c.feature in UNIT_FEATURES for c in self.gazetteer.lookup(text))

    def _a_party(self, text: str) -> bool:
        """A country or a known armed group or party ("Hamas"): a side of a pair."""
        return self._a_country(text) or self.is_actor_name(text)

    def top(self, text: str) -> Candidate | None:
        return next(iter(self.gazetteer.lookup(text)), None)

    def person_name(self, text: str) -> bool:
        """A known person spaCy took for a place ("Modi")."""
        return self.is_actor_name(text) and not any(
            c.feature in ("country", "admin1", "city", "region", "sea", "continent")
            and c.population >= 100_000
            for c in self.gazetteer.lookup(text)[:3]
        )

    def _named_countries(self, doc: Doc) -> set[str]:
        out = set()
        for ent in doc_ents(doc):
            if ent.label_ in self.lex.place_labels:
                top = self.top(ent.text)
                if top is not None and top.country and top.feature in ("country", "admin1"):
                    out.add(top.country)
        return out

    def _joined(self, doc: Doc) -> list[Span]:
        """Entities, two joined where together they are one gazetteer name that spaCy split:
        "Trinidad and Tobago", "Washington, D.C.", "Bosnia and Herzegovina"."""
        ents, out, i = list(doc_ents(doc)), [], 0
        while i < len(ents):
            ent = ents[i]
            if (
                i + 1 < len(ents)
                and ents[i + 1].start == ent.end + 1
                and doc[ent.end].lower_ in self.lex.name_joiners
            ):
                joined = Span(doc, ent.start, ents[i + 1].end, label=ent.label_)
                top = self.top(joined.text)
                if top is not None and top.feature in ("country", "admin1", "city"):
                    out.append(joined)
                    i += 2
                    continue
            out.append(ent)
            i += 1
        return out

    def _completed(self, ent: Span) -> Span:
        """An entity with the capitalised word spaCy left after it, where the two are one
        gazetteer town and the entity alone is a smaller one: "a guard was hurt in the [Mott]
        Haven neighborhood" is in Mott Haven, not in Mott, North Dakota."""
        doc = ent.doc
        if ent.end >= len(doc) or ent.label_ not in self.lex.place_labels:
            return ent
        tail = self._particle_tail(ent)
        if tail is not None:
            return tail
        after = doc[ent.end]
        if not after.is_title or after.is_stop or after.ent_type_:
            return ent
        longer = doc[ent.start : ent.end + 1]
        whole, alone = self.top(longer.text), self.top(ent.text)
        if whole is None or whole.feature != "city" or whole.name != longer.text:
            return ent
        if alone is not None and alone.population >= whole.population:
            return ent
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)

    def _particle_tail(self, ent: Span) -> Span | None:
        """An entity with the particle and name spaCy left after it, where the whole is a
        province, district or town the gazetteer holds by that name: "near Munai in [Lanao]
        del Norte province" is Lanao del Norte, not the town of Lanao and a "Norte"."""
        doc = ent.doc
        if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in self.lex.name_particles:
            return None
        if not doc[ent.end + 1].is_title or doc[ent.end + 1].is_stop:
            return None
        longer = doc[ent.start : ent.end + 2]
        whole = self.top(longer.text)
        if whole is None or fold_place_name(whole.name) != fold_place_name(longer.text):
            return None
        return (
            Span(doc, ent.start, ent.end + 2, label=ent.label_)
            if whole.feature in LIST_FEATURES
            else None
        )

    def _separated(self, ents: list[Span]) -> list[Span]:
        """A list of places spaCy ran into one entity ("Dakar, Thies" in "including Dakar,
        Thies and Ziguinchor"): each of its names, where the whole is no name the gazetteer
        knows and every part is one."""
        out = []
        for ent in ents:
            cuts = [t.i for t in ent[1:-1] if t.lower_ in self.lex.name_joiners]
            if not cuts or ent.label_ not in self.lex.place_labels or self.top(ent.text):
                out.append(ent)
                continue
            bounds = zip([ent.start - 1, *cuts], [*cuts, ent.end])
            parts = [Span(ent.doc, a + 1, b, label=ent.label_) for a, b in bounds]
            whole = any(not len(p) or self.top(p.text) is None for p in parts)
            out.extend([ent] if whole else parts)
        return out

    def _coordinated(self, ents: list[Span], found: Found) -> Found:
        """A town spaCy took for a person or a body in a list of towns ("in Gao, Timbuktu and
        Kidal"): a town of the country of a town it is coordinated with, unless a known actor."""
        towns = {span.root.i: span for span, kind in found if kind == "name"}
        taken = {i for span, _ in found for i in range(span.start, span.end)}
        least = self.lex.weight("context_town_population")
        out: Found = []
        for ent in ents:
            span = trim(ent, self.lex.leading_words)
            if ent.label_ not in self.lex.mislabels or taken & set(range(ent.start, ent.end)):
                continue
            partners = [self.top(towns[t.i].text) for t in span.root.conjuncts if t.i in towns]
            countries = {c.country for c in partners if c and c.feature in LIST_FEATURES}
            before = span.doc[span.start - 1].lower_.rstrip(".") if span.start else ""
            if not countries or self.is_actor_name(span.text) or before in self.lex.titles:
                continue  # "in Dallas and Mr Houston": a person
            if any(
                c.country in countries
                and c.feature in LIST_FEATURES
                and c.population >= least
                and fold_place_name(c.name) == fold_place_name(span.text)
                for c in self.gazetteer.lookup(span.text)[:5]
            ):
                out.append((span, "name"))
        return out

    def _untagged(self, doc: Doc, found: Found) -> Found:
        """Places that spaCy's NER missed: capitalised words outside every entity, not at a
        sentence start, whose best entry is a country, a province or a capital by its own name
        (an alternate name is how "Car" and "Luck" would become towns), or that the text calls
        a place the gazetteer has ("shelling hit the towns of Avdiivka and Toretsk")."""
        taken = {i for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
        taken |= {i for span, _ in found for i in range(span.start, span.end)}
        countries = {c.country for s, k in found if k == "name" and (c := self.top(s.text))}
        out, i = [], 0
        while i < len(doc):
            token = doc[i]
            if (
                i in taken
                or token.is_sent_start
                or not token.is_title
                or token.is_stop
                or token.lower_ in self.lex.generic_words
            ):
                i += 1
                continue
            for width in (3, 2, 1):
                span = doc[i : i + width]
                if width == 1 and token.lower_ in self.lex.name_words:
                    break  # "the Maritime Alliance": a word; "the Free State" is the province
                if len(span) == width and (
                    self._well_known(span, taken)
                    or self._called_town(span, taken)
                    or self._town_in(span, taken, countries)
                ):
                    out.append((span, "name"))
                    i += width - 1
                    break
            i += 1
        return out

    def _datelines(self, doc: Doc, found: Found) -> Found:
        """A dateline in capitals opening the text or one of its first lines ("KABUL, May 3
        (Reuters) -", "SOUTH WAZIRISTAN, April 5"): spaCy rarely tags it, the gazetteer knows
        it in title case. A dateline spaCy ran into the next words' entity ("GENEVA -
        Ministers") is one too. Before a colon ("LAHORE: Police said ...") only a capital, a
        province or a big city: a colon also follows a speaker's name in a transcript. A
        name in title case before a colon is one where it is a town (:func:`titled_dateline`)."""
        taken = {i for span, k in found if k != "embedded" for i in range(span.start, span.end)}
        out: Found = []
        ends = self.lex.dateline_ends | self.lex.named_dateline_ends
        least = self.lex.weight("titled_dateline_population")
        for token in doc[: min(len(doc), 400)]:
            if not (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws):
                continue
            titled = None
            if sum(1 for line in doc[: token.i].text.split("\n") if line.strip()) <= 1:
                titled = titled_dateline(doc, token.i, self.top, self.is_actor_name, least)
            if titled is not None and not any(t.i in taken for t in titled):
                out.append((titled, "name"))
                continue
            end = capitals_end(doc, token.i)
            span = doc[token.i : end]
            if (
                len(span)
                and end < len(doc)
                and doc[end].text in ends
                and not any(t.i in taken for t in span)
                and len(span.text) > 3
            ):
                top = self.top(span.text.title())
                if top is None or top.feature not in ("city", "admin1", "admin2", "country"):
                    continue
                if doc[end].text in self.lex.dateline_ends or self._named_dateline(span, top):
                    out.append((span, "name"))
        return out

    def _named_dateline(self, span: Span, top: Candidate) -> bool:
        """A capital, a province or a big city by its own name, and no known person's."""
        big = top.population >= self.lex.weight("big_city_population")
        return (
            (top.capital or top.feature == "admin1" or big)
            and fold_place_name(top.name) == fold_place_name(span.text)
            and not self.is_actor_name(span.text.title())
        )

    def _repeated(self, doc: Doc, found: Found, datelines: Found) -> Found:
        """A name the text plainly gives as a place (spaCy's place label, a locative before it,
        a dateline) is that place in the headline too, where spaCy's tagger, reading title
        case, often misses or mistakes it: "Girl hurt at Forney fair" over a report that goes
        on "in Forney, Texas". Never inside a longer name ("Forney Police Department")."""
        plain = [
            (span, kind)
            for span, kind in found
            if (span.root.ent_type_ in self.lex.place_labels or after_locative(self, span))
            and not after_article(span)
        ]
        names = {
            tuple(t.lower_ for t in span)
            for span, kind in plain + datelines
            if kind == "name" and len(span.text) > 3 and self.top(span.text) is not None
        }
        if not names:
            return []
        firsts = {name[0] for name in names}
        taken = {i for span, _ in found for i in range(span.start, span.end)}
        taken |= {i for e in doc_ents(doc) if e.label_ == "PERSON" for i in range(e.start, e.end)}
        out: Found = []
        for token in headline(doc, int(self.lex.weight("headline_tokens"))):
            if token.lower_ not in firsts or not (token.is_title or token.is_upper):
                continue
            for name in names:
                span = doc[token.i : token.i + len(name)]
                if tuple(t.lower_ for t in span) == name and stands_alone(span, taken):
                    out.append((span, "name"))
                    taken |= set(range(span.start, span.end))
                    break
        return out

    def _well_known(self, span: Span, taken: set[int]) -> bool:
        if any(t.i in taken or not t.is_title for t in span) or len(span.text) <= 3:
            return False
        top = self.top(span.text)
        return (
            top is not None
            and fold_place_name(top.name) == fold_place_name(span.text)
            and not self.is_actor_name(span.text)
            and (top.feature in ("country", "admin1") or top.capital)
        )

    def _town_in(self, span: Span, taken: set[int], countries: set[str | None]) -> bool:
        """An untagged name just after a locative that the gazetteer holds as a town of a
        country the text already places something in: spaCy misses small towns ("two men were
        shot outside a diner in Kenly" in a report that names the county). A town by its
        own name, never a word the text goes on with in capitals ("in Oak Park Mall")."""
        doc = span.doc
        if any(t.i in taken or not t.is_title for t in span) or len(span.text) <= 3:
            return False
        if not (after_locative(self, span, self.lex.town_locatives) or attacked(self, span)):
            return False
        if span.end < len(doc) and doc[span.end].is_title:
            return False
        name = fold_place_name(span.text)
        return not self.is_actor_name(span.text) and any(
            c.feature == "city" and c.country in countries and fold_place_name(c.name) == name
            for c in self.gazetteer.lookup(span.text)[:5]
        )

    def _called_town(self, span: Span, taken: set[int]) -> bool:
        """An untagged name the text calls a place ("the village of Kafr Nabl", "Sumy
        region") that the gazetteer holds as a town or an administrative unit."""
        if any(t.i in taken or not t.is_title for t in span) or not named_as_place(self, span):
            return False
        return any(c.feature in TOWN_FEATURES for c in self.gazetteer.lookup(span.text))

    def _country_spans(self, doc: Doc) -> list[Span]:
        """Multi-word country names in the text ("Burkina Faso", "Sri Lanka", "DR Congo": an
        initialism may open one)."""
        names = self.gazetteer.multiword_country_names()
        starts = first_word_prefixes(names)
        titles = token_offsets(doc)[2]  # spans and their texts are made only where one may start
        out, i = [], 0
        while i < len(doc):
            start = (titles[i] or doc[i].is_upper) and (
                doc[i].lower_ == "the" or fold_place_name(doc[i].text) in starts
            )
            for width in (6, 5, 4, 3, 2) if start else ():  # "Democratic Republic of the Congo"
                if i + width <= len(doc) and fold_place_name(span_text(doc, i, i + width)) in names:
                    out.append(doc[i : i + width])
                    i += width - 1
                    break
            i += 1
        return out

    def embedded(self, span: Span) -> list[Span]:
        """Places named inside an organisation: countries, regions, capitals, big cities and
        nationality words ("Air Zimbabwe", "the Bank of Mexico")."""
        out, i = [], span.start
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
                elif width == 1 or not self.gazetteer.lookup(inner.text):
                    continue
                # a smaller town's whole name is no place of its parts: "the St. Paul
                # Police" names no "Paul"
                i += width - 1
                break
            i += 1
        return out

    def _embedded_place(self, text: str) -> bool:
        if text.lower() in self.lex.generic_words | self.lex.name_words:
            return False  # "Federal Reserve", "the Free Syrian Army": words, not the regions
        if _short_word(text):
            return False  # the "Al" of "Al-Qaeda" is no Alabama
        if self.demonym_country(text):
            return True
        cands = self.gazetteer.lookup(text)
        return bool(cands) and (
            cands[0].feature in ("country", "admin1", "region", "continent")
            or cands[0].capital
            or cands[0].population >= self.lex.weight("embedded_city_population")
        )


def _short_word(text: str) -> bool:
    """A word of two letters that is not in capitals ("Al", "La", "El") names no place inside
    an organisation's name: only a state's postal code would read it as one ("AL" for
    Alabama), and codes are written in capitals. "UN" and "US" are.

    >>> _short_word("Al"), _short_word("US")
    (True, False)
    """
    return len(text) <= 2 and not text.isupper()
