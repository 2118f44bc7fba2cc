"""New coded events -> stories, next to the stories already stored (no SQL here: see
``crisislens.store.stories``).

Blocking keeps it cheap on a large store: a new event is compared only with events of its PLOVER
type (or a related type: :func:`crisislens.link.kinds.type_family`) whose days (:func:`period`: a date's whole week or month) come within ``WINDOW_DAYS`` of its
own (where they happened is a rule on each pair: places too far apart, or actors of different
states, are never one event). New events are taken a week at a time in date order, each week clustered
with the stored stories of its blocks (average link, cannot-link constraints; see
:mod:`crisislens.link.cluster`). A stored story never splits or merges with another stored
story, so story ids stay put as articles arrive; a new event joins the story it fits best or
starts a new one, whose id comes from its first event.

A background mention ("amid protests"), or one reported only as possible ("may have been
killed"), joins a story that others start; alone, it makes none. Another happening named only to
compare ("similar attacks", "the worst since last March, when a bombing killed 55") joins none.

>>> linker = StoryLinker(PairModel.load(variant="store"))                      # doctest: +SKIP
>>> linker.assign(new_mentions, stored_mentions, texts)               # doctest: +SKIP
{'e1': 'a41c...', 'e2': 'a41c...', 'e3': None}
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from crisislens.link.block import block_features
from crisislens.link.cluster import link_block
from crisislens.link.documents import DocumentVectors
from crisislens.link.features import (
    COARSE_PRECISIONS,
    INDEX,
    before_report,
    kinds_apart,
    related_undated,
)
from crisislens.link.ground import same_tally
from crisislens.link.kinds import is_statement, type_family
from crisislens.link.lexicon import lexicon
from crisislens.link.mention import LinkMention
from crisislens.link.model import PairModel

WINDOW_DAYS = 3  # a report may date an event up to this far from another report of it
BATCH_DAYS = 7  # new events are linked a week at a time, in date order
# how far after the act it is for an infinitive may begin ("deployed to assist": 4 characters)
PURPOSE_CHARS = 40
# the least probability of two reports of one type and day that give one telling figure
TALLY_PROBABILITY = 0.9


def new_story_id(event_id: str) -> str:
    return hashlib.sha256(event_id.encode()).hexdigest()[:16]


def period(m: LinkMention) -> tuple[date, date]:
    """The days the event may fall on, to look for it: its date's whole week or month (a
    month-precise report of an attack meets the day-precise reports of it); an undated or
    year-precise event is looked for around its article's date (else a fixed past day)."""
    t = m.time
    if t is None or t.precision == "year":
        day = m.published or (t.day if t else date(1970, 1, 1))
        return day, day
    if t.precision == "week":
        return t.day, t.day + timedelta(days=6)
    if t.precision == "month":
        following = date(t.day.year + t.day.month // 12, t.day.month % 12 + 1, 1)
        return t.day, following - timedelta(days=1)
    return t.day, t.day


def day_of(m: LinkMention) -> date:
    """The first day the event may fall on (see :func:`period`)."""
    return period(m)[0]


@dataclass
class StoryLinker:
    model: PairModel

    def assign(
        self,
        new: Sequence[LinkMention],
        stored: Sequence[tuple[LinkMention, str]],
        texts: Callable[[list[str]], dict[str, str]] | None = None,
        documents: Callable[[list[str]], DocumentVectors] | None = None,
    ) -> dict[str, str | None]:
        """A story id (stored or new) per new mention's key; None for a lone background one.

        ``stored`` pairs stored mentions with their story ids; ``texts(article_ids)`` returns
        the articles' texts (for document similarity), or ``documents(article_ids)`` their
        :class:`DocumentVectors` in that order (the store reads the terms it keeps).
        """
        blocks: dict[str | None, list[LinkMention]] = defaultdict(list)
        out: dict[str, str | None] = {}
        new, twins = _twins(new)
        for m in new:
            if m.compared:
                out[str(m.key)] = None  # another happening, named to compare: no story
                continue
            blocks[type_family(m.event_type)].append(m)
        old: dict[str | None, list[tuple[LinkMention, str]]] = defaultdict(list)
        for m, story in stored:
            old[type_family(m.event_type)].append((m, story))
        # every document's words read once, the idf from all of them; each batch compares its own
        docs = sorted({m.doc for m in new} | {m.doc for m, _ in stored})
        if documents is not None:
            vectors = documents(docs)
        else:
            text_of = texts(docs) if texts is not None else {}
            vectors = DocumentVectors([text_of.get(d, "") for d in docs])
        doc_row = {d: n for n, d in enumerate(docs)}
        for key, members in blocks.items():
            members.sort(key=lambda m: (day_of(m), str(m.key)))
            known = _Known(old.get(key, []))
            for batch in _weeks(members):
                assigned = self._link_batch(batch, known, vectors, doc_row)
                out.update(assigned)
                for m in batch:
                    joined = assigned[str(m.key)]
                    if joined is not None:
                        known.add(m, joined)
        for twin, first in twins:
            out[str(twin.key)] = out[str(first.key)]
        return out

    def _link_batch(
        self,
        batch: list[LinkMention],
        known: _Known,
        vectors: DocumentVectors,
        doc_row: dict[str, int],
    ) -> dict[str, str | None]:
        window = timedelta(days=WINDOW_DAYS)
        first = day_of(batch[0]) - window
        last = max(period(m)[1] for m in batch) + window
        nearby = known.within(first, last)
        mentions = [m for m, _ in nearby] + batch
        docs = sorted({m.doc for m in mentions})
        index = {d: n for n, d in enumerate(docs)}
        similarity = vectors.similarity([doc_row[d] for d in docs])
        fresh = set(range(len(nearby), len(mentions)))
        pairs, matrix = block_features(
            mentions, similarity.word_matrix, similarity.name_matrix, index, fresh=fresh
        )
        # only the stories a new mention may join (one of their members is compatible with it),
        # with every member: a story no new mention pairs with cannot change
        touched = {nearby[i][1] for pair in pairs for i in pair if i < len(nearby)}
        keep = [k for k, (_, s) in enumerate(nearby) if s in touched]
        keep += list(range(len(nearby), len(mentions)))
        moved = {k: n for n, k in enumerate(keep)}
        pairs = [(moved[i], moved[j]) for i, j in pairs]
        nearby = [nearby[k] for k in keep if k < len(nearby)]
        mentions = [m for m, _ in nearby] + batch
        stories = sorted({s for _, s in nearby})
        label_of = {s: n for n, s in enumerate(stories)}
        initial = [label_of[s] for _, s in nearby] + [-1] * len(batch)
        n = len(mentions)
        probability = np.zeros((n, n), dtype=np.float32)
        cannot = np.ones((n, n), dtype=bool)
        if pairs:
            rows, cols = np.array(pairs).T
            p = self.model.probability(matrix)
            p = np.maximum(p, _same_tally(mentions, pairs, matrix) * TALLY_PROBABILITY)
            probability[rows, cols] = probability[cols, rows] = p
            cannot[rows, cols] = cannot[cols, rows] = False
        # stored mentions were compared when they arrived; here they only hold their stories
        stored_ids = np.arange(len(nearby))
        cannot[np.ix_(stored_ids, stored_ids)] = False
        np.fill_diagonal(cannot, False)
        initial = _founders_first(probability, cannot, self.model.threshold, initial, mentions)
        labels = link_block(
            probability,
            cannot,
            self.model.threshold,
            initial,
            set(range(len(stories))),
            lambda members: _apart(mentions, members),
        )
        labels = _coarse_to_best_partner(
            labels, probability, cannot, self.model.threshold, mentions, len(nearby)
        )
        return self._name(mentions, nearby, labels, len(nearby))

    @staticmethod
    def _name(mentions, nearby, labels, n_stored) -> dict[str, str | None]:
        clusters: dict[int, list[int]] = defaultdict(list)
        for k, label in enumerate(labels):
            clusters[label].append(k)
        out: dict[str, str | None] = {}
        for members in clusters.values():
            stored = [k for k in members if k < n_stored]
            fresh = [mentions[k] for k in members if k >= n_stored]
            if not fresh:
                continue
            if stored:
                story: str | None = nearby[stored[0]][1]
            elif not any(m.founds for m in fresh):
                story = None  # told only in passing, or only as possible: no story of its own
            else:
                founder = min((m for m in fresh if m.founds), key=lambda m: (day_of(m), str(m.key)))
                story = new_story_id(str(founder.key))
            for m in fresh:
                out[str(m.key)] = story
        return out


def _founders_first(
    probability: np.ndarray,
    cannot: np.ndarray,
    threshold: float,
    initial: list[int],
    mentions: Sequence[LinkMention],
) -> list[int]:
    """The batch's stories as the mentions that may start one make them (with the stored
    stories), before the others join: a mention told as earlier than its report's news
    ("follows the killing of a commander") joins a story that others start, so the reports of
    the news first make theirs, and it does not glue two parts of it together before they
    have met. Returns ``initial`` with each founder's cluster labelled (stored stories keep
    their labels; a new cluster takes a label after them); the others stay -1.

    >>> p = np.array([[0, .9, .7], [.9, 0, .6], [.7, .6, 0]], dtype=np.float32)
    >>> late = LinkMention("c", "d3", 0, 4, prior=True)
    >>> ms = [LinkMention("a", "d1", 0, 4), LinkMention("b", "d2", 0, 4), late]
    >>> _founders_first(p, np.zeros((3, 3), bool), 0.5, [-1, -1, -1], ms)
    [0, 0, -1]
    """
    core = [k for k, m in enumerate(mentions) if initial[k] >= 0 or not _joins_late(m)]
    if len(core) == len(mentions) or len(core) < 2:
        return initial
    stored = {label for label in initial if label >= 0}
    sub = np.ix_(core, core)
    labels = link_block(
        probability[sub],
        cannot[sub],
        threshold,
        [initial[k] for k in core],
        stored,
        lambda members: _apart(mentions, [core[k] for k in members]),
    )
    first = max(stored, default=-1) + 1
    label_of: dict[int, int] = {}
    for position, label in enumerate(labels):
        if initial[core[position]] >= 0:
            label_of[label] = initial[core[position]]
    out = list(initial)
    for position, label in enumerate(labels):
        out[core[position]] = label_of.setdefault(label, first + label)
    return out


def _coarse_to_best_partner(
    labels: list[int],
    probability: np.ndarray,
    cannot: np.ndarray,
    threshold: float,
    mentions: Sequence[LinkMention],
    n_stored: int,
) -> list[int]:
    """``labels`` with each mention dated only to a month or a year (:func:`_coarse`) that is
    alone in its cluster moved to the cluster of its most probable compatible partner, where
    that pair reaches the threshold and no member of that cluster is told apart from it
    (:func:`_apart`); a stored one (the first ``n_stored`` mentions) only to a cluster of new
    mentions, which then join its story. "In August, the group stormed the Harbour hotel" names no one alike with
    most of the siege's day-dated reports, so the mean over the story stays low (a coarse pair
    counts only on a party or figure in common), though it is one of them; its best partner,
    the report that names the group and the hotel alike, tells which story it retells.

    >>> from crisislens.link.mention import TimeValue
    >>> p = np.array([[0, .9, .0], [.9, 0, .7], [.0, .7, 0]], dtype=np.float32)
    >>> cannot = np.array([[0, 0, 1], [0, 0, 0], [1, 0, 0]], dtype=bool)
    >>> day = [LinkMention(k, f"d{n}", 0, 4, time=TimeValue.parse("2025-08-19"))
    ...        for n, k in enumerate("ab")]
    >>> august = LinkMention("c", "d3", 0, 4, time=TimeValue.parse("2025-08", "month"))
    >>> _coarse_to_best_partner([0, 0, 2], p, cannot, 0.5, [*day, august], 0)
    [0, 0, 0]
    """
    out = list(labels)
    sizes: dict[int, int] = defaultdict(int)
    for label in labels:
        sizes[label] += 1
    for k in range(len(mentions)):
        if not _coarse(mentions[k]) or sizes[labels[k]] > 1:
            continue
        row = np.where(cannot[k], 0.0, probability[k])
        row[k] = 0.0
        best = int(np.argmax(row))
        if row[best] < threshold:
            continue
        members = [x for x, label in enumerate(out) if label == out[best] and x != k]
        if k < n_stored and min(members) < n_stored:
            continue  # two stored stories never merge
        if not _apart(mentions, [*members, k])[-1].any():
            out[k] = out[best]  # a stored one alone: the new cluster joins its story
    return out


def _coarse(m: LinkMention) -> bool:
    """Is the mention dated only to a month or a year ("earlier this month", "in 2020")?"""
    return m.time is not None and m.time.precision in COARSE_PRECISIONS


def _joins_late(m: LinkMention) -> bool:
    """Does the mention join only stories that others have made (see :func:`_founders_first`)?
    One told as earlier than its report's news does, and so does one dated only to a month or a
    year: glued first to its best partner, such a mention ("during the March attack in the
    port", dated 2024) kept that partner out of the story the day-dated reports made. (Every
    mention that starts no story, background and hedged ones too, cost right pairs of link27's
    spot set, 0.429 -> 0.366 recall, and one ECB+ end-to-end pair.)"""
    return m.prior or _coarse(m)


def _apart(mentions: Sequence[LinkMention], members: list[int]) -> np.ndarray:
    """The pairs of ``members`` told as two kinds of happening (:func:`kinds_apart`), one
    told as earlier than its report and the other of that report's day or later
    (:func:`before_report`), or of two related types, one of them undated
    (:func:`related_undated`): what each report says, not a misread date."""
    n = len(members)
    out = np.zeros((n, n), dtype=bool)
    for x in range(n):
        for y in range(x + 1, n):
            a, b = mentions[members[x]], mentions[members[y]]
            if kinds_apart(a, b) or before_report(a, b) or related_undated(a, b):
                out[x, y] = out[y, x] = True
    return out


def _same_tally(
    mentions: Sequence[LinkMention], pairs: list[tuple[int, int]], matrix: np.ndarray
) -> np.ndarray:
    """1.0 for each compatible pair of two reports of one type, both dated to the day, that give
    a telling figure alike (:func:`same_tally`), else 0.0: the pair model, trained on ECB+'s
    long reports, reads two short wire reports ("The Pentagon is deploying 1,500 troops to the
    border" and "The White House announced the deployment of 1,500 troops") as strangers, their
    words and names being few; the day and the tally tell one happening."""
    out = np.zeros(len(pairs), dtype=np.float32)
    candidates = np.flatnonzero(matrix[:, INDEX["figure_match"]] > 0)
    for k in candidates.tolist():
        i, j = pairs[k]
        out[k] = same_tally(mentions[i], mentions[j])
    return out


class _Known:
    """The linked mentions of one block, with their stories and days, to find those near a
    batch of new ones quickly."""

    def __init__(self, linked: Sequence[tuple[LinkMention, str]]) -> None:
        self.items: list[tuple[LinkMention, str]] = []
        self.first: list[int] = []
        self.last: list[int] = []
        for m, story in linked:
            self.add(m, story)

    def add(self, m: LinkMention, story: str) -> None:
        lo, hi = period(m)
        self.items.append((m, story))
        self.first.append(lo.toordinal())
        self.last.append(hi.toordinal())

    def within(self, first: date, last: date) -> list[tuple[LinkMention, str]]:
        """The mentions whose days overlap ``first`` to ``last``."""
        lo, hi = np.array(self.first), np.array(self.last)
        near = (lo <= last.toordinal()) & (hi >= first.toordinal())
        return [self.items[k] for k in np.flatnonzero(near)]


def _twins(
    mentions: Sequence[LinkMention],
) -> tuple[list[LinkMention], list[tuple[LinkMention, LinkMention]]]:
    """The mentions to link, and each other event coded from the same trigger words of one
    article with the one linked for it. One trigger tells one happening: "the Pentagon will
    send 3,000 troops" coded as a MOBILIZE and as a THREATEN is one deployment, and both codings
    join its story. The one linked is a non-statement that may start a story, where there is one.

    >>> a = LinkMention("a", "d1", 4, 9, event_type="THREATEN")
    >>> b = LinkMention("b", "d1", 4, 9, event_type="MOBILIZE")
    >>> linked, twins = _twins([a, b])
    >>> [m.key for m in linked], [(t.key, f.key) for t, f in twins]
    (['b'], [('a', 'b')])
    """
    by_words: dict[tuple[str, int, int], list[LinkMention]] = defaultdict(list)
    for m in mentions:
        by_words[(m.doc, m.start, m.end)].append(m)
    linked: list[LinkMention] = []
    twins: list[tuple[LinkMention, LinkMention]] = []
    for group in by_words.values():
        group.sort(key=lambda m: (not m.founds, is_statement(m.event_type), str(m.key)))
        linked.append(group[0])
        twins.extend((twin, group[0]) for twin in group[1:])
    purposes = _purposes(linked)
    twins.extend(purposes)
    folded = {id(m) for m, _ in purposes}
    return [m for m in linked if id(m) not in folded], twins


def _purposes(mentions: Sequence[LinkMention]) -> list[tuple[LinkMention, LinkMention]]:
    """Each event told only as another act's purpose (an infinitive: "the military has been
    deployed to assist in keeping order", ``purpose`` from link/events.py purpose_clause), with
    the act of a type told with its purpose (``purpose_of_types`` in data/link.yaml) it follows
    in its sentence, within ``PURPOSE_CHARS``: the deployment's story is its story, not one of
    its own, nor the story of whatever else of its type happened there.

    >>> sent = LinkMention("a", "d1", 30, 38, event_type="MOBILIZE", extra={"sentence_start": 0})
    >>> aid = LinkMention("b", "d1", 42, 48, extra={"sentence_start": 0, "purpose": True})
    >>> [(p.key, m.key) for p, m in _purposes([sent, aid])]
    [('b', 'a')]
    """
    out = []
    for m in mentions:
        if not m.extra.get("purpose"):
            continue
        before = [
            x
            for x in mentions
            if x is not m
            and x.doc == m.doc
            and x.extra.get("sentence_start") == m.extra.get("sentence_start")
            and not x.extra.get("purpose")
            and x.event_type in lexicon()["purpose_of_types"]
            and 0 <= m.start - x.end <= PURPOSE_CHARS
        ]
        if before:
            out.append((m, max(before, key=lambda x: x.end)))
    return out


def _weeks(members: list[LinkMention]):
    """Consecutive runs of date-sorted mentions spanning at most BATCH_DAYS each."""
    batch: list[LinkMention] = []
    for m in members:
        if batch and (day_of(m) - day_of(batch[0])).days > BATCH_DAYS:
            yield batch
            batch = []
        batch.append(m)
    if batch:
        yield batch
