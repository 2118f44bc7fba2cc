"""The linker's view of a stored event, kept beside it so that an ingest need not read it again.

Each ingest compares its new events with the stored events of their types and days: tens of
thousands of them in a large store. Reading each one's record again (JSON validation, then
:func:`crisislens.link.events.mention_from_event`: the office lookup, the word vectors of its
sentences) cost most of an ingest's linking time. So when an event is linked its
:class:`LinkMention` is kept as one row: the scalar fields as JSON, the rows of the word vectors
its sentences' vector averages (int32 bytes: a tenth of the vector's size), and the days
:func:`crisislens.link.stories.period` gives it, to select by. Both vectors are made again from
the vocabulary exactly as :func:`crisislens.link.events.mention_from_event` makes them: the
trigger's from its word (one lookup a word), the sentences' from the kept rows.

A row is valid only for the code and data that made it: :data:`VIEW_VERSION` is a fingerprint
of the modules and data files that shape the view (and of the word vectors' model), so a
changed reading of events (a new office in data/link.yaml, a title in data/actors.yaml) makes
the store compute the views of its events again, as it did on every ingest before.

>>> from datetime import date
>>> from crisislens.link.mention import LinkMention, TimeValue
>>> m = LinkMention("e1", "a1", 0, 8, lemma="deploy", text="deployed", event_type="MOBILIZE",
...                 time=TimeValue.parse("2022-01-06"), figures=(("troops", 3000.0),),
...                 arguments=frozenset({"russia"}), published=date(2022, 1, 7))
>>> back = load(*dump(m), vocab=None)
>>> back.key, back.time, back.figures, back.arguments
('e1', TimeValue(day=datetime.date(2022, 1, 6), precision='day'), (('troops', 3000.0),), \
frozenset({'russia'}))
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.vectors import rows_vector, word_vector

# what the view is made from: a change to any of these makes stored views stale
_SOURCES = (
    "events.py",
    "lasting.py",
    "lexicon.py",
    "parties.py",
    "places.py",
    "targets.py",
    "telling.py",
    "text.py",
    "vectors.py",
    "mention.py",
    "saved.py",
)
_DATA = ("link.yaml", "actors.yaml")
_SETS = ("arguments", "stand_ins", "entities", "wide_names", "countries", "named_countries")
_FLAGS = ("context_dated", "worded_date", "background", "asserted", "hedged", "compared", "prior")
_EXTRA = (
    "actor_country",
    "recipient_country",
    "actor_country_told",
    "recipient_country_told",
    "actor_name",
    "actor_named",
    "actor_state",
    "names_party",
    "actor_party",
    "recipient_name",
    "purpose",
    "sentence_start",
    "trigger_word",
    "place_admin1",
    "place_name",
    "place_from_article",
)


@lru_cache(maxsize=1)
def view_version() -> str:
    """A fingerprint of the code and data that make an event's view, and of the vectors' model."""
    from crisislens.nlp.spacy_model import model_path
    from crisislens.settings import Settings

    model = Settings.from_env().spacy_model
    digest = hashlib.sha256(model.encode())
    meta = Path(model_path(model)) / "meta.json"  # the model's version, and so its vectors'
    if meta.is_file():
        digest.update(meta.read_bytes())
    package = resources.files("crisislens")
    for name in _SOURCES:
        digest.update((package / "link" / name).read_bytes())
    for name in _DATA:
        digest.update((package / "data" / name).read_bytes())
    return digest.hexdigest()[:16]


def dump(m: LinkMention) -> tuple[str, bytes | None]:
    """(the view's JSON, the rows of its sentences' word vectors as bytes) of a coded event's
    mention (:func:`crisislens.link.events.mention_from_event`)."""
    fields = {
        "key": str(m.key),
        "doc": m.doc,
        "span": [m.start, m.end],
        "lemma": m.lemma,
        "text": m.text,
        "type": m.event_type,
        "mode": m.mode,
        "time": [m.time.day.isoformat(), m.time.precision] if m.time else None,
        "figures": [list(f) for f in m.figures],
        "place": list(m.place) if m.place else None,
        "published": m.published.isoformat() if m.published else None,
        "extra": {k: m.extra.get(k) for k in _EXTRA},
    }
    fields.update({k: sorted(getattr(m, k)) for k in _SETS})
    fields.update({k: getattr(m, k) for k in _FLAGS})
    rows = m.extra.get("evidence_rows")
    return json.dumps(fields), (None if rows is None else rows.astype(np.int32).tobytes())


def load(payload: str, evidence: bytes | None, vocab) -> LinkMention:
    """The mention :func:`dump` kept; ``vocab`` gives its vectors again."""
    f = json.loads(payload)
    rows = None if evidence is None else np.frombuffer(evidence, dtype=np.int32)
    time = f["time"]
    place = f["place"]
    return LinkMention(
        key=f["key"],
        doc=f["doc"],
        start=f["span"][0],
        end=f["span"][1],
        lemma=f["lemma"],
        text=f["text"],
        pos="OTHER",
        event_type=f["type"],
        mode=f["mode"],
        word_vector=_word_vector(vocab, f["extra"].get("trigger_word") or ""),
        evidence_vector=None if rows is None else rows_vector(vocab, rows),
        time=TimeValue(date.fromisoformat(time[0]), time[1]) if time else None,
        figures=tuple((kind, float(value)) for kind, value in f["figures"]),
        place=(place[0], place[1], place[2], place[3]) if place else None,
        published=date.fromisoformat(f["published"]) if f["published"] else None,
        extra={**f["extra"], "evidence_rows": rows},
        arguments=frozenset(f["arguments"]),
        stand_ins=frozenset(f.get("stand_ins", ())),
        entities=frozenset(f["entities"]),
        wide_names=frozenset(f["wide_names"]),
        countries=frozenset(f["countries"]),
        named_countries=frozenset(f.get("named_countries", ())),
        context_dated=f["context_dated"],
        worded_date=f["worded_date"],
        background=f["background"],
        asserted=f["asserted"],
        hedged=f["hedged"],
        compared=f.get("compared", False),
        prior=f.get("prior", False),
    )


def _word_vector(vocab, word: str) -> np.ndarray | None:
    if vocab is None:
        return None
    return _cached_word_vector(vocab, word)


@lru_cache(maxsize=50_000)
def _cached_word_vector(vocab, word: str) -> np.ndarray | None:
    """A trigger word's vector, read once per word (most stored events share a few triggers)."""
    return word_vector(vocab, word)
