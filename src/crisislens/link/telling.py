"""How a sentence tells an event, read from the text before its trigger: in passing ("amid the
protests"), only to compare ("similar raids"), as a charge ("charged with arson"), as a kind of
act ("numerous murders"), as earlier than the news ("has already banned"), or as one edition of
a series ("the fourth round"). The words are in data/link.yaml.

>>> is_kind_text("The militia has stepped up coordinated ", "raids")
True
"""

from __future__ import annotations

import re

from crisislens.link.lexicon import lexicon


def is_background_text(before: str, trigger: str) -> bool:
    """Is the trigger the object of a background preposition, given the text before it?

    >>> is_background_text("Police fired tear gas amid the ", "protests")
    True
    >>> is_background_text("Police fired tear gas at ", "protesters")
    False
    >>> is_background_text("Moscow said on Saturday after Russia ", "deployed 3,000 soldiers")
    False
    """
    before = before[-60:].lower()
    words = trigger.lower().split()
    if words and words[0].endswith("ed"):
        # a past-tense verb heads a clause of its own ("after police opened fire", "after
        # Russia deployed 3,000 soldiers": a trigger may run on into its object)
        return False
    for prep in lexicon()["background"]:
        # the preposition, then at most two words of the noun phrase ("amid violent protests")
        pattern = r"\b" + re.escape(prep) + r"\s+(?:[\w'-]+\s+){0,2}$"
        if re.search(pattern, before):
            return True
    return False


# "since last March, when a bombing killed": the trigger is in a clause that tells the past
# happening a comparison is made with (no comma between the clause's start and the trigger)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^.;!?]*\b(?:when|that|which|where)\b[^,.;!?]*$")


def is_compared_text(before: str, trigger: str) -> bool:
    """Is the trigger another happening, named only to compare, given its sentence before it?
    An event noun right after a comparison word (``comparison_words`` in data/link.yaml, at
    most one word between), or a trigger in a "since ... when" clause.

    >>> is_compared_text("Gunmen have staged similar ", "raids")
    True
    >>> is_compared_text("It was the deadliest day since 2019, when soldiers ", "shot")
    True
    >>> is_compared_text("Since Monday, when the strike began, police have ", "arrested")
    False
    >>> is_compared_text("Earlier police ", "arrested")
    False
    >>> is_compared_text("Protesters staged a sit-in; such, ", "protests")
    False
    """
    if _SINCE_CLAUSE.search(before):
        return True
    words = trigger.lower().split()
    if not words or words[0].endswith("ed"):
        return False  # a past-tense verb heads its own clause ("earlier police arrested")
    # the last two tokens before the trigger, punctuation counted as a token ("such, attacks"
    # is no noun phrase)
    near = re.findall(r"[\w'-]+|[^\w\s]", before[-40:].lower())[-2:]
    words = lexicon()["comparison"]
    if near and near[-1] in words:
        return True
    return len(near) == 2 and near[0] in words and bool(re.match(r"[\w'-]", near[1]))


def is_charge_text(before: str, trigger: str) -> bool:
    """Does the trigger name the crime someone is charged with, given the text before it: a
    noun right after "charged with", "convicted of", "arraigned on" (``charge_verbs``,
    ``charge_prepositions`` in data/link.yaml; at most two words between, none of them a
    determiner)? "Indicted on aggravated arson" names a charge, a legal act of its own;
    "indicted on the arson of a depot" and "indicted after burning" name the act.

    >>> is_charge_text("A Tarvo clerk stands indicted on aggravated ", "arson")
    True
    >>> is_charge_text("The driver was convicted of ", "manslaughter")
    True
    >>> is_charge_text("A Tarvo clerk stands indicted on the ", "arson")
    False
    >>> is_charge_text("She was charged with ", "stealing")
    False
    >>> is_charge_text("Police said a man ", "murdered")
    False
    """
    if trigger.lower().endswith(("ing", "ed")):
        return False  # a verb's own clause: the act
    lex = lexicon()
    verbs = "|".join(re.escape(v) for v in lex["charge_verbs"])
    preps = "|".join(re.escape(p) for p in lex["charge_prepositions"])
    found = re.search(rf"\b(?:{verbs})\s+(?:{preps})\s+((?:[\w-]+\s+){{0,2}})$", before.lower())
    return found is not None and not set(found.group(1).split()) & lex["specific_markers"]


# how many words before an event noun a word that makes it a kind of act may stand ("numerous
# murders", "stepped up coordinated attacks", "weeks of deadly anti-government demonstrations")
KIND_WINDOW = 4


