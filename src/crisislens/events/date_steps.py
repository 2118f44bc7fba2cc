"""Steps between happenings: "a day after 12 miners were killed on Monday" sets the killing's
day and the happening told with it a measured number of days apart (``sequence_*`` in
``data/dates.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.events.date_anchors import date_words


def sequence_marker(token: Token) -> Token | None:
    """The word that sets ``token``'s phrase or clause before or after another's ("a day
    after 12 miners were killed": after; "the day before the vote": before), or None."""
    words = date_words()
    markers = words.sequence_after | words.sequence_before
    for node in (token, *token.ancestors):
        if node.dep_ == "prep" and node.lower_ in markers and node.i != token.i:
            return node
        if node.dep_ in ("advcl", "pcomp", "acl", "relcl", "ccomp"):
            mark = next((c for c in node.children if c.dep_ == "mark"), None)
            if mark is not None and mark.lower_ in markers:
                return mark
    return None


def _measure(marker: Token, units: dict[str, int] | None = None) -> int | None:
    """How many days ``marker`` sets the two happenings apart: "two days after" 2, "hours
    before" 0, "the day before" 1; None with no measure ("after the vote") or a vague one
    ("days after", "several days before"). With ``units`` (``sequence_month_units``), how many
    months: "two months after" 2, "a year after" 12."""
    words = date_words()
    units = words.sequence_units if units is None else units
    unit = marker.doc[marker.i - 1] if marker.i > marker.sent.start else None
    per_unit = units.get(unit.lemma_.lower()) if unit is not None else None
    if unit is None or per_unit is None:
        return None
    if per_unit == 0:
        return 0
    if _deictic(unit):
        return None  # "elected last year after leading the coup", "turned deadly this week
        # after a man attacked four people": a date, no measure
    counts = [c for c in unit.children if c.dep_ in ("nummod", "det") and c.i < unit.i]
    counts = [c for c in counts if not _apart(c, unit)]
    if any(c.lower_ in words.vague_counts for c in counts) or (unit.tag_ == "NNS" and not counts):
        return None
    number = next((c for c in counts if c.dep_ == "nummod"), None)
    if number is None:
        return per_unit
    n = int(number.text) if number.text.isdigit() else words.number_words.get(number.lower_)
    return None if n is None else n * per_unit


def _deictic(unit: Token) -> bool:
    """A unit that names a time of its own ("last year", "next month", "this year"), no span
    between two happenings."""
    words = date_words()
    deictics = words.previous_words | words.next_words | set(words.week_deictics)
    return any(c.lower_ in deictics for c in unit.children if c.i < unit.i)


def _apart(count: Token, unit: Token) -> bool:
    """A number the parser hung on the unit across a comma counts something else: in "wounding
    36, nearly two weeks after the bombing" the step is two weeks, not 36."""
    return any(t.is_punct for t in count.doc[count.i + 1 : unit.i])


def sequence_step(ent: Span, head: Token) -> int | None:
    """Days from the date ``ent`` names to the happening ``head`` tells, where a measured
    "after" or "before" sets one of them apart from the other's clause: "fighting resumed a
    day after 12 miners were killed on Monday" dates the fighting a day after Monday, and
    "resumed on Thursday, a day after 12 miners were killed" the killing a day before
    Thursday. None where no such word stands between them, or it gives no measure.

    >>> doc = nlp("Crowds marched the day before the vote on Sunday.")  # doctest: +SKIP
    >>> sequence_step(doc.ents[-1], token_of("marched"))               # doctest: +SKIP
    -1
    """
    words = date_words()
    ent_marker, head_marker = sequence_marker(ent.root), sequence_marker(head)
    if ent_marker == head_marker:
        return None
    if ent_marker is not None and head_marker is None:
        marker, sign = ent_marker, 1  # the date is the other happening's
    elif head_marker is not None and ent_marker is None:
        marker, sign = head_marker, -1  # the event is the other happening
    else:
        return None
    days = _measure(marker)
    if days is None:
        return None
    return sign * (days if marker.lower_ in words.sequence_after else -days)


def sequence_months(ent: Span, head: Token) -> int:
    """Months from the date ``ent`` names to the happening ``head`` tells, where "after" or
    "before" measured in months or years (``sequence_month_units``) sets one apart from the
    other's clause: "the army repelled a raid, its spokesman told reporters, a month after
    eight troops were killed" tells the killing a month before (-1); 0 where none does.

    >>> doc = nlp("Troops left on Friday, a year after rebels took the town.")  # doctest: +SKIP
    >>> sequence_months(doc.ents[0], token_of("took"))                      # doctest: +SKIP
    -12
    """
    words = date_words()
    ent_marker, head_marker = sequence_marker(ent.root), sequence_marker(head)
    if (ent_marker is None) == (head_marker is None):
        return 0
    marker, sign = (ent_marker, 1) if ent_marker is not None else (head_marker, -1)
    months = _measure(marker, words.sequence_month_units)  # type: ignore[arg-type]
    if not months:
        return 0
    return sign * (months if marker.lower_ in words.sequence_after else -months)  # type: ignore[union-attr]


def measure_of_a_step(ent: Span) -> bool:
    """ "a day" in "a day after the vote": a measure, not a date."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    words = date_words()
    return (
        after is not None
        and after.lower_ in words.sequence_after | words.sequence_before
        and ent.root.lemma_.lower() in words.sequence_units
        and not {t.lower_ for t in ent}
        & (words.previous_words | words.next_words | set(words.week_deictics))
    )


def step_from_its_clause(head: Token) -> int:
    """Days from the day of the clause a happening is set before or after (by a measured
    "after" or "before") to the happening ``head`` tells, where its own sentence names no date:
    "The raid came a week after a bomb killed 30 people" tells the killing 7 days before the
    raid's day (-7); "police sealed the road a day before the march" the march a day after
    (1); 0 with no such word or no measure.

    >>> doc = nlp("The raid came a week after a bomb killed 30.")  # doctest: +SKIP
    >>> step_from_its_clause(token_of("killed"))                     # doctest: +SKIP
    -7
    """
    marker = sequence_marker(head)
    days = _measure(marker) if marker is not None else None
    if marker is None or days is None:
        return 0
    return -days if marker.lower_ in date_words().sequence_after else days


def month_step_from_its_clause(head: Token) -> int:
    """Months from the day of the clause a happening is set before or after (by "after" or
    "before" measured in months or years, ``sequence_month_units``) to the happening ``head``
    tells: "The violence came two months after a bomber struck a police station" tells the
    bombing two months before (-2); 0 with no such word or measure.

    >>> doc = nlp("The raid came two months after a bomb killed 30.")  # doctest: +SKIP
    >>> month_step_from_its_clause(token_of("killed"))                 # doctest: +SKIP
    -2
    """
    marker = sequence_marker(head)
    units = date_words().sequence_month_units
    months = _measure(marker, units) if marker is not None else None
    if marker is None or not months:
        return 0
    return -months if marker.lower_ in date_words().sequence_after else months
