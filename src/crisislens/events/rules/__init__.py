"""The event rules, one small named function each, grouped by what they decide.

- ``draft``: a trigger's role words and modality; folding one event into the event that governs
  it (threats, demands, refusals, promises, orders); demands relayed by a reporting verb.
- ``assertion``: whether a candidate is an event the text asserts (names, questions, objects that
  make no event); ``generic``: habits, standing positions and statistics, which are no one
  happening.
- ``participants``: role words to coded actors; the fallbacks when the parse names no one.
- ``place``: where an event happened; spread verbs.
- ``scoring``: confidence (the named weights of ``data/event_rules.yaml``), figures, date.
- ``intent``: a stated plan, refusal or demand as an event of its own.

Triggers, roles and modality, the first rules to run, are ``events/triggers.py``,
``events/roles.py`` and ``events/modality.py``; ``events/extract.py`` runs them all in order.
Words and weights come from ``data/event_rules.yaml`` (``events.vocabulary``), trigger words
from ``data/event_lexicon.yaml`` and what each event type does from ``data/event_types.yaml``.
docs/DESIGN.md shows how to add a rule.
"""
