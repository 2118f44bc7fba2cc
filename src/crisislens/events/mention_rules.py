"""The rules that read a candidate mention as no happening of its own.

Each takes a ``Candidate`` (events/candidates.py) and says whether it tells a state, a past
happening called by its name, a habit, a record, an act restricted, averted or proposed, an
activity going on or a count over a period, rather than a happening the report tells.
``CandidateReader.read`` runs them in order: some drop the mention, the others make it *bare*
(a mention of a happening the article tells of its type, or nothing).

>>> habitual(reader.read(doc, article, events, dates)[0], article_words())  # doctest: +SKIP
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from crisislens.events.dates import DATE_LABELS
from crisislens.events.rules.draft import forbidden
from crisislens.events.statement_vetoes import names_a_work
from crisislens.schemas import Actor, Event

if TYPE_CHECKING:
    from crisislens.events.candidates import ArticleWords, Candidate

HEADLINE = -1  # the paragraph number of a mention in the headline


def told_roles(event: Event) -> tuple[Actor | None, Actor | None]:
    actor, recipient = event.actor, event.recipient
    if actor is not None and actor.sector == "UAF":
        actor = None  # "Unidentified armed group (USA)": nobody named
    place = event.location
    if recipient is not None and place is not None and recipient.start == place.start:
        recipient = None  # the country acted on because the event is there
    return actor, recipient


def head_token(tokens: list[Token]) -> Token | None:
    """The trigger's first content word ("opened fire": opened; "the protests": protests)."""
    return next((t for t in tokens if t.pos_ in ("VERB", "NOUN", "PROPN")), None) or (
        tokens[0] if tokens else None
    )


def trigger_verb(tokens: list[Token]) -> Token | None:
    """The verb a trigger's words hang from, where one does ("Troops are deployed": deployed,
    not its subject), else the trigger's head word (``head_token``)."""
    inside = {t.i for t in tokens}
    roots = (t for t in tokens if t.pos_ == "VERB" and (t.head.i == t.i or t.head.i not in inside))
    return next(roots, None) or head_token(tokens)


def standing_passive(
    c: Candidate, present: frozenset[str], stances: frozenset[str] = frozenset()
) -> bool:
    """A present-tense passive in the body of a report, with no date of its own, tells a
    standing state or a habit, not a happening: "both tankers are sanctioned by the Treasury",
    "the party is banned in the north", "journalists are detained almost daily". A headline's
    present tense tells news ("Two held after raid") and is kept, as is one with a date ("is
    arrested on Monday") or a figure, but for a stance held by a party its agent names
    (``stances``: "the group is accused by Velm of killing hundreds"), whose figures are the
    alleged act's ("he is charged with killing two", naming no one who holds it, is the news of
    a charge). In a relative clause ("the plan, which is backed by Kyiv, was tabled on
    Friday") the sentence's date is its main clause's: only a date inside the clause keeps it.

    >>> standing_passive(reader.read(...)[0], frozenset({"is", "are"}))  # "are sanctioned"  # doctest: +SKIP
    True
    """
    head = trigger_verb(c.tokens)  # "Troops are deployed": the verb, not its subject
    if head is None or head.tag_ != "VBN" or c.paragraph == HEADLINE:
        return False
    if c.event.modality != "asserted":
        return False
    held = c.event.event_type in stances and any(x.dep_ == "agent" for x in head.children)
    if c.event.quantities and not held:
        return False
    if c.date is not None and not (
        head.dep_ == "relcl" and not any(t.ent_type_ in DATE_LABELS for t in head.subtree)
    ):
        return False
    return any(x.dep_ == "auxpass" and x.lower_ in present for x in head.children)


