"""Is this a real event? A small trained scorer over what the article stage already knows.

The rules keep every happening some trigger names; many of them are no event the text asserts
(a noun that refers back to the story, a word inside a quotation or a title, a second telling
of a happening already coded). For each asserted happening this module reads a few dozen
features of its principal mention and of the article around it (the trigger's part of speech
and place in the parse, the roles, place, date and figures it gives, where it stands, how many
happenings of its type come before it) and a logistic model scores how likely it is to be a
real event. Happenings scored under the model's threshold are dropped, except that an article
keeps its best-scored asserted event (a report tells of at least one); other modalities
(planned, threatened, negated ...) are kept as the rules coded them. The scorer only takes
events away: the ones it keeps are exactly what the coder makes without it (their figures,
place and date included).

The threshold is set low (by default it keeps half A's recall within 0.01 of the coder's
without the scorer): a model fitted on some 380 events of 62 texts ranks events well enough
to drop the surest non-events, not to decide the close ones. A stricter threshold (the best F1 of
real-event share and recall on half A) raises half B's share of real events further but costs
recall there and moves other sets (GVDB figures, WikiEvents, CASE); see
``eval/train_eventness.py``.

On by default (``CRISISLENS_EVENTNESS=0``, ``Settings.eventness``: off). Some asserted events
are not judged, and stay as the rules coded them (``judged``): history its own words date
before the report's year or month (kept with that date), an attack or seizure told by its own
verb or counting its dead or injured, and every event of a one-sentence text (the features read
the article around an event).

The model is ``data/eventness.json`` (feature weights, bias, threshold), built by
``eval/train_eventness.py`` from half A of our analyst benchmark only (tests/data/voa); half B
is where it is scored. Without the file, nothing is dropped.

>>> model = eventness_model()                                        # doctest: +SKIP
>>> view = ArticleView.of(doc, happenings, words.definite)           # doctest: +SKIP
>>> model.score(event, happening_features(h, event, view, 0))         # doctest: +SKIP
0.83
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Protocol

from spacy.tokens import Doc, Token

from crisislens.data import read_yaml
from crisislens.events.candidates import HEADLINE, Candidate, head_token, told_roles
from crisislens.events.happenings import Happening
from crisislens.nlp.doc_cache import doc_text
from crisislens.schemas import Event

MODEL_FILE = "eventness.json"
# verbal acts: a speaker with a named addressee or target tells of an act by being said
SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "CONSULT", "SUPPORT"})


class EventFilter(Protocol):
    """What the article coder asks of a scorer: how likely each asserted event is real, and
    the score under which it is dropped."""

    @property
    def threshold(self) -> float: ...

    def score(self, event: Event, features: dict[str, float]) -> float: ...


@dataclass(frozen=True)
class EventnessModel:
    """A logistic model: P(real) = sigmoid(bias + sum of weight * feature)."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, event: Event, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict) -> EventnessModel:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )


@cache
def eventness_model() -> EventnessModel | None:
    """The shipped model, or None where the package holds none."""
    path = resources.files("crisislens") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    return EventnessModel.from_json(json.loads(path.read_text("utf-8")))


@dataclass(frozen=True)
class KeptKinds:
    """``data/article.yaml``: the material acts the scorer leaves as the rules coded them when
    a verb tells them or their casualties are counted, and the stated intents it leaves so
    when they name who states them and to whom."""

    types: frozenset[str]
    casualty_kinds: frozenset[str]
    stated_types: frozenset[str] = frozenset()


@cache
def kept_kinds() -> KeptKinds:
    data = read_yaml("article.yaml")
    return KeptKinds(
        frozenset(data["eventness_kept_types"]),
        frozenset(data["eventness_casualty_kinds"]),
        frozenset(data["eventness_stated_types"]),
    )


def history_with_its_date(h: Happening, published: str | None) -> bool:
    """A happening its own words date before the report's year or month ("the 2014
    overthrow", "pulled out of the deal in May 2019") is background told as history, dated in
    its own past: kept as such (a reader filters it by date), never judged as the report's news.

    >>> history_with_its_date(overthrow_2014, "2022-01-07")           # doctest: +SKIP
    True
    """
    own = h.principal.date
    if own is None:
        return False
    if published is None:
        return own.precision in ("month", "year")
    if own.date[:4] < published[:4]:
        return True
    return own.precision in ("month", "year") and own.date[:7] < published[:7]


