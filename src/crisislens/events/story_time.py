"""Where a mention stands in the story's own time, read from its clause's words: set later
("Two weeks later, ..."), earlier ("Earlier this week, ..."), told as background in the past
perfect ("The rebels had ambushed a convoy"), and the calendar week and period its date covers.
The grouping (events/happenings.py) keeps happenings apart by these.

>>> period_of("2024-03", "month")
(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31))
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from crisislens.data import read_yaml
from crisislens.events.candidates import Candidate, date_of, head_token, precision_of
from crisislens.events.dates import told_as_earlier
from crisislens.link.mention import TimeValue
from crisislens.nlp.doc_cache import per_doc
from crisislens.nlp.syntax import MAX_CLAUSE_CLIMB, clause_head


@cache
def _sequel_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``data/article.yaml``: units of time, words after them and words before them."""
    data = read_yaml("article.yaml")
    return (
        frozenset(data["sequel_units"]),
        frozenset(data["sequel_after"]),
        frozenset(data["sequel_before"]),
    )


def sequel(c: Candidate) -> bool:
    """Whether ``c``'s clause is set at a stretch of time after what was told before, at its
    opening or anywhere in it: "Two weeks later, rebels shelled the depot", "The next
    morning, ...", "rebels ambushed a convoy in the same district days later". It tells a
    later happening than those told only in other sentences."""
    if c.sentence < 0 or not c.tokens:
        return False
    clause = clause_head(head_token(c.tokens))
    return clause is not None and _within_later(clause, _later_clauses(clause.doc))