_PLURAL = r"[a-z-]+[^s\W]s"
# a run of plural nouns that a list goes on from: "murders, rapes, " or "protests and "
_LIST_TAIL = re.compile(rf"(?:\b{_PLURAL}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))+$")


def _list_head(clause: str) -> str | None:
    """The clause before a list of plural nouns that the text before a trigger ends with, when
    the trigger is a later item of it (two items before it, or one and "and"/"or": "numerous
    murders, rapes, ", "weeks of protests and "); else None ("despite numerous warnings, " may
    end a phrase, not begin a list).

    >>> _list_head("gangs accused of numerous murders, rapes, ")
    'gangs accused of numerous '
    >>> _list_head("despite numerous warnings, ") is None
    True
    """
    found = _LIST_TAIL.search(clause)
    if found is None:
        return None
    tail = found.group(0)
    items = len(re.findall(_PLURAL, tail))
    if items < 2 and not re.search(r"\b(?:and|or)\s+$", tail):
        return None
    return clause[: found.start()]


def is_kind_text(before: str, trigger: str) -> bool:
    """Is the trigger a plural noun that names a kind of act rather than one happening, given
    its sentence before it? One of ``kind_markers`` (data/link.yaml: "numerous", "repeated",
    "any", "stepped up", "weeks of") among the ``KIND_WINDOW`` words before it, and no
    determiner, possessive or count (``specific_markers``) between: "the gangs, accused of
    numerous murders", "after weeks of deadly demonstrations"; not "numerous protesters
    stormed the ministry", "the two attacks".

    >>> is_kind_text("Residents have long suffered from the gangs, accused of numerous ", "murders")
    True
    >>> is_kind_text("The militia has stepped up coordinated ", "raids")
    True
    >>> is_kind_text("The minister resigned after weeks of deadly ", "riots")
    True
    >>> is_kind_text("Numerous ", "protesters stormed")
    False
    >>> is_kind_text("It was the worst of the repeated ", "raid")
    False
    >>> is_kind_text("Weeks of talks ended before the ", "raids")
    False

    A later item of such a list is a kind of act too, though it is no plural ("numerous murders,
    rapes, looting"):

    >>> is_kind_text("The gangs are accused of numerous murders, rapes, ", "looting")
    True
    >>> is_kind_text("Despite numerous warnings, ", "rioting")
    False
    """
    words = re.findall(r"[\w'-]+", trigger.lower())
    clause = re.split(r"[.;:!?()]", before.lower())[-1]
    if not words or not all(re.fullmatch(_PLURAL, w) for w in words):
        # a later item of a list of plural acts ("numerous murders, rapes, looting")
        clause = _list_head(clause) if len(words) == 1 and not words[0].endswith("ed") else None
        if clause is None:
            return False  # plural nouns ("murders", "murders, rapes"), not a verb's phrase
    near = re.findall(r"[\w'-]+", clause)[-KIND_WINDOW:]
    lex = lexicon()
    for word in reversed(near):
        if word in lex["specific_markers"] or word.isdigit() or word.endswith("'s"):
            return False  # "the raids", "its attacks", "two attacks", "Monday's attacks"
        if word in lex["kind_markers"]:
            return True
    return False


def is_prior_text(before: str) -> bool:
    """Is an event told as earlier than the news, given its clause's text before its trigger
    (``prior_adverbs``, ``prior_spans`` and ``since_times`` in data/link.yaml)?

    >>> is_prior_text("The council has already ")
    True
    >>> is_prior_text("It comes three weeks after the council ")
    True
    >>> is_prior_text("The vote came after two days of unrest during which rioters ")
    True
    >>> is_prior_text("The mayor has stayed away since rioters ")
    True
    >>> is_prior_text("Since Monday rioters ")
    False
    >>> is_prior_text("Three weeks after the vote, the council ")
    False
    >>> is_prior_text("The council on Tuesday ")
    False

    A name's abbreviation in brackets ends no clause, and the news may follow an act
    (``prior_verbs``), not be followed by one:

    >>> is_prior_text("The raid came a day after the Tarvo Border Police (TBP) ")
    True
    >>> is_prior_text("The raid follows the "), is_prior_text("The raid was followed by a ")
    (True, False)
    """
    clause = re.split(r"[,;:.!?()]", _unbracketed(before).lower())[-1]
    words = re.findall(r"[\w'-]+", clause)
    lex = lexicon()
    if set(words[-2:]) & lex["prior_adverbs"]:
        return True
    spans = "|".join(re.escape(w) for w in lex["prior_spans"])
    if re.search(rf"\b(?:{spans})\s+after\b|\bafter\s+(?:[\w'-]+\s+)?(?:{spans})\b", clause):
        return True
    verbs = "|".join(re.escape(w) for w in lex["prior_verbs"])
    if re.search(rf"\b(?:{verbs})\s+(?!by\b)(?:[\w'-]+\s+){{0,2}}$", clause):
        return True  # "the blast follows the " + "killing": what the news came after
    since = re.search(r"\bsince\s+([\w'-]+)", clause)
    return bool(
        since and since.group(1) not in lex["since_times"] and not since.group(1)[0].isdigit()
    )


