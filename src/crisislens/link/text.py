"""Given event mentions in parsed text -> :class:`LinkMention`: what the parse says of each.

For each span: the trigger's head word (its lemma, part of speech and static vector), its
arguments (the names or head lemmas of its subject, object and prepositional objects), the date
it gives its event (a date expression among its own dependents, resolved against the
document's date), and its sentence's names, dates and numbers.

>>> doc = nlp("Rebels seized the depot on Monday.")                      # doctest: +SKIP
>>> m = mentions_from_doc(doc, [(7, 13)], "d1", published="2022-01-07")[0]  # doctest: +SKIP
>>> m.lemma, sorted(m.arguments), m.time.day.isoformat()                 # doctest: +SKIP
('seize', ['depot', 'rebel'], '2022-01-03')
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
from spacy.tokens import Doc, Span, Token

from crisislens.events.dates import resolve_date_text
from crisislens.link.lexicon import SecondSense, lexicon
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.senses import known
from crisislens.link.telling import edition, is_background_text, is_charge_text
from crisislens.link.vectors import text_vector

# the dependents of a trigger that name who or what takes part in it
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "agent", "poss", "compound", "attr", "dative", "oprd", "appos"}
)
# words left out of a trigger's phrase: "took two of them into custody" is "take into custody"
PHRASE_SKIP_POS = frozenset({"DET", "NUM", "PRON", "PUNCT", "SPACE", "AUX", "PART"})
# the dependents of a trigger that name whom it counts ("arrested 23 men", "23 were detained")
COUNTED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "nummod", "appos"})
DATELINE_CHARS = 400  # a document's own date, if it gives one, is in its first lines
_FULL_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)


def dateline(text: str) -> str | None:
    r"""The document's own date from its first lines ("May 03, 2013"), where it gives a full one.

    >>> dateline("Lohan checks into rehab\nMay 03, 2013\nAfter skipping ...")
    '2013-05-03'
    >>> dateline("No date here.") is None
    True
    """
    for match in _DATELINE.finditer(text[:DATELINE_CHARS]):
        value = resolve_date_text(match.group(0), None)
        if value and _FULL_DATE.match(value):
            return value
    return None


def _entity_of(token: Token) -> Span | None:
    doc = token.doc
    if not token.ent_type_:
        return None
    for ent in doc.ents:  # spaCy keeps few entities per sentence; a scan is cheap
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _argument(token: Token) -> str | None:
    ent = _entity_of(token)
    if ent is not None:
        return ent.text.lower() if ent.label_ not in ("DATE", "TIME", "CARDINAL") else None
    if token.pos_ in ("PRON", "DET", "NUM", "PUNCT", "SPACE"):
        return None
    return token.lemma_.lower()


def arguments(head: Token) -> frozenset[str]:
    """Names or head lemmas of who and what takes part: "Rebels seized the depot" -> rebel, depot.

    An event noun also takes the word it modifies or is the subject or object of ("the bombing
    suspect", "police ended the siege")."""
    found: set[str | None] = set()
    for child in head.children:
        if child.dep_ in ARGUMENT_DEPS:
            found.add(_argument(child))
        elif child.dep_ in ("prep", "agent"):
            found.update(_argument(g) for g in child.children if g.dep_ == "pobj")
    nominal = head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i
    if nominal and head.dep_ in ("compound", "amod", "nsubj", "dobj", "nsubjpass"):
        found.add(_argument(head.head))
    return frozenset(a for a in found if a is not None and a != head.lemma_.lower())


def speakers(head: Token, lemma: str) -> frozenset[str]:
    """Who speaks, for a trigger that tells of speaking (``speech_lemmas`` in data/link.yaml):
    the words of its subject, of its agent or of the object of "according to", as names or
    lemmas ("the county coroner said" -> coroner; "according to local police" -> police). Empty
    for any other trigger, and where the speaker is a pronoun ("she said")."""
    if lemma not in lexicon()["speech_lemmas"]:
        return frozenset()
    found: list[Token] = []
    for child in head.children:
        if child.dep_ == "nsubj":
            found.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and lemma == "accord"):
            found.extend(g for g in child.children if g.dep_ == "pobj")
    words = (_argument(token) for token in found)
    return frozenset(w for name in words if name for w in name.split())