def material_act_by_its_verb(h: Happening) -> bool:
    """An attack or a seizure told by its own verb ("rioters torched the depot", "troops
    stormed the port") is what the rules code surest; the scorer judges the rest.

    >>> material_act_by_its_verb(torched)                               # doctest: +SKIP
    True
    """
    p = h.principal
    return not p.noun and bool(p.tokens) and p.event.event_type in kept_kinds().types


def counted_casualties(event: Event) -> bool:
    """An attack whose mentions count its dead or injured ("a shooting on Elm Street left two
    men wounded") is the news of a report, however it is worded.

    >>> counted_casualties(shooting_with_two_injured)                   # doctest: +SKIP
    True
    """
    kinds = kept_kinds()
    return event.event_type in kinds.types and any(
        q.kind in kinds.casualty_kinds for q in event.quantities
    )


def stated_to_a_party(event: Event) -> bool:
    """A threat whose speaker is named and that names whom it is aimed at or addressed to
    ("the junta told the envoy it would kill President Vell if troops intervened") is
    the report's news, as an attack told by its verb is, however many sentences stand around
    it: the scorer, fitted on few such statements, would judge it by its neighbours.

    >>> stated_to_a_party(junta_threat)                                  # doctest: +SKIP
    True
    """
    if event.event_type not in kept_kinds().stated_types:
        return False
    actor, recipient = told_roles(event)  # a pronoun resolved to a name is named
    return all(side is not None and side.name[:1].isupper() for side in (actor, recipient))


def lone_sentence(view: ArticleView) -> bool:
    """A text of one sentence is no article: the features read where a happening stands and
    what the text tells before and after it, so its events are left as the rules coded them."""
    return view.sentences <= 1


def judged(h: Happening, event: Event, view: ArticleView, published: str | None) -> bool:
    """Whether the scorer judges this asserted happening (``event`` is it as one record); the
    named rules above keep the others as coded."""
    return not (
        lone_sentence(view)
        or history_with_its_date(h, published)
        or material_act_by_its_verb(h)
        or counted_casualties(event)
        or stated_to_a_party(event)
    )


def told_surely(h: Happening, event: Event, view: ArticleView, published: str | None) -> bool:
    """An asserted happening of the report's time the scorer leaves as coded (an attack told by
    its verb or counting its casualties: ``judged``), not history with its own date: the report
    tells at least this one, so none of those it judges needs keeping for want of another.

    >>> told_surely(torched, event, view, "2025-03-10")                 # doctest: +SKIP
    True
    """
    if event.modality != "asserted" or history_with_its_date(h, published):
        return False
    return not judged(h, event, view, published)


def kept_events(scores: list[float | None], threshold: float, told: bool = False) -> list[bool]:
    """Which events stay: those not scored (not asserted, or not judged), those scored at or
    over the threshold, and, where every scored one falls under it and the report tells no
    event surely (``told``: ``told_surely``), the best scored (a report tells of at least one
    event)."""
    keep = [s is None or s >= threshold for s in scores]
    scored = [i for i, s in enumerate(scores) if s is not None]
    if scored and not told and not any(keep[i] for i in scored):
        keep[max(scored, key=lambda i: scores[i] or 0.0)] = True
    return keep


@dataclass
class ArticleView:
    """What the features read of the whole article: its parse, and where each happening stands
    (its sentence, its first mention, its type), counted once for all of them."""

    doc: Doc
    definite: frozenset[str]
    sentences: int = 0
    placed: list[tuple[int, int, str]] = field(default_factory=list)
    per_sentence: Counter[int] = field(default_factory=Counter)
    firsts_by_type: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, happenings: list[Happening], definite: frozenset[str]) -> ArticleView:
        placed = [
            (
                _sentence_of(h.principal, doc),
                min(m.order for m in h.members),
                h.principal.event.event_type,
            )
            for h in happenings
        ]
        firsts: dict[str, list[int]] = {}
        for _, first, kind in placed:
            firsts.setdefault(kind, []).append(first)
        return cls(
            doc,
            definite,
            sum(1 for _ in doc.sents),
            placed,
            Counter(sentence for sentence, _, _ in placed),
            {kind: sorted(orders) for kind, orders in firsts.items()},
        )


def article_features(
    happenings: list[Happening], events: list[Event], view: ArticleView
) -> list[dict[str, float]]:
    """The features of each happening (``events[i]`` is ``happenings[i]`` as one record)."""
    return [happening_features(h, e, view, i) for i, (h, e) in enumerate(zip(happenings, events))]


