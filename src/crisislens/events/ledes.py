"""What a report's lede tells against the rest of the report.

A lede is often dated by the verb that reports it ("Gunmen killed eight villagers, residents
said on Wednesday"): that day may be a day or two after the act's, so the lede is no later
news than an act told with its own day just before (events/happenings.py, ``_told_earlier``).

>>> dated_by_its_report(gunmen_killed_eight_residents_said_on_wednesday)  # doctest: +SKIP
True
"""

from __future__ import annotations

from crisislens.events.candidates import Candidate, head_token
from crisislens.events.date_anchors import date_words
from crisislens.events.date_tenses import clause_verb


def dated_by_its_report(c: Candidate) -> bool:
    """Whether ``c`` has its day only from the verb that reports it: every date its sentence
    names hangs on a reporting verb ("Gunmen killed eight villagers, residents said on
    Wednesday"), so the act may be a day or two older than that day (not "Gunmen killed eight
    villagers on Tuesday, residents said on Wednesday", nor an act that names no date)."""
    head = head_token(c.tokens)
    if c.date is None or head is None:
        return False
    reporting = date_words().reporting_verbs
    dates = [e for e in head.sent.ents if e.label_ == "DATE"]
    verbs = [clause_verb(e.root) for e in dates]
    return bool(verbs) and all(v.lemma_.lower() in reporting and v.i != head.i for v in verbs)
