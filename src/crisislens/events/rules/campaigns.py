"""An election campaign is politics at home: a candidate's rally protests against no one, and
the meetings of a campaign are no talks between parties. Assertion rules (rules/assertion.py
runs them in its order).

>>> campaign_gathering(draft)   # "rally" in "The party held a campaign rally."  # doctest: +SKIP
'drop'
"""

from __future__ import annotations

from crisislens.events.rules.draft import Draft
from crisislens.events.rules.generic import DROP, Verdict
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import children, lemma


def campaign_gathering(draft: Draft) -> Verdict:
    """A gathering of an election campaign is no protest, no talks, and calling it off
    sanctions no one: "the party held a campaign rally", "were returning from an election
    rally", "cancelled his election meetings" (event_rules.yaml: campaign_gatherings, what
    the trigger or its object names, and campaign_marks, a word on it). "Thousands rallied
    against the new election law" and "an election protest" stay protests.

    >>> campaign_gathering(draft)   # "rally" in "They held an election rally."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    words = vocabulary().words
    if draft.sense.event_type not in words.campaign_misreadings:
        return None
    nouns = [n for n in (token, *children(token, "dobj")) if lemma(n) in words.campaign_gatherings]
    marks = {lemma(m) for n in nouns for m in children(n, "compound", "amod")}
    return DROP if marks & words.campaign_marks else None
