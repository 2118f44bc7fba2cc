"""Edits of the name spans the toponym finder keeps: a span trimmed of leading words, a pair of
parties cut to its first name, a piece of a country's name made whole, and spans dropped inside an
outlet's name or a portfolio ("the Justice Department"); with the headline and surname helpers the
finder's rules share (geo/toponyms.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span

from crisislens.geo.gazetteer import Candidate
from crisislens.geo.lexicon import GeoLexicon
from crisislens.nlp.doc_cache import doc_ents
from crisislens.nlp.spacy_model import joins_capitals

Found = list[tuple[Span, str]]


@cache
def first_word_prefixes(names: frozenset[str]) -> frozenset[str]:
    """Every prefix of the first word of each name: a token that is none of them starts no
    name ("sri" and "s" for "sri lanka"; a prefix, for a token such as "St" before ".")."""
    firsts = {name.split(" ")[0] for name in names}
    return frozenset(word[:k] for word in firsts for k in range(1, len(word) + 1))


def headline(doc: Doc, longest: int) -> Span:
    """The text's first line, where it has more than one and is short enough to be a
    headline (a first paragraph is none)."""
    end = next((t.i for t in doc[: longest + 1] if "\n" in t.text_with_ws), len(doc))
    return doc[: end + 1] if end < min(longest, len(doc) - 1) else doc[:0]


def after_article(span: Span) -> bool:
    """ "told the Tribune": a thing, where a town's name takes no article."""
    return span.start > 0 and span.doc[span.start - 1].pos_ == "DET"


def stands_alone(span: Span, taken: set[int]) -> bool:
    """The span is free, no capitalised word extends it into a longer name, and no article
    makes it a thing ("the Tribune reported")."""
    doc = span.doc
    if any(i in taken for i in range(span.start, span.end)):
        return False
    if after_article(span):
        return False
    neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return not any((t.is_title or t.is_upper) and t.is_alpha and not t.is_stop for t in neighbours)


def surnames(doc: Doc) -> set[str]:
    return {e[-1].lower_ for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1}


def hyphenated(span: Span, a_party: Callable[[str], bool]) -> Span:
    """ "Gilgit-Baltistan" when spaCy's entity stops at "Gilgit"; but a country joined to
    another party ("the Chad-Sudan border", "Iran-Iraq talks", "the Israel-Hamas war") is one
    of a pair of parties, not one place with the other."""
    doc = span.doc
    while (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and not span[-1].whitespace_
        and not doc[span.end].whitespace_
        and doc[span.end + 1].text[:1].isupper()
        and not (a_party(span.text) and a_party(doc[span.end + 1].text))
    ):
        span = doc[span.start : span.end + 2]
    return span


def qualifiers(found: Found, lex: GeoLexicon) -> Found:
    """A name joined by a dash to a participle that qualifies a party by its backer, base or
    maker ("Iran-backed rebels", "a London-based monitor", "Iranian-made drones") says who
    stands behind the party, not where anything happened: its kind becomes ``modifier``, never
    an event's place, and weak evidence of where the article is, as a party's country is
    (geo.yaml ``modifier_participles``).

    >>> [k for _, k in qualifiers([(doc[0:1], "name")], lex)]  # doc: "Iran-backed rebels"  # doctest: +SKIP
    ['modifier']
    """
    out: Found = []
    for span, kind in found:
        doc = span.doc
        joined = (
            span.end + 1 < len(doc)
            and doc[span.end].text == "-"
            and not span[-1].whitespace_
            and not doc[span.end].whitespace_
            and doc[span.end + 1].lower_ in lex.modifier_participles
        )
        out.append((span, "modifier" if joined and kind in ("name", "demonym") else kind))
    return out


