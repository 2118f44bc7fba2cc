"""Acts told as no happening of the report's day: going on for years or as a habit ("the group
has been fighting the government since 2007", "thousands have been slain over the decade-long
rebellion", "the militia is known to carry out bombings"), or feared as one more ("fearing a
follow-up attack on the crowd"). Such an event joins no story and gives no figures, as a
happening named to compare (link/events.py ``told_as_lasting``, ``told_as_feared_other``): it
is not the bombing of the day that its report tells, though it names the same group in the
same city.

>>> is_lasting_text("The militia, which has been ", "fighting", " the army since 2011.")
True
>>> is_lasting_text("The militia ", "attacked", " the army base on Monday.")
False
"""

from __future__ import annotations

import re

from crisislens.link.lexicon import lexicon

# the words just before the trigger that may hold a perfect's auxiliary ("has been fighting",
# "have been killed", "has worked to overthrow") or a habit ("is known to carry out")
ASPECT_WINDOW = 3
HABIT_WINDOW = 4
# the words just before the trigger that may say it is one more act ("a follow-up attack")
OTHER_WINDOW = 2
_CLAUSE = r"[,;:.!?()\"]"
_WORD = r"[\w'-]+"


def _clauses(before: str, trigger: str, after: str) -> tuple[list[str], str]:
    """The words of the trigger's clause before it, and its clause's text from the trigger on."""
    head = re.split(_CLAUSE, before.lower())[-1]
    tail = re.split(_CLAUSE, after.lower())[0]
    return re.findall(_WORD, head), f"{head} {trigger.lower()} {tail}"


def _span_of_years(clause: str) -> bool:
    """Does the clause give a stretch of years ("since 2007", "for over ten years",
    "for 15 years", "the decade-long rebellion"), not a comparison ("the worst since 2019")?

    >>> _span_of_years("has been fighting the army for over ten years")
    True
    >>> _span_of_years("in the deadliest attack since 2019")
    False
    """
    lex = lexicon()
    words = re.findall(_WORD, clause)
    if set(words) & lex["lasting_words"]:
        return True
    spans = "|".join(re.escape(w) for w in lex["lasting_spans"])
    if re.search(rf"\bfor\s+(?:{_WORD}\s+){{0,3}}(?:{spans})\b", clause):
        return True
    for since in re.finditer(r"\bsince\s+(\d{4})\b", clause):
        near = re.findall(_WORD, clause[: since.start()])[-3:]
        if not any(w.endswith("est") or w in lex["comparison_heads"] for w in near):
            return True
    return False


def is_lasting_text(before: str, trigger: str, after: str) -> bool:
    """Is the trigger an act its clause tells as going on for years (a perfect, "has been
    fighting", with a stretch of years: :func:`_span_of_years`) or as a habit (``habit_words``
    in data/link.yaml just before it: "routinely", "known to")? Given the sentence's text
    before the trigger, the trigger and the text after it.

    >>> is_lasting_text("Thousands of people have been ", "slain", " over the decade-long war.")
    True
    >>> is_lasting_text("The cartel is known to carry out ", "kidnappings", " in the north.")
    True
    >>> is_lasting_text("Gunmen have ", "killed", " 12 people in the worst attack since 2019.")
    False
    """
    lex = lexicon()
    head, clause = _clauses(before, trigger, after)
    text = " ".join(head[-HABIT_WINDOW:])
    if any(re.search(rf"\b{re.escape(habit)}\b", text) for habit in lex["habit_words"]):
        return True
    perfect = bool(set(head[-ASPECT_WINDOW:]) & lex["perfect_auxiliaries"])
    return perfect and _span_of_years(clause)


def is_other_act_text(before: str) -> bool:
    """Does the trigger's clause call it one more act (``other_act_words`` in data/link.yaml
    among the two words before it: "another", "a follow-up")? Told so and only feared or
    threatened (link/events.py ``told_as_feared_other``), it is no happening that was done.

    >>> is_other_act_text("Families were told to leave for fear of a follow-up ")
    True
    >>> is_other_act_text("Police feared an ")
    False
    """
    words = re.findall(_WORD, re.split(_CLAUSE, before.lower())[-1])[-OTHER_WINDOW:]
    return bool(set(words) & lexicon()["other_act_words"])
