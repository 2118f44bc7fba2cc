"""Pairwise evidence for a whole block of mentions at once, as NumPy matrices.

The same evidence and rules as :func:`crisislens.link.features.pair_features` and
:func:`~crisislens.link.features.compatible` (tests check that both agree on every pair), but a
block of 1,800 mentions has 1.6 million pairs: computed one by one in Python that alone would take
a minute, as matrices it takes a second or two.

Each mention's side of the evidence is read once (:class:`Sides`); the pairs are then computed a
band of rows at a time (``rows`` mentions against all), so that memory stays bounded however
large the block, and the store, which compares only its new events with the stored ones, computes
only the rows of the new events.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
from scipy import sparse

from crisislens.link.features import (
    COARSE_PRECISIONS,
    FEATURES,
    PUBLISHED_APART_DAYS,
    TOLD_BEFORE_DAYS,
    full_name,
    own_date,
    party_plan,
    party_words,
    ruling_country,
    side_event,
    speaker_words,
    unplaced_plan,
    words_of,
)
from crisislens.link.ground import (
    beyond_place,
    ground_names,
    place_not_enough,
    telling_figures,
    told_parties,
)
from crisislens.link.kinds import is_order, is_statement, partner_modes_apart, relation_groups
from crisislens.link.mention import PRECISIONS, LinkMention
from crisislens.link.places import ONE_CITY_KM, REPORTS_PLACE_KM, WIDE_FEATURES, province_of
from crisislens.link.senses import meanings
from crisislens.schemas import NON_STATE_CODES

EARTH_KM = 6371.0
BAND = 256  # rows of pairs computed at once: against 20,000 mentions, about 2 GB at most


def _codes(values: Sequence[Hashable | None]) -> np.ndarray:
    """Integer codes, -1 for None or empty."""
    table: dict = {}
    return np.array([table.setdefault(v, len(table)) if v else -1 for v in values], dtype=np.int64)


def _incidence(sets: Sequence[frozenset]) -> sparse.csr_matrix:
    vocabulary: dict = {}
    rows, cols = [], []
    for row, s in enumerate(sets):
        for item in s:
            rows.append(row)
            cols.append(vocabulary.setdefault(item, len(vocabulary)))
    data = np.ones(len(rows), dtype=np.float32)
    shape = (len(sets), max(len(vocabulary), 1))
    return sparse.csr_matrix((data, (rows, cols)), shape=shape)


def _vectors(vectors: Sequence[np.ndarray | None]) -> np.ndarray | None:
    present = [v for v in vectors if v is not None]
    if not present:
        return None
    matrix = np.zeros((len(vectors), present[0].shape[0]), dtype=np.float32)
    for row, v in enumerate(vectors):
        if v is not None:
            matrix[row] = v
    return matrix


class Sides:
    """Each mention's side of the pairwise evidence, as arrays (read once per block)."""

    def __init__(self, mentions: Sequence[LinkMention], doc_index: dict[str, int] | None) -> None:
        m = mentions
        self.mentions = mentions
        self.n = len(m)
        self.doc_index = doc_index
        self.docs = (
            np.array([doc_index[x.doc] for x in m]) if doc_index else _codes([x.doc for x in m])
        )
        self.sentence = np.array([x.sentence for x in m])
        self.pos = np.array([x.pos for x in m])
        self.published = np.array([x.published.toordinal() if x.published else -1 for x in m])
        self.lemma = _codes([x.lemma for x in m])
        self.text = _codes([x.text for x in m])
        self.vectors = {
            name: _vectors([getattr(x, name) for x in m])
            for name in ("word_vector", "context", "sentence_vector", "evidence_vector")
        }
        self.sets = {
            "arguments": _incidence([x.arguments for x in m]),
            "entities": _incidence([x.entities for x in m]),
            "ground_names": _incidence([ground_names(x) for x in m]),
            "told_parties": _incidence([told_parties(x) for x in m]),
            "beyond_place": _incidence([beyond_place(x) for x in m]),
            "numbers": _incidence([x.numbers for x in m]),
            "meanings": _incidence([meanings(x.lemma) for x in m]),
            "figures": _incidence([frozenset(x.figures) for x in m]),
            "telling": _incidence([telling_figures(x) for x in m]),
            "counts": _incidence([x.counts for x in m]),
            "speakers": _incidence([x.speakers for x in m]),
            "recipient": _incidence([words_of(x.extra.get("recipient_name")) for x in m]),
            # both parties' words, to tell two actors apart (features.actors_differ)
            "parties": _incidence(
                [party_words(x, "actor") | party_words(x, "recipient") for x in m]
            ),
            "speaker": _incidence(
                [speaker_words(x) if is_statement(x.event_type) else frozenset() for x in m]
            ),
        }
        self.sizes = {k: np.asarray(v.sum(1)).ravel() for k, v in self.sets.items()}
        self._times(m)
        self._places(m)
        self.states = [
            _codes([v if v and v not in NON_STATE_CODES else None for v in values])
            for values in (
                [x.extra.get("actor_country") for x in m],
                [x.extra.get("recipient_country") for x in m],
            )
        ]
        # the countries the state rule reads: those the parties' words tell (ruling_country),
        # coded over one vocabulary with the others
        everything = [x.extra.get(f"{r}_country") for r in ("actor", "recipient") for x in m]
        everything += [ruling_country(x, r) for r in ("actor", "recipient") for x in m]
        codes = _codes([v if v and v not in NON_STATE_CODES else None for v in everything])
        self.ruling_states = [codes[2 * self.n : 3 * self.n], codes[3 * self.n :]]
        self._listed(m)
        self.types = _codes([x.event_type for x in m])
        self.relation = np.array([relation_groups(x) for x in m], dtype=np.int64)
        self.modes = _codes(
            [(x.event_type, x.mode) if x.event_type and x.mode else None for x in m]
        )
        self.order = np.array([is_order(x.event_type, x.mode) for x in m])
        self._mode_table(m)
        self.actor_given = np.array([bool(party_words(x, "actor")) for x in m])
        self.full_name = np.array([full_name(x) for x in m])
        self.actor_party = _codes([x.extra.get("actor_party") for x in m])
        self.undated = np.array([x.time is None for x in m])
        self.side_event = np.array([side_event(x) for x in m])
        self.place_not_enough = np.array([place_not_enough(x) for x in m])
        self.prior = np.array([x.prior and x.published is not None for x in m])
        self.charge = np.array([x.charge for x in m])
        self.asserted = np.array([x.asserted for x in m])
        self.party_plan = np.array([party_plan(x) for x in m])
        self.unplaced_plan = np.array([unplaced_plan(x) for x in m])
        self.edition = np.array([x.edition or 0 for x in m], dtype=np.int64)
        self.own_date = np.array([own_date(x) for x in m])
        self.worded_day = np.array([x.worded_day for x in m])
        self.coarse = np.array(
            [x.time is not None and x.time.precision in COARSE_PRECISIONS for x in m]
        )
        self.sentence_dated = [i for i, x in enumerate(m) if x.sentence_times]

    def _mode_table(self, m: Sequence[LinkMention]) -> None:
        """Which (type, mode) codes are apart from which (kinds.modes_apart)."""
        keys: dict[int, tuple[str, str]] = {}
        for x, code in zip(m, self.modes.tolist()):
            if code >= 0 and x.event_type and x.mode:
                keys[code] = (x.event_type, x.mode)
        size = max(len(keys), 1)
        table = np.zeros((size, size), dtype=bool)
        for c1, (t1, m1) in keys.items():
            for c2, (t2, m2) in keys.items():
                table[c1, c2] = t1 == t2 and partner_modes_apart(t1, m1, m2)
        self.mode_apart = table

    def _listed(self, m: Sequence[LinkMention]) -> None:
        """One-hot rows of each mention's place and target countries, and the rows of the
        countries its sentences name, over one vocabulary (places.listed_by_each)."""

        def one(value: str | None) -> frozenset:
            return frozenset({value}) if value else frozenset()

        kinds = (
            [x.named_countries for x in m],
            [one(x.place[3] if x.place else None) for x in m],
            [one(x.extra.get("recipient_country")) for x in m],
        )
        vocabulary = {
            c: k for k, c in enumerate(sorted(set().union(*(s for k in kinds for s in k))))
        }

        def rows(sets: list[frozenset]) -> sparse.csr_matrix:
            pairs = [(row, vocabulary[c]) for row, items in enumerate(sets) for c in items]
            r, c = zip(*pairs) if pairs else ((), ())
            data = np.ones(len(r), dtype=np.float32)
            return sparse.csr_matrix((data, (r, c)), shape=(len(sets), max(len(vocabulary), 1)))

        self.named, self.place_country, self.target_country = (rows(k) for k in kinds)

    def _times(self, m: Sequence[LinkMention]) -> None:
        self.has_time = np.array([x.time is not None for x in m])
        self.level = np.array([PRECISIONS.index(x.time.precision) if x.time else 0 for x in m])
        self.ordinal = np.array([x.time.day.toordinal() if x.time else 0 for x in m])
        self.month = np.array([x.time.day.year * 12 + x.time.day.month if x.time else 0 for x in m])
        self.year = np.array([x.time.day.year if x.time else 0 for x in m])

    def _places(self, m: Sequence[LinkMention]) -> None:
        self.has_place = np.array([x.place is not None for x in m])
        self.lat = np.radians([x.place[0] if x.place else 0.0 for x in m])
        self.lon = np.radians([x.place[1] if x.place else 0.0 for x in m])
        self.wide = np.array([x.place is not None and x.place[2] in WIDE_FEATURES for x in m])
        self.limit = np.array(
            [REPORTS_PLACE_KM.get(x.place[2], 50.0) if x.place else 50.0 for x in m]
        )
        self.country = _codes([x.place[3] if x.place else None for x in m])
        self.precise = self.has_place & ~self.wide
        self.province = _codes([province_of(x) for x in m])
        self.is_province = np.array([x.place is not None and x.place[2] == "admin1" for x in m])