def _within_later(clause: Token, later: frozenset[int]) -> bool:
    """Whether ``clause`` is set later, or is a phrase's clause within a clause told beside a
    clause set later ("while", ``sequel_beside_marks``): "Days later, a bomb killed 11 miners,
    while the rebels took credit for attacking a convoy" sets the attack days later too."""
    if clause.i in later:
        return True
    node = clause
    for _ in range(MAX_CLAUSE_CLIMB):
        if node.dep_ == "advcl":
            marks = {t.lower_ for t in node.children if t.dep_ == "mark"}
            return bool(marks & _beside_marks()) and node.head.i in later
        if node.dep_ not in ("pcomp", "prep", "pobj", "dobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


@cache
def _beside_marks() -> frozenset[str]:
    """``data/article.yaml``: sequel_beside_marks."""
    return frozenset(read_yaml("article.yaml")["sequel_beside_marks"])


def _later_clauses(doc: Doc) -> frozenset[int]:
    """The heads of the document's clauses set at a later time, read once per document."""

    def make() -> frozenset[int]:
        heads = (clause_head(token) for token in doc if _sets_apart(token))
        return frozenset(head.i for head in heads if head is not None)

    return per_doc(doc, "later_clauses", make)


def _sets_apart(unit: Token) -> bool:
    """Whether a unit of time and its neighbours say a later time: "days later", "a week
    afterwards", "the next day", "the following morning"."""
    units, after, before = _sequel_words()
    if unit.lower_ not in units:
        return False
    doc = unit.doc
    following = doc[unit.i + 1].lower_ if unit.i + 1 < len(doc) else ""
    previous = doc[unit.i - 1].lower_ if unit.i > 0 else ""
    return following in after or previous in before


@cache
def _earlier_words() -> tuple[frozenset[str], frozenset[str]]:
    """``data/article.yaml``: the words of an earlier time and the determiners after them."""
    data = read_yaml("article.yaml")
    return frozenset(data["earlier_words"]), frozenset(data["earlier_determiners"])


def earlier(c: Candidate) -> bool:
    """Whether ``c``'s clause is set at an earlier stretch of the story's own time: "Earlier
    this week, a bomb killed two guards at the depot", "rebels had shelled the port earlier in
    the month"; so is every clause of a sentence that opens on such a stretch ("Earlier this
    month, rebels crossed the river, triggering a battle": the battle too), and a clause of
    its time that hangs on one (:func:`time_governor`)."""
    if c.sentence < 0 or not c.tokens:
        return False
    clause = clause_head(head_token(c.tokens))
    if clause is None:
        return False
    doc = clause.doc
    heads, openings = per_doc(doc, "earlier_clauses", lambda: _earlier_clauses(doc))
    governor = time_governor(clause)
    return (
        clause.i in heads
        or clause.sent.start in openings
        or governor is not None
        and governor.i in heads
    )


def _earlier_clauses(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """The heads of the document's clauses set at an earlier time (``_set_earlier``), and the
    first tokens of the sentences that open on such a time."""
    earlier = [(token, before) for token in doc if (before := _set_earlier(token)) is not None]
    heads = (clause_head(token) for token, _ in earlier)
    openings = (before.sent.start for _, before in earlier if before.i == before.sent.start)
    return frozenset(head.i for head in heads if head is not None), frozenset(openings)


def _set_earlier(unit: Token) -> Token | None:
    """The word that, with a unit of time and the words between them, says an earlier stretch
    of the story's own time ("earlier this month", "earlier in the week"; not "this month"
    alone, nor "earlier" alone), or None."""
    units = _sequel_words()[0]
    words, determiners = _earlier_words()
    if unit.lower_ not in units or unit.i < 2:
        return None
    doc = unit.doc
    if doc[unit.i - 1].lower_ not in determiners:
        return None
    before = doc[unit.i - 2]
    if before.lower_ == "in" and unit.i >= 3:
        before = doc[unit.i - 3]
    return before if before.lower_ in words else None


@cache
def _same_time_marks() -> frozenset[str]:
    """``data/article.yaml``: same_time_marks."""
    return frozenset(read_yaml("article.yaml")["same_time_marks"])


def time_governor(clause: Token) -> Token | None:
    """The clause whose time an adverbial clause shares, where a word of the same time opens it
    (``same_time_marks``): in "49 people died last week when jets struck a school", the
    strike's clause hangs on "died", and is last week's too. None for any other clause.

    >>> time_governor(struck_in_died_when_jets_struck) is died  # doctest: +SKIP
    True
    """
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    marks = _same_time_marks()
    if not any(t.dep_ in ("mark", "advmod") and t.lower_ in marks for t in clause.children):
        return None
    return clause_head(clause.head)


def calendar_week(c: Candidate) -> tuple[int, int] | None:
    """The calendar week (ISO year and week) of a mention dated to a day or a week ("last
    week" is the Monday-to-Sunday week its day falls in, as events/dates.py reads it)."""
    day = date_of(c)
    if precision_of(c) not in ("day", "week") or day is None or len(day) != 10:
        return None
    try:
        year, week, _ = date.fromisoformat(day).isocalendar()
    except ValueError:
        return None
    return year, week


def background(c: Candidate) -> bool:
    """Whether ``c`` is told in the past perfect in its sentence's main clause, with no date of
    its own: "The rebels had ambushed a convoy near the depot" tells what came before the story's
    acts. One the report's speaker tells ("police said the gunmen had fled") may be one of them."""
    if c.noun or c.date is not None or not c.tokens:
        return False
    head = head_token(c.tokens)
    clause = clause_head(head) if head is not None else None
    return clause is not None and clause.dep_ == "ROOT" and told_as_earlier(c.tokens)


def period_of(day: str, precision: str) -> tuple[date, date] | None:
    """The first and last day of a date told to a day, week, month or year."""
    value = TimeValue.parse(day, precision)
    if value is None:
        return None
    first = value.day
    if value.precision == "year":
        return first, date(first.year, 12, 31)
    if value.precision == "month":
        return first, date(first.year, first.month, monthrange(first.year, first.month)[1])
    return first, first + timedelta(days=6 if value.precision == "week" else 0)


def told_after_the_news(c: Candidate, paragraphs: set[int]) -> bool:
    """Whether ``c``, a verb with no date of its own in a paragraph after ``paragraphs`` (those
    of a happening told only as what came before the news: "The attack came a day after a man
    was shot in Orvel"), goes on telling the news rather than that happening: "... The five
    others were killed in a gunfight". A noun ("the pager explosions") or a clause of the
    happening's own paragraph ("Three guards were also wounded") may still tell it."""
    return not c.noun and c.date is None and c.paragraph > max(paragraphs, default=c.paragraph)


@cache
def _demonstratives() -> frozenset[str]:
    """``data/article.yaml``: demonstrative_determiners."""
    return frozenset(read_yaml("article.yaml")["demonstrative_determiners"])


def pointed_at(c: Candidate) -> bool:
    """Whether ``c`` is a noun a demonstrative points with ("That attack was claimed by ..."),
    which names the happening told last, where "the attack" names the report's."""
    head = head_token(c.tokens)
    words = _demonstratives()
    return head is not None and any(t.dep_ == "det" and t.lower_ in words for t in head.children)