def bracketed_units(doc: Doc, found: Found, a_unit: Callable[[str], bool]) -> Found:
    """Places an event coder writes as a name and, in brackets after it, the district and
    province that hold it ("clashed near Djibo (Soum, Sahel)", "in Kalibo village (Barani,
    Boucle du Mouhoun)"): each name is a place, however spaCy tagged it, where the last name
    in the brackets is a province, district or country the gazetteer knows (``a_unit``). Spans
    already found are kept as they are, and a name spaCy took for a person's is none, unless a
    kind word follows it ("Emmanuel Macron (France)": his country, no place of his).

    >>> [s.text for s, _ in bracketed_units(doc, [], a_unit)]  # "near Djibo (Soum, Sahel)" # doctest: +SKIP
    ['Djibo', 'Soum', 'Sahel']
    """
    lex = GeoLexicon.load()
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    out: Found = []
    for open_ in (t for t in doc if t.text == "("):
        close = next((t.i for t in doc[open_.i + 1 : open_.i + 14] if t.text == ")"), None)
        if close is None:
            continue
        groups = _comma_groups(doc[open_.i + 1 : close], lex)
        name = _name_before(doc, open_.i, lex)
        if not groups or name is None or not a_unit(groups[-1].text):
            continue
        if any(g.text.replace(".", "").isupper() for g in groups):
            continue  # an abbreviation: "British Airways (BA)", "Walker County (Ga.)"
        if all(t.ent_type_ == "PERSON" for t in name):
            name = None  # "Emmanuel Macron (France)": his country, no place of his
        for span in (*([name] if name is not None else []), *groups):
            if not any(i in taken for i in range(span.start, span.end)):
                out.append((span, "name"))
                taken.update(range(span.start, span.end))
    return out


def _comma_groups(inside: Span, lex: GeoLexicon) -> list[Span] | None:
    """The names a bracket holds, split at its commas, or None if anything else is in it."""
    groups, start = [], inside.start
    for i in range(inside.start, inside.end + 1):
        if i == inside.end or inside.doc[i].text == ",":
            if i == start or not _a_name(inside.doc[start:i], lex):
                return None
            groups.append(inside.doc[start:i])
            start = i + 1
    return groups


def _a_name(span: Span, lex: GeoLexicon) -> bool:
    """Capitalised words, with the particles and dashes a place name may hold between them."""
    inner_ok = all(
        t.text[:1].isupper() or t.lower_ in lex.name_particles or t.text in ("-", "'") for t in span
    )
    return (
        len(span) <= 5 and span[0].text[:1].isupper() and span[-1].text[:1].isupper() and inner_ok
    )


def _name_before(doc: Doc, i: int, lex: GeoLexicon) -> Span | None:
    """The capitalised name before a bracket, with a kind word after it ("Kalibo village")."""
    kind = i > 0 and doc[i - 1].lower_ in lex.local_area_words | lex.kind_nouns
    end = i - 1 if kind else i
    start = end
    while (
        start > 0
        and end - start < 4
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
    ):
        start -= 1
    return doc[start:i] if start < end else None


TOWN_FEATURES = ("city", "admin2", "admin1")


def pair_in_topic(span: Span, lex: GeoLexicon, a_country: Callable[[str], bool]) -> Span:
    """A war or a crisis that spaCy took for one place ("the Armenia-Azerbaijan war" tagged as
    a facility) names its parties, not a place: only its first country is a name, which the
    topic rules then read as what the war is about (events/rules/place.names_topic). Only for
    a span tagged as a place: a war tagged as an event ("the Iran-Iraq War") is a war's name,
    and names no place at all."""
    if len(span) < 4 or span[-1].lower_ not in lex.topic_nouns:
        return span
    cut = next((t.i for t in span if t.text in ("-", "\u2013", "/")), None)
    if cut is None or cut == span.start or not a_country(span.doc[span.start : cut].text):
        return span
    return span.doc[span.start : cut]


def trim(ent: Span, leading: frozenset[str]) -> Span:
    """An entity without the words around a name: leading words ("the"), punctuation, a
    possessive, and a small word the tagger took in after it ("Dantewara district of" before
    "Chhattisgarh").

    >>> trim(nlp("in Dantewara district of Chhattisgarh")[1:4], frozenset())  # doctest: +SKIP
    Dantewara district
    """
    while len(ent) > 1 and (ent[0].lower_ in leading or ent[0].is_punct):
        ent = ent[1:]
    while len(ent) > 1 and (
        ent[-1].is_punct
        or ent[-1].lower_ in ("'s", "\u2019s")
        or (ent[-1].is_lower and ent[-1].tag_ in _SMALL_WORD_TAGS)
    ):
        ent = ent[:-1]
    return ent


# prepositions, determiners, conjunctions and "to": no name ends in one written in lower case
_SMALL_WORD_TAGS = frozenset({"IN", "DT", "CC", "TO"})


