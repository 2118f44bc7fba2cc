"""The date expressions of a parsed article: the tagger's DATE and TIME entities, the explicit
dates, anchored expressions and relative adverbs it missed, less the words that are no date ("the
2000 block", "the Women's March") and a night told with its day; the text a lone month name is
read from; and the dateline's date. :class:`crisislens.events.dates.ArticleDates` resolves them.
The words are in ``data/dates.yaml``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from crisislens.events.date_anchors import date_words
from crisislens.nlp.doc_cache import doc_ents, doc_text
from crisislens.nlp.spacy_model import dateline_end

DATE_LABELS = ("DATE", "TIME")
_BARE_YEAR = re.compile(r"^(?:the )?(1[89]\d\d|20\d\d)$")


def dateline_dates(doc: Doc, entities: list[Span]) -> dict[int, Span]:
    """The date of a dateline ("DAYTON, Ohio (May 3, 2016) --", a sentence of its own:
    ``spacy_model.dateline_end``), by the start of the sentence it opens: the report's day,
    which dates that lead sentence as the one date of its sentence would."""
    out: dict[int, Span] = {}
    for ent in entities:
        sent = ent.sent
        if ent.start > 400 or sent.end >= len(doc) or dateline_end(doc, sent.start) != sent.end:
            continue
        out.setdefault(sent.end, ent)
    return out


def date_expressions(doc: Doc) -> list[Span]:
    """The tagger's DATE and TIME entities, and the explicit dates ("On 9 November 2023 riot
    police ..."), expressions dated from them ("that night") and relative adverbs ("killed
    four farmers overnight") it missed."""
    found = [ent for ent in doc_ents(doc) if ent.label_ in DATE_LABELS]
    taken = {t for ent in found for t in range(ent.start, ent.end)}
    words, text = date_words(), doc_text(doc)
    matches = [*words.explicit_date.finditer(text), *words.anchored.finditer(text)]
    adverbs = [(m, True) for m in words.untagged.finditer(text)]
    weekdays = [(m, False) for m in words.untagged_weekday.finditer(text)]
    for match, adverb in [*((m, False) for m in matches), *adverbs, *weekdays]:
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or (adverb and span.root.pos_ != "ADV"):
            continue  # "an overnight raid": the raid's time
        if match.re is words.untagged_weekday and not _weekday_name(span):
            continue
        if not taken & set(range(span.start, span.end)):
            found.append(span)
            taken.update(range(span.start, span.end))
    return _named_nights(sorted(found, key=lambda s: s.start))


def _weekday_name(span: Span) -> bool:
    """An untagged day of the week that names a day ("in the early hours of Tuesday"), not part
    of a longer name ("Good Friday", "Super Tuesday": a capitalised word before it)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is None or not (before.is_title or before.is_upper) or bool(before.is_sent_start)


def _named_nights(found: list[Span]) -> list[Span]:
    """The date expressions (in reading order, none overlapping) less a night word told with a
    day ("overnight Tuesday", "overnight into Sunday", "an overnight raid on Monday":
    ``night_words``), which that day dates, not the night before publication; a day at most
    ``night_day_gap`` tokens away in its sentence. Only the neighbours within the gap are
    looked at, so the time grows with the number of expressions, not its square."""
    words = date_words()
    nights = words.night_words

    def near(night: Span, other: Span) -> bool:
        return max(other.start - night.end, night.start - other.end) <= words.night_day_gap

    def told_with_a_day(i: int) -> bool:
        night = found[i]
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(found) and near(night, found[j]):
                other = found[j]
                if other.text.lower() not in nights and _one_sentence(night, other):
                    return True
                j += step
        return False

    return [s for i, s in enumerate(found) if not (s.text.lower() in nights and told_with_a_day(i))]


def _one_sentence(a: Span, b: Span) -> bool:
    """No sentence begins between the starts of two nearby spans."""
    first, last = sorted((a.start, b.start))
    return not any(a.doc[k].is_sent_start for k in range(first + 1, last + 1))


def month_text(ent: Span) -> str:
    """The text ``ent`` is resolved from: a lone month name that is also a word ("May",
    ``ambiguous_months``), capitalised as the object of a preposition ("In May, the council
    ..."), is read as "in May", a shape that makes it the month; any other as written.

    >>> month_text(nlp("In May, rebels took the town.")[1:2])  # doctest: +SKIP
    'in May'
    """
    root = ent.root
    lone = len(ent) == 1 and root.lower_ in date_words().ambiguous_months
    if lone and root.is_title and root.dep_ == "pobj" and root.head.tag_ == "IN":
        return f"in {ent.text}"
    return ent.text


def no_date(ent: Span) -> bool:
    """A bare number the tagger took for a year: "the 2000 block"; a month's name written small,
    which is a noun ("police fired tear gas at the start of the march"); an anniversary ("on
    the anniversary of the 2004 massacre", ``anniversary_words``), whose year is another
    happening's and whose day is not told; a part of a day that names its day after "of"
    (:func:`_of_a_date`).

    >>> no_date(nlp("A bomb went off on the anniversary of the 1998 siege.").ents[0])  # doctest: +SKIP
    True
    """
    if any(t.lemma_.lower() in date_words().anniversary_words for t in ent):
        return True
    words = [t for t in ent if not t.is_punct and t.lower_ not in ("the", "a")]
    if words and all(t.is_lower and t.lower_ in date_words().months for t in words):
        return True
    if len(words) == 1 and _month_in_a_name(words[0]):
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if _of_a_date(ent):
        return True
    return bool(
        _BARE_YEAR.match(ent.text.lower())
        and after is not None
        and after.lemma_.lower() in date_words().address_nouns
    )


def _of_a_date(ent: Span) -> bool:
    """A part of a day whose "of" phrase names the day (``noun_of_preps``): "in the afternoon of
    Tuesday Feb. 8", "on the night of 5 March". The day after "of" dates it, not the nearest day
    named before it.

    >>> _of_a_date(nlp("It hit in the afternoon of Tuesday, March 8.").ents[0])  # doctest: +SKIP
    True
    """
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in date_words().noun_of_preps:
        return False
    return doc[ent.end + 1].ent_type_ in DATE_LABELS


def _month_in_a_name(token: Token) -> bool:
    """A month's name that is a word of a name: after a possessive or a proper noun ("the
    Women's March", "the Long March") or before a linking word and a capitalised word ("March
    of Unity protests", ``name_links``): no date.

    >>> _month_in_a_name(nlp("Crowds joined the Women's March.")[5])  # doctest: +SKIP
    True
    """
    words, doc = date_words(), token.doc
    if token.lower_ not in words.months or not token.is_title:
        return False
    before = doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and (before.tag_ == "POS" or before.pos_ == "PROPN"):
        return True
    after = doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and after[0].lower_ in words.name_links and after[1].is_title