def named_past_event(c: Candidate, published: str | None) -> bool:
    """ "Since the 2017 Lyon attacks and the Marseille bombings, the city has been on alert",
    a list of "* 2009 Kandor Airfield bombing" lines: an event noun named by a year before the
    report's and a name (capitalised words, right before it) is a past happening called by its
    name, background and no event the report tells; so is a named one coordinated with it ("and
    the Marseille bombings"). One told with figures or a clause of its own ("the 2011 Port Ellis
    bombing, which killed 30") is kept, as is one named by a date ("the May 2017 attack").

    >>> named_past_event(reader.read(...)[0], "2022-05-10")  # "the 2017 Lyon attacks"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.quantities:
        return False
    if past_name(head, published):
        return True
    first = head.head
    return head.dep_ == "conj" and bool(_name_words(head)) and past_name(first, published)


def named_era(c: Candidate, words: ArticleWords) -> bool:
    """ "the deepest cuts since the end of the Cold War", "first used during the Balkan Wars":
    a capitalised event noun named by a capitalised word before it, that bounds a time (after
    one of era_preps, or after "the end", "the start" of: era_bounds, article.yaml), is an era
    called by its name, background and no event the report tells. One with figures is kept.

    >>> named_era(reader.read(...)[0], article_words())  # "since the end of the Cold War"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.quantities:
        return False
    if not head.is_title or head.i == head.sent.start:
        return False
    if not any(x.dep_ in ("compound", "amod") and x.is_title and x.i < head.i for x in head.lefts):
        return False
    node = head
    bound = node.head.head
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "of"
        and bound.lemma_.lower() in words.era_bounds
    ):
        node = bound
    return node.dep_ == "pobj" and node.head.lower_ in words.era_preps


def _name_words(noun: Token) -> list[Token]:
    """The year and capitalised words right before an event noun ("2009 Kandor Airfield"),
    none where the noun has a clause of its own ("the Port Ellis bombing, which killed 30")."""
    if any(x.dep_ in ("relcl", "acl") for x in noun.children):
        return []
    words: list[Token] = []
    for token in reversed(noun.doc[: noun.i]):  # a list's lines may part at the year
        if not (_a_year(token) or token.tag_ in ("NNP", "NNPS")):
            break
        words.append(token)
    return words


def _a_year(token: Token) -> bool:
    """A year that names ("the 2017 Lyon attacks"), not one that dates a clause ("in 2017")."""
    year = len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")
    return year and token.dep_ != "pobj"


def past_name(noun: Token, published: str | None) -> bool:
    """ "the 2017 Lyon attacks": a year before the report's (any, with no report date) and a
    name word that is no date ("the May 2017 attack" is dated, not named)."""
    words = _name_words(noun)
    before = int(published[:4]) if published else 10_000
    years = [w for w in words if _a_year(w)]
    names = [w for w in words if not _a_year(w) and w.ent_type_ not in DATE_LABELS]
    return bool(names) and any(int(y.text) < before for y in years)


def unvoiced_statement(c: Candidate, speech_types: frozenset[str]) -> bool:
    """ "The port has seen growing threats", "amid calls for calm", "the talks stalled": a
    noun naming a statement or a meeting (data/article.yaml unvoiced_types) that names no one
    who speaks or meets, nor whom it is addressed to, nor any figure, names no codable act by
    itself. It is a mention of one the article tells, or nothing. (An agreement, "the truce",
    "the deal", is a standing thing the text may go on to tell of, and is not so read.)

    >>> unvoiced_statement(reader.read(...)[0], article_words().unvoiced_types)  # "threats"  # doctest: +SKIP
    True
    """
    if not c.noun or c.new or c.event.modality != "asserted" or c.event.quantities:
        return False
    actor, recipient = told_roles(c.event)
    return c.event.event_type in speech_types and actor is None and recipient is None