def _words(tokens) -> str:
    return " ".join(t.lemma_.lower() for t in tokens if t.pos_ not in PHRASE_SKIP_POS)


def _phrases(span: Span, head: Token) -> list[str]:
    """What the trigger may be as a phrase, most specific first: the words of a given span of
    several ("opened fire", "checked herself into"), then the head verb with a particle ("took
    over"), with a preposition and its object ("took two men into custody"; not with the
    preposition alone: "lived in" is seldom the phrase "live in"), with its object ("lost her
    job") or with its complement ("was let go", "shot dead")."""
    found = [_words(span)] if len(span) > 1 else []
    if head.pos_ != "VERB":
        return found
    verb = head.lemma_.lower()
    for child in head.children:
        if child.dep_ == "prt":
            found.append(f"{verb} {child.lower_}")
        elif child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            found.extend(f"{verb} {child.lower_} {_words([g])}".strip() for g in objects)
        elif child.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "oprd"):
            found.append(f"{verb} {_words([child])}".strip())
    return found


def headline(sent: Span) -> bool:
    """Is the sentence written in title case, as a headline is ("Navy Captures 26 Pirates Off
    Somalia")? Then a capitalised word is no sign of a name ("the Academy Awards" in running
    text stays one)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.text[0].isupper() for t in words) >= 0.75 * len(words)


def _relemmatized(head: Token, lemmatizer) -> str | None:
    """The lemma of a capitalised word the parse left as it is ("Navy Captures Pirates" in a
    headline: "capture"). A word in -s is read first as a verb ("Dies": "die", not "dy"), any
    other first as a noun ("Shooting" stays one; "Caught" is none, so it is read as a verb:
    "catch"); None where neither reading is known."""
    from spacy.tokens import Doc

    for pos in ("VERB", "NOUN") if head.lower_.endswith("s") else ("NOUN", "VERB"):
        word = Doc(head.doc.vocab, words=[head.lower_], pos=[pos])[0]
        lemma = (lemmatizer.rule_lemmatize(word) or [head.lower_])[0]
        if known(lemma):
            return lemma
    return None


# a personal pronoun as the object of a verb: a person ("the club fired her")
PERSONAL_PRONOUNS = frozenset({"him", "her", "me", "us"})


def _dating(preposition: Token) -> bool:
    """Does the preposition give a date or time ("on Tuesday", "at noon")?"""
    return any(g.ent_type_ in ("DATE", "TIME") for g in preposition.children)


def _shows_second_sense(head: Token, sense: SecondSense) -> bool:
    """Does the trigger's construction show ``sense`` (see :func:`second_sense`)?"""
    children = list(head.children)
    preps = {c.lower_ for c in children if c.dep_ in ("prep", "agent") and not _dating(c)}
    parties = {c.lemma_.lower() for c in children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    if preps & sense.first_sense_prepositions or parties & sense.first_sense_nouns:
        return False
    subjects = [c.lemma_.lower() for c in children if c.dep_ == "nsubjpass"]
    objects = [c for c in children if c.dep_ == "dobj"]
    if sense.passive and any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return True
    modified = head.head.lemma_.lower() if head.dep_ in ("amod", "acl") else None
    if sense.modifier and modified and modified not in sense.first_sense_nouns:
        return True  # "a fired clerk", not "the rounds fired"
    if preps & sense.prepositions:
        return True
    if sense.person_object and any(
        o.ent_type_ == "PERSON" or o.lower_ in PERSONAL_PRONOUNS for o in objects
    ):
        return True
    told = {o.lemma_.lower() for o in objects} | set(subjects)
    told |= {c.lemma_.lower() for c in children if c.dep_ == "compound"}
    return bool(told & sense.objects)


def second_sense(head: Token) -> str | None:
    """The word of the trigger's second meaning where its construction shows it, else None:
    "the bank fired him", "a fired clerk", "was fired from the post office" -> "sack"
    (not "troops fired on the crowd", "shots were fired"); "shot a music video" -> "film"."""
    sense = lexicon()["second_senses"].get(head.lemma_.lower())
    if sense is None or not _shows_second_sense(head, sense):
        return None
    return sense.reads_as


def trigger_lemma(span: Span, head: Token, lemmatizer=None) -> str:
    """The trigger's lemma: a phrase the sense table knows ("opened fire" -> "open fire",
    "took two men into custody" -> "take into custody", "was let go" -> "let go"), else its
    head's lemma, lower case; a capitalised head of a headline that the parse did not
    lemmatise ("Captures") is lemmatised again with ``lemmatizer`` (spaCy's rule lemmatizer) where given;
    a word whose construction shows its second meaning is read as that meaning's word
    ("she was fired" -> "sack": :func:`second_sense`)."""
    for phrase in _phrases(span, head):
        if " " in phrase and known(phrase):
            return phrase
    title_case = head.text[:1].isupper() and head.text[1:].islower()  # not "DUI"
    if lemmatizer is not None and title_case and head.lemma_ == head.text and headline(head.sent):
        return _relemmatized(head, lemmatizer) or head.lemma_.lower()
    return second_sense(head) or head.lemma_.lower()


def _number(token: Token) -> float | None:
    """The value of a count ("23", "twenty-three", "1,200"); None for a year or a date."""
    if token.pos_ != "NUM" or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return None
    from crisislens.events.figure_words import parse_number

    value = parse_number(token.text)
    return None if value is None or (token.text.isdigit() and 1800 <= value <= 2100) else value


def counts(head: Token) -> frozenset[float]:
    """How many the trigger's participants are, by the numbers on its arguments: "captured 23
    pirates" and "took 23 of them into custody" -> {23}; "freed 4 hostages" -> {4}. Two
    reports of one arrest count its people alike; two arrests of one kind seldom do."""
    found = []
    for child in head.children:
        if child.dep_ in COUNTED_DEPS:
            found.append(child)
            found.extend(g for g in child.children if g.dep_ == "nummod")
        elif child.dep_ in ("prep", "agent"):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                found.extend(g for g in pobj.children if g.dep_ == "nummod")
    return frozenset(v for v in map(_number, found) if v is not None)


def own_time(head: Token, published: str | None) -> TimeValue | None:
    """A date among the trigger's own dependents ("seized ... on Monday", "Monday's attack")."""
    candidates = list(head.children)
    for child in head.children:
        if child.dep_ == "prep":
            candidates.extend(g for g in child.children if g.dep_ == "pobj")
    for token in candidates:
        ent = _entity_of(token)
        if ent is not None and ent.label_ == "DATE":
            value = TimeValue.parse(resolve_date_text(ent.text, published))
            if value is not None:
                return value
    return None


def _is_background(doc: Doc, head: Token) -> bool:
    """An event noun under "amid", "after", "despite" ... is told in passing."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return is_background_text(doc.text[max(0, head.idx - 60) : head.idx], head.text)


def _sentence_facts(sent: Span, published: str | None) -> tuple:
    labels = lexicon()["participants"]
    names = frozenset(e.text.lower() for e in sent.ents if e.label_ in labels)
    times = tuple(
        t
        for e in sent.ents
        if e.label_ == "DATE"
        for t in [TimeValue.parse(resolve_date_text(e.text, published))]
        if t is not None
    )
    numbers = frozenset(t.text.lower() for t in sent if t.like_num and t.pos_ == "NUM")
    return names, times, numbers


def mentions_from_doc(
    doc: Doc,
    spans: list[tuple[int, int]],
    doc_id: str,
    published: str | None = None,
    keys: list | None = None,
    offset: int = 0,
    sentence_base: int = 0,
    lemmatizer=None,
) -> list[LinkMention]:
    """One :class:`LinkMention` per ``(start, end)`` character span of ``doc``, in order.

    ``doc`` may be a passage of a longer document that starts at character ``offset`` and
    sentence ``sentence_base`` of it: spans are then in the passage's characters, and the
    mentions' offsets in the document's. ``lemmatizer`` (spaCy's) lemmatises again a
    capitalised trigger the parse left as it is (:func:`trigger_lemma`)."""
    published = published or dateline(doc.text)
    day = date.fromisoformat(published) if published and _FULL_DATE.match(published) else None
    sentence_starts = [s.start for s in doc.sents]
    facts: dict[int, tuple] = {}
    out = []
    for n, (start, end) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            span = doc[0:1] if len(doc) else None
        head = span.root if span is not None else None
        if span is None or head is None:
            out.append(
                LinkMention(
                    key=keys[n] if keys else n, doc=doc_id, start=start + offset, end=end + offset
                )
            )
            continue
        sent = head.sent
        if sent.start not in facts:
            facts[sent.start] = _sentence_facts(sent, published)
        names, times, numbers = facts[sent.start]
        lemma = trigger_lemma(span, head, lemmatizer)
        vector = np.asarray(head.vector, dtype=np.float32) if head.has_vector else None
        if vector is not None:
            vector = vector / (float(np.linalg.norm(vector)) or 1.0)
        out.append(
            LinkMention(
                key=keys[n] if keys else n,
                doc=doc_id,
                start=start + offset,
                end=end + offset,
                sentence=sentence_base + _sentence_number(sentence_starts, sent.start),
                lemma=lemma,
                text=doc.text[start:end].lower(),
                pos=head.pos_ if head.pos_ in ("VERB", "NOUN") else "OTHER",
                word_vector=vector,
                arguments=arguments(head),
                speakers=speakers(head, lemma),
                counts=counts(head),
                edition=edition(doc.text[max(0, start - 80) : start].split("\n")[-1]),
                charge=is_charge_text(doc.text[max(0, start - 80) : start], doc.text[start:end]),
                entities=names,
                time=own_time(head, published),
                sentence_times=times,
                numbers=numbers,
                published=day,
                evidence_vector=text_vector(doc.vocab, sent.text),
                background=_is_background(doc, head),
                extra={
                    "head": (head.idx + offset, head.idx + len(head.text) + offset),
                    "sentence_span": (sent.start_char + offset, sent.end_char + offset),
                },
            )
        )
    return out


# a sentence ends at a line break, or at . ! ? (and closing quotes) before a capital or digit
_SENTENCE_END = re.compile(r"\n+|(?<=[.!?])[\"'\u201d)\]]*\s+(?=[\"'\u201c(\[]?[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    r"""Rough sentences, by punctuation and line breaks, without a parse.

    >>> text = "Rebels seized Kidal. Gen. Ag Gamou fled.\nMore soon"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Rebels seized Kidal.', 'Gen. Ag Gamou fled.', 'More soon']
    """
    out, start = [], 0
    abbreviations = lexicon()["abbreviations"]
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        if before and before[-1].rstrip(".").lower() in abbreviations and "\n" not in match.group():
            continue  # "Mr. Smith": the full stop ends an abbreviation, not the sentence
        if text[start : match.start()].strip():
            out.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


def passages(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The sentences that hold a mention, as (start, end, number of the first sentence);
    neighbours that a mention straddles are joined, and every span lies inside one passage.
    Only these need parsing.

    >>> passages("Rebels seized Kidal. Troops fled. Talks resumed.", [(7, 13), (28, 32)])
    [(0, 20, 0), (21, 33, 1)]
    """
    sentences = sentence_spans(text) or [(0, len(text))]
    groups: list[list[int]] = []  # [first sentence, last sentence, start, end]
    for start, end in sorted(spans):
        first = next((i for i, (_, e) in enumerate(sentences) if start < e), len(sentences) - 1)
        last = next((i for i, (_, e) in enumerate(sentences) if end <= e), len(sentences) - 1)
        last = max(first, last)
        lo, hi = min(start, sentences[first][0]), max(end, sentences[last][1])
        if groups and first <= groups[-1][1]:
            group = groups[-1]
            group[1], group[2], group[3] = max(group[1], last), min(group[2], lo), max(group[3], hi)
        else:
            groups.append([first, last, lo, hi])
    return [(lo, hi, first) for first, _, lo, hi in groups]


def _sentence_number(starts: list[int], start: int) -> int:
    import bisect

    return bisect.bisect_right(starts, start) - 1
