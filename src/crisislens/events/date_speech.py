"""The day a statement is made, for the relative days quoted from it: in "'Today the army
shelled our market,' the governor said on Sunday", "today" is the Sunday of the saying, not the
day the report came out. (In reported speech, "said on Friday it would act today", the day is
the writer's.) The words are ``data/reporting_verbs.yaml`` and ``data/dates.yaml``'s
``relative`` table (its day steps).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.events.date_anchors import ResolvedDate, date_words, day_step
from crisislens.events.date_tenses import clause_verb


def statement_day(
    ent: Span, entities: list[Span], resolved: dict[int, ResolvedDate]
) -> ResolvedDate | None:
    """The day of the statement a day-stepped relative date (``today``, ``this morning``,
    ``yesterday``: a ``relative`` entry of unit day) is quoted from: the date of its own clause's
    reporting verb (``reporting_verbs``) or of the reporting verb its clause hangs under, when
    that date is a day the text names itself (no relative word); else None.

    >>> doc = nlp('"Today they shelled the market," he said on Sunday.')  # doctest: +SKIP
    >>> statement_day(doc.ents[0], list(doc.ents), resolved)            # doctest: +SKIP
    ResolvedDate(date='2024-07-07', precision='day')
    """
    if day_step(ent.text) is None or not _quoted(ent):
        return None  # "said on Friday it would act today": a reported day is the writer's
    sayings = _sayings(ent.root)
    for other in entities:
        if other.start == ent.start or other.sent.start != ent.sent.start:
            continue
        found = resolved.get(other.start)
        if found is None or found.precision != "day" or day_step(other.text) is not None:
            continue
        if clause_verb(other.root).i in sayings:
            return found
    return None


def _quoted(ent: Span) -> bool:
    """Whether ``ent`` stands between quotation marks (``quote_marks``) in its sentence: the
    speaker's own words, whose "today" is the day of speaking."""
    sent, marks = ent.sent, date_words().quote_marks
    before = any(t.text in marks for t in sent if t.i < ent.start)
    after = any(t.text in marks for t in sent if t.i >= ent.end)
    return before and after


def _sayings(token: Token) -> set[int]:
    """The reporting verbs whose clause holds ``token``, or under which its clause is told
    (a complement or a quotation the parser hangs on the verb of saying)."""
    verbs, found = date_words().reporting_verbs, set()
    node = clause_verb(token)
    for _ in range(6):
        if node.lemma_.lower() in verbs:
            found.add(node.i)
        if node.head.i == node.i:
            break
        node = clause_verb(node.head)
    return found