def whole_countries(found: Found, countries: list[Span]) -> Found:
    """A piece of a multi-word country name is no place of its own ("Burkina" and "Faso",
    "Sri" of "Sri Lanka"): every name that overlaps a country name gives way to it."""
    if not countries:
        return found
    out: Found = []
    for span, kind in found:
        whole = next((c for c in countries if c.start < span.end and span.start < c.end), None)
        if whole is None or (
            whole.start <= span.start and span.end <= whole.end and kind != "name"
        ):
            out.append((span, kind))
        elif not any(s.start == whole.start and s.end == whole.end for s, _ in out):
            out.append((whole, "name"))
    seen = {(s.start, s.end) for s, _ in out}
    untagged = [c for c in countries if all(t.ent_iob_ == "O" for t in c)]
    out += [(c, "name") for c in untagged if (c.start, c.end) not in seen]
    return sorted(out, key=lambda pair: pair[0].start)


def portfolio(span: Span, lex: GeoLexicon) -> bool:
    """ "Commerce Secretary", "the Justice Department", "the Minister of Justice": a portfolio
    next to an office word names the office, not the town that bears its name."""
    if span.text.lower() not in lex.portfolios:
        return False
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    of = span.start >= 2 and doc[span.start - 1].lower_ == "of"
    return after in lex.office_words or of and doc[span.start - 2].lower_ in lex.office_words


def outside_outlets(found: Found, outlets) -> Found:
    """Not part of a news outlet's name ("New York" in "The New York Times", "Khabar 24"): an
    outlet is where a report comes from, not where anything happened."""
    return [
        (span, kind)
        for span, kind in found
        if not any(o.start < span.end_char and span.start_char < o.end for o in outlets)
    ]


def capitals_end(doc: Doc, start: int) -> int:
    """Where a name in capitals that starts at ``start`` ends: its words in capitals, and
    words in capitals joined to them by a dash with no space ("PORT-AU-PRINCE",
    "WINSTON-SALEM"), but not a dash that stands apart ("KABUL - Ministers").

    >>> doc = nlp("PORT-AU-PRINCE, Haiti - Gunmen")  # doctest: +SKIP
    >>> doc[: capitals_end(doc, 0)].text  # doctest: +SKIP
    'PORT-AU-PRINCE'
    """
    end = start
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
        end += 1
        if end < len(doc) and joins_capitals(doc[end]):
            end += 1
    return end


def colon_label_end(doc: Doc, i: int, longest: int = 3) -> int | None:
    """Where the text starts after a short name and a colon that open a line ("LAHORE:",
    "Peshawar:", "New Delhi:"): a dateline as Pakistani and Indian papers write it, or a
    speaker's or a source's label ("Sheriff: Office shooting kills 1"). None where no such
    label opens the line, or what follows does not start with a capital. The label stays in
    its sentence: a source's label is part of what its headline says.

    >>> colon_label_end(nlp("Peshawar: Gunmen shot a guard."), 0)  # doctest: +SKIP
    2
    """
    end = i
    while end < len(doc) and end - i < longest and doc[end].is_alpha and doc[end].text[0].isupper():
        end += 1
    if end == i or end + 1 >= len(doc) or doc[end].text != ":" or doc[end].whitespace_ == "":
        return None
    after = doc[end + 1]
    return end + 1 if after.text[0].isupper() and not after.is_space else None


def titled_dateline(
    doc: Doc,
    start: int,
    top: Callable[[str], Candidate | None],
    a_person: Callable[[str], bool],
    least_population: float,
) -> Span | None:
    """A name in title case before a colon that opens the text or a line ("Peshawar:
    Gunmen ...", "Kothagudem: Police said ..."), as Indian and Pakistani papers write a
    dateline: a town or province of ``least_population`` or more by one of its names, and no
    known person's (a transcript's speaker label is not a place).

    >>> titled_dateline(nlp("Peshawar: Gunmen shot a guard."), 0, top, no_one, 20000)  # doctest: +SKIP
    Peshawar
    """
    end = colon_label_end(doc, start)
    if end is None or not doc[start].is_title:
        return None
    span = doc[start : end - 1]
    place = top(span.text)
    if place is None or place.feature not in ("city", "admin1", "admin2"):
        return None
    return span if place.population >= least_population and not a_person(span.text) else None


# --- rules on one entity, in order -------------------------------------------------------