def habitual(c: Candidate, words: ArticleWords) -> bool:
    """ "The two leaders seldom criticized Beijing and often accepted its loans", "militants
    routinely attack convoys", "the group has carried out similar attacks in the past": a
    verb an adverb of frequency governs, or a phrase that sets it in an undated past (its
    own, that of the verb it is coordinated with, or that of the verb whose object the event
    noun is; data/article.yaml habit_adverbs, habit_spans), tells a habit or a record, no one
    happening. It is a mention of one the article tells, or nothing.

    >>> habitual(reader.read(...)[0], article_words())  # "seldom criticized"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or c.event.quantities or c.event.modality != "asserted":
        return False
    if c.noun:
        if head.dep_ != "dobj":
            return False
        head = head.head  # "carried out similar attacks"
    verbs = [head, head.head] if head.dep_ == "conj" else [head]
    children = [x for v in verbs for x in v.children]
    if any(x.dep_ == "advmod" and x.lower_ in words.habit_adverbs for x in children):
        return True
    spans = [o for x in children if x.dep_ == "prep" and x.lower_ == "in" for o in x.children]
    return any(o.dep_ == "pobj" and o.lower_ in words.habit_spans for o in spans)


def restricted_act(c: Candidate) -> bool:
    """ "Police banned the rallies", "the decree outlawed strikes in the ports", "a ban on
    marches", "curbs on protests": an event noun that a restriction word restricts (its object,
    or what its "on" phrase names; event_rules.yaml forbidding_words, scope_preps) names what
    is forbidden, not a happening the text tells. It is a mention of one the article tells
    (the rally held in spite of the ban), or nothing; the ban itself is the event.

    >>> restricted_act(reader.read(...)[1])  # "rallies" in "Police banned the rallies."  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.modality != "asserted" or c.event.quantities:
        return False
    return forbidden(head)


def denied_claim(c: Candidate, words: ArticleWords) -> bool:
    """ "Velm says the gunmen train in Norland, a charge Norland denies", "a claim the police
    reject": a stance noun (data/article.yaml stance_types) whose relative clause a verb of
    denying heads (denying_verbs) names the claim its sentence tells, as the object of the
    denial, not an accusation of its own. It is a mention of the one the article tells, or
    nothing.

    >>> denied_claim(reader.read(...)[1], article_words())  # "a charge Norland denies"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.event_type not in words.stance_types:
        return False
    if c.event.quantities:
        return False
    clauses = [x for x in head.children if x.dep_ == "relcl"]
    return any(x.lemma_.lower() in words.denying_verbs for x in clauses)


def averted_act(c: Candidate, verbs: frozenset[str]) -> bool:
    """ "Troops were sent to the valley to prevent further raids", "the arrests foiled a bomb
    attack on the depot": an event noun that a verb of averting (data/article.yaml
    averting_verbs) takes as its object, or as its subject in the passive, names what was kept
    from happening. It is no happening the report tells: a bare mention of one it tells of
    its type (what the averting was meant to keep from coming again), or nothing.

    >>> averted_act(reader.read(...)[1], article_words().averting_verbs)  # "further raids"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.quantities:
        return False
    while head.dep_ == "conj":
        head = head.head  # "to prevent raids and kidnappings"
    if head.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.head.lemma_.lower() in verbs