def _unbracketed(text: str) -> str:
    """The text without its bracketed asides ("the Tarvo Border Police (TBP) raided": an
    abbreviation in brackets is no clause boundary)."""
    return re.sub(r"\([^()]*\)", " ", text)


# what ends the text before a trigger told in a relative clause: "..., who was " + "killed"
_RELATIVE_END = re.compile(
    r"(?:,\s*)?\b(?:who|which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$"
)
# a thing's act in a relative clause, with no comma before it: "the uprising that " + "toppled"
_ACTIVE_RELATIVE_END = re.compile(r"\b(?:which|that)\s+$")
# the most words other than names and ``commemorated_fillers`` between the word and the trigger
COMMEMORATED_OTHER_WORDS = 2


def is_commemorated_text(before: str) -> bool:
    """Is the trigger the happening a ceremony or a grave marks, given its sentence before it:
    a word of ``commemoration_words`` (data/link.yaml: "anniversary", "commemorating", "tomb"),
    then only names, ``commemorated_fillers`` ("of the death of") and at most
    ``COMMEMORATED_OTHER_WORDS`` other words, then the trigger as the noun of an "of" phrase or
    in a relative clause ("who was")? Such a happening is years before its report, whatever
    day a misread date gives it.

    >>> is_commemorated_text("They gathered on the anniversary of the death of General Lena "
    ...     "Varga, who was ")
    True
    >>> is_commemorated_text("Crowds marked the tenth anniversary of the ")
    True
    >>> is_commemorated_text("On the anniversary of the uprising, police arrested students who "
    ...     "were ")
    False
    >>> is_commemorated_text("Mourners gathered at the tomb of Tarvo, which was ")
    True
    >>> is_commemorated_text("Police said the guard who was ")
    False

    A thing's act in a relative clause is the marked happening too ("the uprising that" +
    "toppled"); a person's act ("police who" + "fired") or one after a comma may be today's.

    >>> is_commemorated_text("Rallies marked the fifth anniversary of the revolt that ")
    True
    >>> is_commemorated_text("On the anniversary, a crowd that "), is_commemorated_text(
    ...     "On the anniversary, police who ")
    (False, False)
    """
    text = _unbracketed(before)
    lex = lexicon()
    cues = [
        m for m in re.finditer(r"[\w'-]+", text) if m.group(0).lower() in lex["commemoration_words"]
    ]
    if not cues:
        return False
    stretch = text[cues[-1].end() :]
    relative = _RELATIVE_END.search(stretch) or _ACTIVE_RELATIVE_END.search(stretch)
    if relative is not None:
        stretch = stretch[: relative.start()]
        if relative.re is _ACTIVE_RELATIVE_END and "," in stretch:
            return False  # "..., a crowd that": another clause's doer, not the marked happening
    elif not re.search(r"\bof\s+(?:[\w'-]+\s+)?$", stretch):
        return False  # the trigger is neither what "of" names nor in a relative clause
    words = re.findall(r"[\w'-]+", stretch)
    other = [
        w for w in words if not w[0].isupper() and w.lower() not in lex["commemorated_fillers"]
    ]
    return len(other) <= COMMEMORATED_OTHER_WORDS and not re.search(r"[;:]", stretch)


# an ordinal in digits ("12th"); the words are edition_ordinals in data/link.yaml
_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")


def edition(before: str) -> int | None:
    """The ordinal that tells which of a series the trigger after ``before`` is: "opened the
    fourth" + "round" of talks -> 4, "the 12th annual" + "festival" -> 12, "his second full" +
    "term" -> 2 (``edition_ordinals`` in data/link.yaml, or digits with an ordinal suffix); at
    most three words between, no punctuation. None where there is none.

    >>> edition("the envoys opened the fourth "), edition("the 12th annual "), edition("in 2007 ")
    (4, 12, None)
    >>> edition("the second, bloodier ") is None
    True
    """
    tail = re.split(r"[^\w\s'-]", before[-80:])[-1]  # after the last punctuation
    for word in reversed(re.split(r"[\s-]+", tail.strip())[-4:]):
        word = word.lower()
        if _ORDINAL.fullmatch(word):
            return int(word[:-2])
        if word in lexicon()["edition_ordinals"]:
            return lexicon()["edition_ordinals"][word]
    return None