def happening_features(
    h: Happening, event: Event, view: ArticleView, index: int
) -> dict[str, float]:
    """The features of one happening (its principal mention, its members, its neighbours)."""
    p = h.principal
    f: dict[str, float] = {f"type={event.event_type}": 1.0, "confidence": event.confidence}
    f.update(_mention_features(p, view.definite))
    f.update(_told_features(p, event))
    f.update(_happening_features(h))
    f.update(_neighbour_features(h, view, index))
    return f


def _mention_features(p: Candidate, definite: frozenset[str]) -> dict[str, float]:
    """How the principal mention is worded: noun or verb, its place in the parse."""
    f = {
        "noun": float(p.noun),
        "generic": float(p.generic),
        "new": float(p.new),
        "weak": float(p.weak),
        "part": float(p.part),
        "no_trigger": float(not p.tokens),
    }
    head = head_token(p.tokens)
    if head is None:
        return f
    children = list(head.children)
    f[f"tag={head.tag_}"] = 1.0
    f[f"dep={head.dep_}"] = 1.0
    f[f"parent_pos={head.head.pos_}"] = 1.0
    f["definite"] = float(any(c.dep_ == "det" and c.lower_ in definite for c in children))
    f["possessed"] = float(any(c.dep_ == "poss" for c in children))
    f["modal_aux"] = float(any(c.tag_ == "MD" for c in children))
    f["negated"] = float(any(c.dep_ == "neg" for c in children))
    f["reported"] = float(_under(head, ("ccomp",)))
    f["embedded"] = float(_under(head, ("xcomp", "advcl", "relcl", "acl")))
    f["in_quote"] = float(_in_quote(head))
    f["question"] = float(head.sent[-1].text == "?" or head.sent.text.rstrip().endswith("?"))
    f["title_case"] = float(head.text[:1].isupper() and head.i > head.sent.start)
    return f


def _told_features(p: Candidate, event: Event) -> dict[str, float]:
    """What the happening tells: sides, place, date, figures."""
    actor, recipient = told_roles(event)
    own_place = event.location is not None and event.location.mention != "article"
    named = actor is not None and actor.text[:1].isupper()
    speech = event.event_type in SPEECH_ACTS
    return {
        "actor": float(actor is not None),
        "recipient": float(recipient is not None),
        "named_actor": float(named),
        "named_sides": float(named and recipient is not None),
        "speech_act_sides": float(speech and named and recipient is not None),
        "place": float(own_place),
        "figures": float(bool(event.quantities)),
        "own_date": float(p.date is not None),
        "dated": float(event.date is not None),
    }


def _happening_features(h: Happening) -> dict[str, float]:
    members = h.members
    return {
        "mentions": math.log1p(len(members)),
        "any_verb": float(any(not m.noun and m.tokens for m in members)),
        "any_headline": float(any(m.paragraph == HEADLINE for m in members)),
    }


def _neighbour_features(h: Happening, view: ArticleView, index: int) -> dict[str, float]:
    """Where the happening stands in the article, and how many of its type come before it."""
    p = h.principal
    sentence, first, kind = view.placed[index]
    same_type = view.firsts_by_type[kind]
    before = bisect.bisect_left(same_type, first)
    in_sentence = view.per_sentence[sentence] - 1
    return {
        "headline": float(p.paragraph == HEADLINE),
        "paragraph": min(max(p.paragraph, 0), 10) / 10.0,
        "position": p.order / max(1, len(doc_text(view.doc))),
        "same_type_before": min(before, 3) / 3.0,
        "same_type_any": float(len(same_type) > 1),
        "others_in_sentence": min(in_sentence, 3) / 3.0,
        "short_text": float(view.sentences <= 3),
    }


def _sentence_of(c: Candidate, doc: Doc) -> int:
    head = head_token(c.tokens)
    if head is not None:
        return head.sent.start
    end = min(c.order + 1, len(doc_text(doc)))
    span = doc.char_span(c.order, end, alignment_mode="expand")
    return span.sent.start if span is not None and len(span) else -1


def _under(token: Token, deps: tuple[str, ...]) -> bool:
    """The token or a head above it hangs from its own head by one of ``deps``."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in deps:
            return True
        node = node.head
    return False


def _in_quote(token: Token) -> bool:
    """An odd number of quotation marks before the token in its sentence."""
    sent = token.sent
    return sum(1 for t in sent if t.i < token.i and t.is_quote) % 2 == 1