def proposed_act(c: Candidate, words: ArticleWords) -> bool:
    """ "Moscow will not consider proposals for a ceasefire", "hopes for talks faded", "the
    threat of strikes hangs over the port", "the capital was braced for fresh protests": an
    event noun after the "for" or "of" of a noun of what is proposed, hoped or feared, or of a
    verb of getting ready for it (data/article.yaml proposal_nouns, expecting_verbs,
    proposal_preps) is not told as happening. It is a bare mention of one the article tells of its type, or
    nothing.

    >>> proposed_act(reader.read(...)[0], article_words())  # "ceasefire"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.event.quantities or head.dep_ != "pobj":
        return False
    prep = head.head
    expected = words.proposal_nouns | words.expecting_verbs  # "was braced for fresh protests"
    return prep.lower_ in words.proposal_preps and prep.head.lemma_.lower() in expected


def _undated_act(c: Candidate) -> Token | None:
    """The verb of an asserted mention that gives no date or figures of its own, or the verb
    whose object its event noun is ("has been waging a war", "are conducting raids"), else
    None."""
    head = head_token(c.tokens)
    if head is None or c.date is not None or c.event.quantities or c.event.modality != "asserted":
        return None
    if c.noun:
        return head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None
    verb = trigger_verb(c.tokens)
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _perfect(verb: Token, words: ArticleWords) -> bool:
    """The verb, or the verb it is joined to ("cites ... and has rejected"), has a present
    perfect auxiliary."""
    return any(
        x.dep_ == "aux" and x.lower_ in words.present_perfect_auxiliaries for x in verb.children
    )


def ongoing_perfect(c: Candidate, words: ArticleWords) -> bool:
    """ "The Varo Front has been fighting an insurgency against the state", "farmers have been
    protesting over prices", "the alliance has been waging an air war": the present perfect of
    a gerund (its own, or the one whose object the event noun is) tells an activity going on
    for a long time, no one happening. With no date or figures of its own, where the article tells
    another mention of its type, it is a mention of that happening (CandidateReader.read);
    alone it is the text's one telling and is kept, as is one dated ("have been protesting
    since Monday").

    >>> ongoing_perfect(reader.read(...)[1], article_words())  # "has been fighting"  # doctest: +SKIP
    True
    """
    head = _undated_act(c)
    if head is None or head.tag_ != "VBG":
        return False
    been = any(x.dep_ == "aux" and x.lower_ == "been" for x in head.children)
    return been and _perfect(head, words)


def ongoing_progressive(c: Candidate, words: ArticleWords) -> bool:
    """ "Government troops are battling the rebels in the hills", "police are conducting raids
    in the east": a present progressive in the body of a report (its own verb, or the light
    verb whose object the event noun is) of a material act (data/article.yaml ongoing_types),
    with no date or figures of its own, tells an activity going on, no one happening. Beside another mention of its type it is a mention
    of that happening (CandidateReader.read), as ``ongoing_perfect``; a headline's ("Troops are
    storming the port") is news, as is a statement in progress ("Ankara is warning ..."), and
    one dated ("are raiding homes on Monday") is kept.

    >>> ongoing_progressive(reader.read(...)[1], article_words())  # "are battling"  # doctest: +SKIP
    True
    """
    if c.event.event_type not in words.ongoing_types or c.paragraph == HEADLINE:
        return False
    verb = _undated_act(c)
    if verb is None or verb.tag_ != "VBG":
        return False
    return any(x.dep_ == "aux" and x.lower_ in words.present_auxiliaries for x in verb.children)


def standing_stance(c: Candidate, words: ArticleWords, lede: int = -1) -> bool:
    """ "Kestland and others have accused Norland of abuses", "Velm has blamed several recent raids on the rebels", "Norland
    has accused its neighbour of harbouring the gunmen", "Norland cites old maps and has
    rejected the ruling": a stance (data/article.yaml stance_types) told in the present
    perfect, with no date of its own, outside the headline and the lede (``lede``:
    its sentence's first token), is a position held, no happening, where something more marks
    it as held (``_held_stance``). It is no mention of a happening either, and is dropped
    (``CandidateReader.read``). A perfect alone is news ("Police have
    accused two guards of theft" in a lede, "Velm has denied the raid") and is kept.

    >>> standing_stance(reader.read(...)[1], article_words(), 0)  # "Kestland and others have"  # doctest: +SKIP
    True
    """
    if c.event.event_type not in words.stance_types or c.paragraph == HEADLINE:
        return False
    if c.noun or c.event.modality != "asserted" or c.sentence == lede:
        return False
    verb = trigger_verb(c.tokens)  # its figures are the alleged act's ("of killing 30")
    if verb is None or verb.tag_ != "VBN" or _own_date(c, verb):
        return False
    if any(x.dep_ == "auxpass" for x in verb.children) or not _perfect(verb, words):
        return False
    return _held_stance(verb, words)


def continued_stance(c: Candidate, words: ArticleWords, lede: int = -1) -> bool:
    """ "Norland continues to accuse Velm of harbouring the gunmen", "Velm keeps denying any
    role": a stance (data/article.yaml stance_types) that a verb of going on (continuing_verbs)
    carries in the simple present, outside the headline and the lede, is a position held, no
    happening, and is dropped. "Norland continued to deny the raid on Monday" (past, dated) is
    kept.

    >>> continued_stance(reader.read(...)[1], article_words(), 0)  # "continues to accuse"  # doctest: +SKIP
    True
    """
    if c.event.event_type not in words.stance_types or c.paragraph == HEADLINE:
        return False
    if c.noun or c.event.modality != "asserted" or c.sentence == lede:
        return False
    verb = trigger_verb(c.tokens)
    if verb is None or verb.dep_ != "xcomp":
        return False
    carrier = verb.head
    if _own_date(c, carrier):
        return False
    going_on = carrier.lemma_.lower() in words.continuing_verbs
    return going_on and carrier.tag_ in ("VBZ", "VBP") and not _auxiliaries(carrier)


def relative_stance(c: Candidate, words: ArticleWords) -> bool:
    """ "A charge Velm denies", "a ruling Norland has rejected", "a claim the police
    reject": a stance (data/article.yaml stance_types) told in a relative clause on a noun, in
    the simple present or the present perfect, with no date in that clause, is a position held
    on what the noun names, no happening, and is dropped (``CandidateReader.read``). One
    dated in its clause ("a claim Velm denied on Monday") or in the simple past is kept.

    >>> relative_stance(reader.read(...)[1], article_words())  # "a charge Velm denies"  # doctest: +SKIP
    True
    """
    if c.event.event_type not in words.stance_types or c.paragraph == HEADLINE:
        return False
    if c.noun or c.event.modality != "asserted":
        return False
    verb = trigger_verb(c.tokens)
    if verb is None:
        return False
    start = _relative_start(verb)
    if start is None or any(t.ent_type_ in DATE_LABELS for t in verb.subtree if t.i >= start):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return not _auxiliaries(verb)
    return verb.tag_ == "VBN" and _perfect(verb, words)


def in_a_title(c: Candidate) -> bool:
    """'The army rejected the report, "They Shoot Us at Night: Raids in the Hills"', 'banned
    the film "They Killed My Brother"': a trigger inside the quoted title of a work names it;
    nothing happened, and it is dropped (``CandidateReader.read``;
    statement_vetoes.names_a_work).

    >>> in_a_title(reader.read(...)[1])  # 'the film "They Killed My Brother"'  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    return head is not None and names_a_work(head)


def _relative_start(verb: Token) -> int | None:
    """Where the relative clause a verb heads begins; None where it heads none. The parser
    can read "a ruling Norland has rejected" as a clause whose subject is "a ruling Norland":
    a proper name after "a" and a common noun is the noun and the subject of its clause."""
    if verb.dep_ == "relcl":
        return verb.left_edge.i
    for subject in (x for x in verb.children if x.dep_ == "nsubj" and x.pos_ == "PROPN"):
        article = next((x for x in subject.children if x.dep_ == "det"), None)
        if article is None or "Ind" not in article.morph.get("Definite", []):
            continue  # "a", "an"
        nouns = [x for x in subject.children if article.i < x.i < subject.i]
        if any(x.dep_ in ("amod", "compound") and x.tag_ in ("NN", "VBG") for x in nouns):
            return subject.i  # the clause is "Norland has rejected"
    return None


def held_under(c: Candidate, words: ArticleWords) -> bool:
    """ "Kestland, which is under Norlish sanctions, ...", "firms under EU sanctions": a noun of
    a standing measure (data/article.yaml measure_types) after "under" (measure_state_preps),
    with no date in the phrase of what is under it, tells a state, no measure taken on a day;
    the mention is made bare (``CandidateReader.read``): it joins a sanction the report tells
    ("remain under sanctions" beside "his travel has been prohibited") and makes none of its
    own. "Under sanctions since March 2019" is kept.

    >>> held_under(reader.read(...)[0], article_words())  # "is under sanctions"  # doctest: +SKIP
    True
    """
    if not c.noun or c.event.event_type not in words.measure_types:
        return False
    head = head_token(c.tokens)
    if head is None or head.dep_ != "pobj" or head.head.lower_ not in words.measure_state_preps:
        return False
    held = head.head.head  # "is", "been", "firms": what is under the measure
    return not any(t.ent_type_ in DATE_LABELS for t in held.subtree)


def _own_date(c: Candidate, verb: Token) -> bool:
    """The mention has a date, and it is its clause's own: a relative or a joined clause with
    no date word of its own ("a ruling Norland has rejected" after "the court ruled in
    2016", "talks broke down in May, but Norland continues to accuse ...") takes its
    sentence's date from another clause."""
    if c.date is None:
        return False
    return verb.dep_ not in ("relcl", "conj") or _dated_clause(verb)


def _dated_clause(verb: Token) -> bool:
    return any(t.ent_type_ in DATE_LABELS for t in verb.subtree)


def _held_stance(verb: Token, words: ArticleWords) -> bool:
    """What marks a perfect stance as held, not told as news: it is bounded by "since", joined
    to a verb in the simple present ("cites ... and has rejected"), held by a party and
    unnamed others ("Kestland and others"), or about many acts or one going on ("several recent raids", "of harbouring the gunmen":
    article.yaml standing_acts)."""
    if any(x.lower_ in words.period_bounds for x in verb.children):
        return True
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [x for x in verb.children if x.dep_ == "conj"]
    if any(v.tag_ in ("VBZ", "VBP") and not _auxiliaries(v) for v in joined):
        return True
    subjects = [x for x in verb.children if x.dep_ == "nsubj"]
    if any(_and_others(s, words) for s in subjects):
        return True
    about = [x for x in verb.children if x.dep_ == "dobj"]
    about += [o for x in verb.children if x.dep_ == "prep" for o in x.children]
    if any(o.dep_ == "pcomp" and o.lemma_.lower() in words.standing_acts for o in about):
        return True
    return any(o.dep_ in ("dobj", "pobj") and _many(o, words) for o in about)


def _auxiliaries(verb: Token) -> list[Token]:
    return [x for x in verb.children if x.dep_ in ("aux", "auxpass")]


def _many(noun: Token, words: ArticleWords) -> bool:
    """A plural common noun with no definite word or number: "abuses", "several
    recent raids", not "the raids" or "three raids"."""
    if noun.tag_ != "NNS":
        return False
    return not any(
        x.lower_ in words.definite or x.dep_ == "nummod" or x.dep_ == "poss" for x in noun.children
    )


def _and_others(noun: Token, words: ArticleWords) -> bool:
    """ "Kestland and others": a party joined to unnamed others (article.yaml others)."""
    return any(x.dep_ == "conj" and x.lower_ in words.others for x in noun.children)


def trend_of_acts(c: Candidate, words: ArticleWords) -> bool:
    """ "The Varo Front has stepped up its raids on army convoys", "rebels ramped up
    their shelling", "militants intensified attacks": an event noun that a verb of raising how often
    something happens takes as its object sums up many happenings, none of its own; with no
    date or figures of its own, beside another mention of its type, it is a mention of the
    happening the article tells (CandidateReader.read; data/article.yaml trend_verbs,
    trend_particles, trend_bare_verbs).

    >>> trend_of_acts(reader.read(...)[1], article_words())  # "attacks" in "ramped up attacks"  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or c.date is not None or c.event.quantities:
        return False
    if head.dep_ != "dobj":
        return False
    verb = head.head
    name = verb.lemma_.lower()
    if name not in words.trend_verbs:
        return False
    if name in words.trend_bare_verbs:
        return True
    return any(x.dep_ == "prt" and x.lower_ in words.trend_particles for x in verb.children)


def past_aggregate(c: Candidate, markers: frozenset[str]) -> bool:
    """ "Past attacks were claimed by the group", "triggered by previous sanctions": a plural
    event noun marked as earlier, with no date or figures of its own, sums up happenings
    before the one told. It is no event of its own: a bare reference, a mention of a
    happening the article tells of that type, or nothing (a singular one, "a previous
    attack", is a happening of its own, and "new").

    >>> past_aggregate(reader.read(...)[0], article_words().past_markers)  # "Past raids ..."  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or not c.noun or head.tag_ not in ("NNS", "NNPS"):
        return False
    if c.date is not None or c.event.quantities:
        return False
    return any(x.dep_ in ("amod", "det") and x.lower_ in markers for x in head.children)


def summing_tally(c: Candidate, told: set[tuple[str, str]]) -> bool:
    """ "Since the revolt began, 210 people have been killed", told beside a day's killing: a
    count over a period sums up the happenings the article tells of its type, and is no event
    of its own (it joins none of them: ``happenings.Happening.apart``). Where the article
    tells no other happening of its type (``told``: the type and modality of every mention
    that is no tally), the tally is its only telling of that violence, and is kept."""
    return c.tally and (c.event.event_type, c.event.modality) in told
