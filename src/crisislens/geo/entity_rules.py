"""The rules that decide which of spaCy's entities are places (``ENTITY_RULES``).

Each rule is ``(finder, ent, span, facts) -> list | None``: it returns the spans it finds
(maybe none, to say the entity is no place) or ``None`` to leave the entity to the next rule.
:class:`crisislens.geo.toponyms.ToponymFinder` runs them in order; the first that decides wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from crisislens.geo.candidates import demonym_place
from crisislens.geo.span_edits import Found
from crisislens.nlp.names import fold_place_name

if TYPE_CHECKING:
    from crisislens.geo.toponyms import DocFacts, ToponymFinder


def language(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """ "spoke English", "in French": a language, not a place."""
    return [] if ent.label_ == "LANGUAGE" else None


def lower_case(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """A word in lower case is no name, but "north-west Nigeria" tagged as a place is one.
    Directions alone are not ("in Ruvania's south-east", "the south east of the country"):
    the Botswanan district South East is no reading of them."""
    text = span.text.strip()
    if text[:1].isupper():
        return None
    words = text.lower().split()
    directional = (
        ent.label_ in finder.lex.place_labels
        and words[0] in finder.lex.directions
        and not all(word in finder.lex.directions for word in words)
    )
    return None if directional else []


def time_zone(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """ "at 10:00 IST", "GMT": a time zone, not Istanbul or a town."""
    return [] if span.text.strip() in finder.lex.time_zones else None


def lone_direction(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """A direction joined to another direction's name shares that name's head and is no place
    of its own: "talks between North and South Korea", "aid for East and West Africa",
    "fighting in the north and east of the country". A few countries name regions so ("North",
    "East" in Cameroon), which would send the article there. A lone "the West" stays."""
    doc, directions = span.doc, finder.lex.directions
    if span.text.strip().lower() not in directions or span.end + 1 >= len(doc):
        return None
    joined = doc[span.end].lower_ in finder.lex.direction_joiners
    return [] if joined and doc[span.end + 1].lower_ in directions else None


def nationality(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """ "Kazakh" is Kazakhstan, named by its people, not the town Kazakh."""
    text = span.text.strip()
    if finder.demonym_country(text) and not finder.gazetteer.country_by_name(text):
        return [(span, "demonym")]
    return None


def adjective(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """One word the parser reads as an adjective that no gazetteer holds, as a name or as its
    people's ("from remote Andean regions"), describes a place; it names none.

    >>> adjective(finder, ent, nlp("from remote Andean regions")[2:3], facts)  # doctest: +SKIP
    []
    """
    if len(span) != 1 or span[0].tag_ != "JJ":
        return None
    text = span.text.strip()
    known = finder.top(text) or demonym_place(finder.gazetteer, text, finder.lex)
    return [] if known is None else None  # "Sicilian lemons" name Sicily's


def surname_again(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """ "Dorian Lumpkin, 19, was shot ... Lumpkin remains in hospital": a lone word that is the
    surname of a person the text names in full is that person again, though tagged a place,
    unless a locative puts it somewhere ("in Lumpkin", but not "toward Lumpkin's car") or it
    names a country ("Officer Ana Zala ... Zala said" is not Hungary's Zala county). So is
    one tagged an organisation ("Col. Ana Posadas ... Posadas said": not the Argentine
    city)."""
    if ent.label_ not in finder.lex.surname_labels or len(span) != 1:
        return None
    possessive = span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"
    if span[0].lower_ not in facts.surnames or after_locative(finder, span) and not possessive:
        return None  # "toward Campbell's truck" is the person's truck
    top = finder.top(span.text.strip())
    wide = top is not None and top.feature in ("country", "continent", "region", "sea")
    return None if wide else []


def named_unit(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """A name the tagger took for a person, people or organisation that a word for an
    administrative unit follows or ends: "in the Jibia local government area", "in Kaura Local
    Government Area", "Maradun District". The unit, where the gazetteer holds one of exactly
    that name; the span takes a unit word written as part of the name ("Guma Local Government
    Area", not "Guma local government area": the resolver reads the word after the name).

    >>> named_unit(finder, ent, nlp("raided a farm in the Ruvo Local Government Area")[5:6], facts)  # doctest: +SKIP
    [(Ruvo Local Government Area, 'name')]
    """
    if ent.label_ not in finder.lex.mislabels:
        return None
    doc, units = span.doc, finder.lex.unit_words
    for size in (3, 2, 1):
        if len(span) > size and " ".join(t.lower_ for t in span[-size:]) in units:
            bare, whole = span[:-size], span
            break
        after = doc[span.end : span.end + size]
        if len(after) == size and " ".join(t.lower_ for t in after) in units:
            named = all(t.text[:1].isupper() for t in after)  # "Guma Local Government Area"
            bare, whole = span, doc[span.start : span.end + size] if named else span
            break
    else:
        return None
    name = fold_place_name(bare.text.strip())
    held = any(
        c.feature in ("admin1", "admin2") and fold_place_name(c.name) == name
        for c in finder.gazetteer.lookup(bare.text.strip())
    )
    return [(whole, "name")] if held and not finder.is_actor_name(bare.text) else None


def place_label(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """A GPE, LOC or FAC entity is a place; but "Mississippi State" (a university) names the
    state alone, and a known person spaCy took for a place ("Modi") is none."""
    if ent.label_ not in finder.lex.place_labels:
        return None
    if _university_state(finder, span):
        return [(span[:-1], "embedded")]
    return [] if finder.person_name(span.text.strip()) else [(span, "name")]


def _university_state(finder: ToponymFinder, span: Span) -> bool:
    if len(span) < 2 or span[-1].text != "State" or span[:-1].text in finder.lex.state_named_states:
        return False
    top = finder.top(span[:-1].text)
    return (
        top is not None
        and top.feature == "admin1"
        and top.country == "USA"
        and fold_place_name(top.name) == fold_place_name(span[:-1].text)
    )


def called_a_place(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """ "the town of Samarra", "Zamfara state", "the capital, Niamey" (tagged NORP or PERSON):
    the text says it is a place."""
    if ent.label_ not in finder.lex.mislabels or not named_as_place(finder, span):
        return None
    top = finder.top(span.text.strip())
    return (
        [(span, "name")]
        if top is not None and top.feature in ("city", "admin1", "admin2")
        else None
    )


def described_as_a_place(
    finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts
) -> Found | None:
    """ "Kankara, a small town in Katsina state", "Bangpu, a village in Yarang district" (tagged
    PERSON or ORG): a name the text describes in apposition as a kind of place in another place
    is a place, whether or not the gazetteer holds it (the resolver then puts it in that place).

    >>> described_as_a_place(finder, ent, span, facts)  # doctest: +SKIP
    [(Bangpu, 'name')]
    """
    if ent.label_ not in finder.lex.mislabels or apposed_kind(finder, span) is None:
        return None
    return [(span, "name")]


def apposed_kind(finder: ToponymFinder, span: Span) -> int | None:
    """The index of the kind noun a name is described as, after its comma and an article and
    at most two words, where a preposition of ``apposed_kind_preps`` or ``apposed_near_preps``
    follows it ("Mugi, a district of Nduga"; "Kafr Nabl, a village in Idlib"); else None."""
    doc, lex = span.doc, finder.lex
    if span.end + 3 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].pos_ != "DET":
        return None
    for i in range(span.end + 2, min(span.end + 5, len(doc) - 1)):
        word = doc[i]
        if word.lemma_.lower() in lex.kind_nouns and word.pos_ == "NOUN":
            preps = lex.apposed_kind_preps | lex.apposed_near_preps
            return i if doc[i + 1].lower_ in preps else None
        if not word.is_alpha or not word.is_lower:
            return None
    return None


def named_as_place(finder: ToponymFinder, span: Span) -> bool:
    """ "the town of X", "the towns of X and Y", "X province", "the capital, X"."""
    doc, kinds = span.doc, finder.lex.kind_nouns
    first = span
    if span.root.dep_ == "conj" and span.root.head.i < span.start:  # "of X and Y": as X
        first = doc[span.root.head.left_edge.i : span.root.head.i + 1]
    before = (
        first.start >= 2
        and doc[first.start - 1].lower_ == "of"
        and doc[first.start - 2].lemma_.lower() in kinds
    )
    after = span.end < len(doc) and doc[span.end].lower_ in kinds and doc[span.end].pos_ == "NOUN"
    return before or after or _apposed_to_a_kind(finder, span) or _local_office_of(finder, span)


def _local_office_of(finder: ToponymFinder, span: Span) -> bool:
    """ "the mayor of Tecuala", "the police chief of San Luis del Oro", "residents of
    Kamenka": a town's own officers or people name the town after "of"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    one = doc[span.start - 2].lemma_.lower()
    two = f"{doc[span.start - 3].lower_} {one}" if span.start >= 3 else one
    return one in finder.lex.local_offices or two in finder.lex.local_offices


def _apposed_to_a_kind(finder: ToponymFinder, span: Span) -> bool:
    """ "the capital, Niamey", "the port town, Mocimboa": the name stands in apposition to a
    kind of place."""
    head = span.root.head
    kinds = finder.lex.kind_nouns | finder.lex.capital_words
    return span.root.dep_ == "appos" and head.lower_ in kinds and head.i < span.start


def people_of_a_place(
    finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts
) -> Found | None:
    """A NORP entity names a region's people ("European", "Londoners", "Iowan"), or is a place
    name spaCy mislabelled ("Tunis")."""
    if ent.label_ != "NORP":
        return None
    text = span.text.strip()
    top = finder.top(text)
    if top is None and " " not in text:
        top = demonym_place(finder.gazetteer, text, finder.lex)
    if top is not None and (
        top.feature in ("continent", "region", "country", "admin1")
        or top.feature == "city"
        and top.population >= finder.lex.weight("mislabel_population")
    ):
        return [(span, "name" if fold_place_name(top.name) == fold_place_name(text) else "demonym")]
    return []


def other_label(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """Dates, numbers, laws and the like are no places."""
    return None if ent.label_ in finder.lex.mislabels else []


def repeated_surname(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """ "Flores said" after "Carlos Flores": the person again, not the island."""
    lone = ent.label_ == "PERSON" and len(span) == 1 and span[-1].lower_ in facts.surnames
    return [] if lone else None


def after_locative(finder: ToponymFinder, span: Span, words: frozenset[str] | None = None) -> bool:
    """ "in Goma", "near the Kremlin", and "70 km north of Goma" (a compass word and "of")."""
    doc = span.doc
    previous = span.start - 1 - (span.start > 1 and doc[span.start - 1].lower_ == "the")
    if previous >= 1 and words is None and doc[previous].lower_ == "of":
        return doc[previous - 1].lower_ in finder.lex.compass_words
    return previous >= 0 and doc[previous].lower_ in (words or finder.lex.locatives)


def attacked(finder: ToponymFinder, span: Span) -> bool:
    """ "strikes on Darkush", "a raid on Kafr Zita": the name an attack noun's "on" takes
    (geo.yaml ``attack_nouns``)."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ == "on" and doc[i - 2].lower_ in finder.lex.attack_nouns


def acting_body(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """ "the Kremlin denied": a body acting, not a place; "Centre": a word. Both are places
    after a locative ("outside the Kremlin"), and a landmark is where something is held
    ("met at the Kremlin")."""
    if ent.label_ != "ORG" or after_locative(finder, span):
        return None
    text = span.text.strip()
    top = finder.top(text)
    acting = top is not None and top.feature == "landmark" and finder.is_actor_name(text)
    if acting and after_locative(finder, span, finder.lex.venue_preps):
        return None
    return [] if text.lower() in finder.lex.generic_words or acting else None


def known_place(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """A mislabelled name the gazetteer knows well: a country, region, sea or landmark; a
    province; a town after a locative; or a big city."""
    text = span.text.strip()
    top = finder.top(text)
    if top is None:
        return None
    wide = top.feature in ("country", "continent", "region", "sea", "landmark")
    if not wide and finder.is_actor_name(text):
        return None
    big = finder.lex.weight(
        "mislabel_person_population" if ent.label_ == "PERSON" else "mislabel_population"
    )
    if (
        wide
        or top.feature == "admin1"
        and ent.label_ != "PERSON"
        or after_locative(finder, span)
        and top.feature in ("city", "admin1", "admin2")
        or top.population >= big
    ):
        return [(span, "name")]
    return None


def taken_ground(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """A town the tagger took for a person or an organisation, as what a verb of striking
    ground acts on ("troops shelled Vuhledar"), or a verb of taking in an article that names
    the town's country ("rebels seized Tessalit" in a report on Mali), where the gazetteer
    holds a town of that name; not a known actor, nor the surname of a person the text names
    in full ("police seized Ruiz" after "Ana Ruiz")."""
    lex, verb = finder.lex, span.root.head.lemma_.lower()
    if (
        ent.label_ not in ("ORG", "PERSON")
        or span.root.dep_ != "dobj"
        or verb not in lex.ground_verbs | lex.capture_verbs
        or finder.is_actor_name(span.text)
        or span[-1].lower_ in facts.surnames
    ):
        return None
    countries = facts.countries if verb in lex.capture_verbs else None
    return [(span, "name")] if _a_town(finder, span.text, countries, any_name=True) else None


def _a_town(
    finder: ToponymFinder, text: str, countries: set[str] | None, any_name: bool = False
) -> bool:
    """Whether the gazetteer holds a town or district of this name (its own name, or any of
    its names with ``any_name``) of at least ``context_town_population`` people, in one of
    ``countries`` where they are given."""
    return any(
        (countries is None or c.country in countries)
        and c.feature in ("city", "admin2")
        and c.population >= finder.lex.weight("context_town_population")
        and (any_name or fold_place_name(c.name) == fold_place_name(text))
        for c in finder.gazetteer.lookup(text)[:5]
    )


def facility(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """ "Colchester General Hospital", "Royal Street": a building or street, a place even
    where no gazetteer has it."""
    named = ent.label_ in ("ORG", "PERSON") and len(span) > 1
    return [(span, "name")] if named and span[-1].lower_ in finder.lex.facility_words else None


def context_town(finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts) -> Found | None:
    """A town mislabelled as a person or organisation ("Nitra", "Salalah") in an article about
    its country, unless it is a known actor, the surname of a person the text names or after
    a title ("Mr Lincoln")."""
    if ent.label_ not in ("ORG", "PERSON") or not facts.countries:
        return None
    text, doc = span.text, span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    if (
        finder.is_actor_name(text)
        or span[-1].lower_ in facts.surnames
        or before.rstrip(".") in finder.lex.titles
        or span.label_ == "ORG"
        and before == "the"  # "the Alliance": a body, not a town
        or span.label_ == "PERSON"
        and span.root.dep_ not in finder.lex.place_like_roles  # "Pskov made his comments"
    ):
        return None
    return [(span, "name")] if _a_town(finder, text, facts.countries) else None


def inside_organisation(
    finder: ToponymFinder, ent: Span, span: Span, facts: DocFacts
) -> Found | None:
    """Countries and regions inside an organisation's name: "Air Zimbabwe". An entity that
    opens a bracket it does not close ("Abuja (Abuja" of "in Lagos (Lagos), Abuja (Abuja) and
    Kano") is no organisation's name where the gazetteer knows the name before the bracket:
    it and the name in the bracket, if the gazetteer knows that too, are places ("the Ministry
    of Defence (MoD" is none)."""
    if ent.label_ != "ORG":
        return []
    if span.text.count("(") > span.text.count(")"):
        k = next(t.i for t in span if t.text == "(")
        name, unit = span.doc[span.start : k], span.doc[k + 1 : span.end]
        if not len(name) or finder.top(name.text) is None:
            return []
        return [(name, "name"), *([(unit, "name")] if len(unit) and finder.top(unit.text) else [])]
    return [(inner, "embedded") for inner in finder.embedded(span)]


ENTITY_RULES = (
    language,
    lower_case,
    time_zone,
    lone_direction,
    nationality,
    adjective,
    surname_again,
    named_unit,
    place_label,
    called_a_place,
    described_as_a_place,
    people_of_a_place,
    other_label,
    repeated_surname,
    acting_body,
    known_place,
    taken_ground,
    facility,
    context_town,
    inside_organisation,
)