def _outer(values: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the rows' values as a column, every value as a row), to broadcast to (rows, n)."""
    return values[rows][:, None], values[None, :]


def _equal(codes: np.ndarray, rows: np.ndarray) -> np.ndarray:
    a, b = _outer(codes, rows)
    return (a == b) & (a >= 0)


def _overlap(s: Sides, key: str, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Jaccard and intersection-size matrices of one kind of set."""
    matrix = s.sets[key]
    inter = (matrix[rows] @ matrix.T).toarray()
    a, b = _outer(s.sizes[key], rows)
    union = a + b - inter
    return np.where(union > 0, inter / np.maximum(union, 1), 0.0), inter


def _cosine(s: Sides, key: str, rows: np.ndarray) -> np.ndarray:
    matrix = s.vectors[key]
    if matrix is None:
        return np.zeros((len(rows), s.n), dtype=np.float32)
    return matrix[rows] @ matrix.T


def _time_conflicts(s: Sides, rows: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """(own dates conflict, own dates match) as (rows, n) matrices."""
    la, lb = _outer(s.level, rows)
    coarser = np.maximum(la, lb)
    oa, ob = _outer(s.ordinal, rows)
    gap = np.abs(oa - ob)
    ha, hb = _outer(s.has_time, rows)
    both = ha & hb
    ma, mb = _outer(s.month, rows)
    ya, yb = _outer(s.year, rows)

    def differ(days: int) -> np.ndarray:
        out = (coarser == 0) & (gap > days)
        out |= (coarser == 1) & (gap > 7)
        out |= (coarser == 2) & (ma != mb)
        out |= (coarser == 3) & (ya != yb)
        return out & both

    return differ(window), both & ~differ(0)


def _places(s: Sides, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(match, conflict) matrices of the coded places; one city coded to two states is no
    conflict (places.one_city_two_states)."""
    ha, hb = _outer(s.has_place, rows)
    both = ha & hb
    ca, cb = _outer(s.country, rows)
    known = (ca >= 0) & (cb >= 0)
    country_conflict = (ca != cb) & known & both
    same_country = (ca == cb) & known & both
    lat_a, lat_b = _outer(s.lat, rows)
    dlat = lat_a - lat_b
    dlon = s.lon[rows][:, None] - s.lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat_a) * np.cos(lat_b) * np.sin(dlon / 2) ** 2
    km = EARTH_KM * 2 * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    wa, wb = _outer(s.wide, rows)
    either_wide = wa | wb
    limit_a, limit_b = _outer(s.limit, rows)
    near = km <= np.maximum(limit_a, limit_b)
    # a province and a place the gazetteer puts in another province (places.provinces_differ)
    pa, pb = _outer(s.province, rows)
    ia, ib = _outer(s.is_province, rows)
    near &= ~((ia | ib) & (pa >= 0) & (pb >= 0) & (pa != pb))
    match = both & ~country_conflict & np.where(either_wide, same_country, near)
    one_city = country_conflict & ~either_wide & (km <= ONE_CITY_KM)
    conflict = both & (country_conflict | (~either_wide & ~near)) & ~one_city
    return match & (rows[:, None] != np.arange(s.n)[None, :]), conflict


def _before_report(s: Sides, rows: np.ndarray) -> np.ndarray:
    """features.before_report as a matrix."""
    prior_a, prior_b = _outer(s.prior, rows)
    day = s.has_time & (s.level == 0)
    day_a, day_b = _outer(day, rows)
    pub_a, pub_b = _outer(s.published, rows)
    ord_a, ord_b = _outer(s.ordinal, rows)
    return (prior_a & ~prior_b & day_b & (ord_b >= pub_a)) | (
        prior_b & ~prior_a & day_a & (ord_a >= pub_b)
    )


def _reported_before(s: Sides, rows: np.ndarray) -> np.ndarray:
    """features.reported_before as a matrix."""
    day_a, day_b = _outer(s.worded_day, rows)
    told_a, told_b = _outer(s.asserted & (s.published >= 0), rows)
    pub_a, pub_b = _outer(s.published, rows)
    ord_a, ord_b = _outer(s.ordinal, rows)
    return (day_a & told_b & (ord_a - pub_b > TOLD_BEFORE_DAYS)) | (
        day_b & told_a & (ord_b - pub_a > TOLD_BEFORE_DAYS)
    )


def _actor_conflict(s: Sides, rows: np.ndarray, listed: bool = False) -> np.ndarray:
    """Actors (or targets) of two states; with ``listed`` (the rule), targets of two states
    each report names are no conflict, nor countries the parties' words do not tell
    (features._country_conflict)."""
    out = np.zeros((len(rows), s.n), dtype=bool)
    for k, codes in enumerate(s.ruling_states if listed else s.states):
        a, b = _outer(codes, rows)
        conflict = (a != b) & (a >= 0) & (b >= 0)
        if listed and k == 1:
            conflict &= ~_listed_by_each(s, s.target_country, rows)
        out |= conflict
    return out


def _listed_by_each(s: Sides, countries: sparse.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """Each mention's country (one-hot ``countries``) among those the other's sentences name
    (places.listed_by_each; the caller knows the two countries differ)."""
    mine_named = (countries[rows] @ s.named.T).toarray() > 0
    theirs_named = (s.named[rows] @ countries.T).toarray() > 0
    return mine_named & theirs_named


def _recipient_conflict(s: Sides, rows: np.ndarray) -> np.ndarray:
    _, shared = _overlap(s, "recipient", rows)
    a, b = _outer(s.sizes["recipient"] > 0, rows)
    return a & b & (shared == 0)


def _told_by_others(s: Sides, rows: np.ndarray) -> np.ndarray:
    """Two mentions of speaking by speakers that share no word (features.told_by_others)."""
    _, shared = _overlap(s, "speakers", rows)
    a, b = _outer(s.sizes["speakers"] > 0, rows)
    return a & b & (shared == 0)


def _speakers_differ(s: Sides, rows: np.ndarray) -> np.ndarray:
    """Two statements whose named speakers share no word (only statements have a speaker)."""
    _, shared = _overlap(s, "speaker", rows)
    a, b = _outer(s.sizes["speaker"] > 0, rows)
    return a & b & (shared == 0)


def _sentence_times(s: Sides, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(some sentence date in common, all sentence dates differ), pair by pair where both
    sentences name dates: few mentions do, so a loop over those is cheap."""
    match = np.zeros((len(rows), s.n), dtype=bool)
    conflict = np.zeros((len(rows), s.n), dtype=bool)
    position = {int(r): k for k, r in enumerate(rows)}
    for i in s.sentence_dated:
        if i not in position:
            continue
        a = s.mentions[i].sentence_times
        for j in s.sentence_dated:
            if j == i:
                continue
            b = s.mentions[j].sentence_times
            same = any(x.matches(y) for x in a for y in b)
            match[position[i], j] = same
            conflict[position[i], j] = not same and all(x.conflicts(y) for x in a for y in b)
    return match, conflict


def band_matrices(
    s: Sides,
    rows: np.ndarray,
    word_similarity: np.ndarray | None = None,
    name_similarity: np.ndarray | None = None,
    window_days: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The features of the pairs (row, any mention) as a (rows, n, features) array, and their
    (rows, n) compatibility matrix."""
    from crisislens.link.mention import DAY_WINDOW

    window = DAY_WINDOW if window_days is None else window_days
    da, db = _outer(s.docs, rows)
    same_doc = da == db
    time_conflict, time_match = _time_conflicts(s, rows, window)
    place_match, place_conflict = _places(s, rows)
    arg_j, arg_i = _overlap(s, "arguments", rows)
    name_j, _ = _overlap(s, "entities", rows)
    num_j, _ = _overlap(s, "numbers", rows)
    _, meanings_shared = _overlap(s, "meanings", rows)
    same_lemma = _equal(s.lemma, rows)
    _, fig_i = _overlap(s, "figures", rows)
    _, count_i = _overlap(s, "counts", rows)
    ca_, cb_ = _outer(s.sizes["counts"] > 0, rows)
    s_match, s_conflict = _sentence_times(s, rows)
    pa, pb = _outer(s.published, rows)
    apart = (np.abs(pa - pb) > PUBLISHED_APART_DAYS) & (pa >= 0) & (pb >= 0)
    sa, sb = _outer(s.sentence, rows)
    va, vb = _outer(s.pos, rows)
    state_conflict = _actor_conflict(s, rows)
    recipient_conflict = _recipient_conflict(s, rows)

    def doc_matrix(sim: np.ndarray | None) -> np.ndarray:
        if sim is None or not s.doc_index:
            return np.zeros((len(rows), s.n), dtype=np.float32)
        return sim[np.ix_(s.docs[rows], s.docs)]

    columns = {
        "same_lemma": same_lemma,
        "same_text": _equal(s.text, rows),
        "word_similarity": _cosine(s, "word_vector", rows),
        "context_similarity": _cosine(s, "context", rows),
        "sentence_similarity": _cosine(s, "sentence_vector", rows),
        "document_similarity": doc_matrix(word_similarity),
        "document_name_similarity": doc_matrix(name_similarity),
        "same_document": same_doc,
        "sentence_gap": np.where(same_doc, np.log1p(np.abs(sa - sb)), 0),
        "argument_overlap": arg_j,
        "argument_shared": arg_i > 0,
        "name_overlap": name_j,
        "time_match": time_match,
        "sentence_time_match": s_match,
        "sentence_time_conflict": s_conflict,
        "number_overlap": num_j,
        "both_verbs": (va == "VERB") & (vb == "VERB"),
        "both_nouns": (va == "NOUN") & (vb == "NOUN"),
        "published_apart": apart,
        "place_match": place_match,
        "figure_match": fig_i > 0,
        "evidence_similarity": _cosine(s, "evidence_vector", rows),
        "state_conflict": state_conflict,
        "recipient_conflict": recipient_conflict,
        "synonym": (meanings_shared > 0) & ~same_lemma,
        "count_match": count_i > 0,
        "count_conflict": ca_ & cb_ & (count_i == 0),
    }
    features = np.stack([columns[f].astype(np.float32) for f in FEATURES], axis=-1)
    ta, tb = _outer(s.types, rows)
    both_typed = (ta >= 0) & (tb >= 0)
    other_type = both_typed & (ta != tb)
    ra, rb = _outer(s.relation, rows)
    ca_place, cb_place = _outer(s.country, rows)
    listed = (ca_place != cb_place) & (ca_place >= 0) & (cb_place >= 0)
    listed &= _listed_by_each(s, s.place_country, rows)  # two countries each report names
    unrelated = (ra & rb) == 0
    _, told_i = _overlap(s, "told_parties", rows)
    one_order = _one_order(s, rows) & ~same_doc
    # one order by a party both name, placed at two towns of its country (one_order_two_cities)
    place_conflict &= ~(one_order & (told_i > 0))
    ok = ~(other_type & unrelated) & ~time_conflict & ~(place_conflict & ~listed)
    ma, mb = _outer(s.modes, rows)
    oa_, ob_ = _outer(s.order, rows)
    ok &= ~(both_typed & (ta == tb) & (ma >= 0) & (mb >= 0) & (ma != mb) & (oa_ | ob_))
    moded = (ma >= 0) & (mb >= 0)
    ok &= ~(moded & s.mode_apart[np.maximum(ma, 0), np.maximum(mb, 0)])  # the men held, a decree
    ok &= ~_told_by_others(s, rows)  # two speakers: two statements
    ea, eb = _outer(s.edition, rows)
    ok &= ~((ea > 0) & (eb > 0) & (ea != eb))  # the fourth round of talks and the fifth
    cha, chb = _outer(s.charge, rows)
    ok &= cha == chb  # the murder charge and the killing (features.charges_differ)
    ua, ub = _outer(s.undated, rows)
    either_undated = ua | ub
    pre_a, pre_b = _outer(s.precise, rows)
    _, ground_i = _overlap(s, "ground_names", rows)
    _, telling_i = _overlap(s, "telling", rows)
    ground = (told_i > 0) | (ground_i > 0) | (telling_i > 0) | (place_match & pre_a & pre_b)
    ground |= one_order
    oa, ob = _outer(s.own_date, rows)
    ok &= ~(both_typed & ~(oa & ob) & ~ground)
    ok &= ~(both_typed & ~same_doc & _side_apart(s, rows) & (telling_i == 0))
    aa, ab = _outer(s.asserted, rows)
    ok &= ~(both_typed & ~(aa & ab) & ~ground & ~same_doc)  # a plan: never on a type and a day
    ok &= ~(other_type & _actors_differ(s, rows) & (telling_i == 0))  # storming and a decree
    pa, pb = _outer(s.party_plan, rows)
    party = (arg_i > 0) | (telling_i > 0)
    ok &= ~((pa | pb) & ~party & ~same_doc)  # a named party's plan: by its parties, not its place
    ca, cb = _outer(s.coarse, rows)
    loose = (ca | cb) & ~either_undated
    # one dated to a month or year, the other undated (features.coarse_and_undated)
    coarse_undated = (ca & ub) | (cb & ua)
    # a destruction and an event of a related type: more than the place (place_not_enough)
    na, nb = _outer(s.place_not_enough, rows)
    _, beyond_i = _overlap(s, "beyond_place", rows)
    beyond = (told_i > 0) | (beyond_i > 0) | (telling_i > 0)
    related_ground = np.where(na | nb, beyond, ground)
    upa, upb = _outer(s.unplaced_plan, rows)
    ok &= ~((upa | upb) & ~(beyond | one_order) & ~same_doc)  # plan_apart
    ok &= ~(other_type & (either_undated | loose | ~related_ground))
    ok &= ~(both_typed & (loose | coarse_undated) & ~((told_i > 0) | (fig_i > 0)))
    ok &= ~(both_typed & same_doc)  # two coded events the article coder kept apart
    # two articles, actors (or targets) of two states
    ok &= ~(_actor_conflict(s, rows, listed=True) & ~same_doc)
    ok &= ~(_speakers_differ(s, rows) & ~same_doc)  # two statements by two speakers
    da_, db_ = _outer(s.worded_day, rows)
    days_differ = da_ & db_ & (s.ordinal[rows][:, None] != s.ordinal[None, :])
    ok &= ~(both_typed & days_differ & recipient_conflict & (fig_i == 0) & ~same_doc)
    ok &= ~_before_report(s, rows)  # told as earlier, and the other of its report's day or later
    ok &= ~_reported_before(s, rows)  # a report published before the other's worded day
    return features, ok


def _one_order(s: Sides, rows: np.ndarray) -> np.ndarray:
    """ground.one_order, but for the documents (the caller's): an order of one type and mode,
    placed in one country, both dated to the day."""
    ma, mb = _outer(s.modes, rows)
    oa, ob = _outer(s.order, rows)
    ca, cb = _outer(s.country, rows)
    day = s.has_time & (s.level == 0)
    da, db = _outer(day, rows)
    return oa & ob & (ma == mb) & (ma >= 0) & (ca == cb) & (ca >= 0) & da & db


def _side_apart(s: Sides, rows: np.ndarray) -> np.ndarray:
    """features.side_apart, but for the telling figure (the caller's): one a side event of
    its day, the two of two kinds."""
    sa, sb = _outer(s.side_event, rows)
    ta, tb = _outer(s.types, rows)
    ma, mb = _outer(s.modes, rows)
    two_kinds = (ta != tb) | ((ma >= 0) & (mb >= 0) & (ma != mb))
    return (sa | sb) & two_kinds


def _actors_differ(s: Sides, rows: np.ndarray) -> np.ndarray:
    """features.actors_differ, pair by pair."""
    _, shared = _overlap(s, "parties", rows)
    ga, gb = _outer(s.actor_given, rows)
    fa, fb = _outer(s.full_name, rows)
    pa, pb = _outer(s.actor_party, rows)
    return ga & gb & (fa | fb) & (shared == 0) & ~((pa >= 0) & (pa == pb))


def block_matrices(
    mentions: Sequence[LinkMention],
    word_similarity: np.ndarray | None = None,
    name_similarity: np.ndarray | None = None,
    doc_index: dict[str, int] | None = None,
    window_days: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """All features as an (n, n, features) array, and the (n, n) compatibility matrix."""
    rows = np.arange(len(mentions))
    sides = Sides(mentions, doc_index)
    return band_matrices(sides, rows, word_similarity, name_similarity, window_days)


def block_features(
    mentions: Sequence[LinkMention],
    word_similarity: np.ndarray | None = None,
    name_similarity: np.ndarray | None = None,
    doc_index: dict[str, int] | None = None,
    fresh: set[int] | None = None,
) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Every compatible pair (i < j) of ``mentions`` and its feature row (in FEATURES order).

    ``word_similarity`` and ``name_similarity`` are document-by-document matrices indexed by
    ``doc_index[mention.doc]``. With ``fresh`` (indices), only pairs with a fresh member, and
    only the fresh mentions' rows are computed.
    """
    n = len(mentions)
    if n < 2:
        return [], np.zeros((0, len(FEATURES)), dtype=np.float32)
    sides = Sides(mentions, doc_index)
    is_fresh = np.ones(n, dtype=bool)
    if fresh is not None:
        is_fresh[:] = False
        is_fresh[list(fresh)] = True
    wanted = np.flatnonzero(is_fresh)
    pairs: list[tuple[int, int]] = []
    rows_out: list[np.ndarray] = []
    for start in range(0, len(wanted), BAND):
        rows = wanted[start : start + BAND]
        features, ok = band_matrices(sides, rows, word_similarity, name_similarity)
        # each pair once: (fresh, later fresh) or (fresh, not fresh)
        keep = ok & (~is_fresh[None, :] | (np.arange(n)[None, :] > rows[:, None]))
        r, c = np.nonzero(keep)
        i, j = rows[r], c
        pairs.extend(zip(np.minimum(i, j).tolist(), np.maximum(i, j).tolist()))
        rows_out.append(features[r, c])
    matrix = np.concatenate(rows_out) if rows_out else np.zeros((0, len(FEATURES)), np.float32)
    order = sorted(range(len(pairs)), key=pairs.__getitem__)
    return [pairs[k] for k in order], matrix[order]
