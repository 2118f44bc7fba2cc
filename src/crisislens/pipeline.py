"""Article -> ArticleRecord: the stages in order, with their resources loaded once.

>>> pipeline = Pipeline.load()                                   # doctest: +SKIP
>>> record = pipeline.process_one(article)                       # doctest: +SKIP
>>> [e.event_type for e in record.events][:2]                    # doctest: +SKIP
['MOBILIZE', 'THREATEN']
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from crisislens.actors.coder import ActorCoder, ArticleContext
from crisislens.actors.context import count_countries, country_owner
from crisislens.actors.dictionary import ActorDictionary
from crisislens.events.acled import AcledMapper
from crisislens.events.acled_model import AcledHead
from crisislens.events.article import ArticleCoder
from crisislens.events.eventness import eventness_model
from crisislens.events.extract import EventExtractor
from crisislens.events.focus import article_focus
from crisislens.events.lexicon import Lexicon
from crisislens.events.rules.nearest import where_named
from crisislens.events.rules.place import (
    journey_end,
    neighbour_place,
    reference_point,
    spoken_there,
)
from crisislens.events.tone import ToneScorer
from crisislens.geo.gazetteer import Gazetteer
from crisislens.geo.resolver import PlaceResolver
from crisislens.link.parties import use_actors
from crisislens.nlp.doc_cache import doc_text, known_text
from crisislens.nlp.embedder import Cached, Encoder, open_encoder
from crisislens.nlp.normalise import parse_text, restore_texts
from crisislens.nlp.spacy_model import load_nlp
from crisislens.schemas import Actor, Article, ArticleRecord, Event
from crisislens.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Pipeline:
    """Everything one worker needs, loaded once: the spaCy pipeline, gazetteer, dictionaries."""

    nlp: Language
    gazetteer: Gazetteer
    actors: ActorDictionary
    places: PlaceResolver
    events: EventExtractor
    tone: ToneScorer
    settings: Settings
    acled_head: AcledHead | None = None  # the trained second opinion on ACLED types
    embedder: Encoder | None = None  # the sentence encoder the head was fitted to
    top_embedder: Encoder | None = None  # the second encoder of the head's top-event head
    article: ArticleCoder = field(default_factory=ArticleCoder)  # mentions -> events

    @classmethod
    def load(
        cls, settings: Settings | None = None, progress: Callable[[str], None] | None = None
    ) -> Pipeline:
        settings = settings or Settings.from_env()
        nlp = load_nlp(settings.spacy_model)
        gazetteer = Gazetteer.open(settings.gazetteer_path, progress)
        actors = ActorDictionary.load(settings.actor_files)
        use_actors(actors)  # the story linker reads titles from this one, not a second copy
        resolver = PlaceResolver(
            gazetteer,
            is_actor_name=lambda t: actors.named(t, None, base=False) is not None,
            demonym_country=actors.nationality,
        )
        lexicon = Lexicon.load()
        extractor = EventExtractor(lexicon, ActorCoder(actors, gazetteer), AcledMapper())
        head = embedder = top_embedder = None
        if settings.acled_model:
            head = AcledHead.load()
            # two threads while a core is idle, else one (Settings.encoder_threads, "auto");
            # repeated sentences are encoded once
            embedder = Cached(
                open_encoder(
                    head.encoder, settings.encoder_path, progress, settings.encoder_threads
                )
            )
            if head.top is not None:
                top_embedder = _top_encoder(head.top.encoder, settings, progress)
        scorer = eventness_model() if settings.eventness else None
        article = ArticleCoder(light_verbs=lexicon.light_verbs, eventness=scorer)
        return cls(
            nlp,
            gazetteer,
            actors,
            resolver,
            extractor,
            ToneScorer(),
            settings,
            head,
            embedder,
            top_embedder,
            article,
        )

    def process(
        self, articles: Iterable[Article], batch_size: int | None = None
    ) -> Iterator[ArticleRecord]:
        """Records for ``articles``, in order; spaCy runs over them in batches."""
        size = batch_size or self.settings.batch_size
        # the parser reads ASCII quotes and dashes (offsets unchanged, nlp/normalise.py)
        texts = ((text, (text, a)) for a in articles for text in (parse_text(a.text),))
        pairs = self.nlp.pipe(texts, as_tuples=True, batch_size=size)
        while chunk := list(islice(pairs, size)):
            records = []
            for doc, (text, article) in chunk:
                known_text(doc, text)  # spaCy keeps the text it is given, character for character
                records.append(self._coded(doc, article))
            yield from self._relabel(records)  # the ACLED head embeds a whole batch at once

    @contextmanager
    def without_head(self) -> Iterator[None]:
        """Inside, ACLED types come from the rules alone (what the ACLED head learns from)."""
        head, self.acled_head = self.acled_head, None
        try:
            yield
        finally:
            self.acled_head = head

    def process_one(self, article: Article) -> ArticleRecord:
        return next(self.process([article]))

    def record(self, doc: Doc, article: Article) -> ArticleRecord:
        return self._relabel([self._coded(doc, article)])[0]

    def _relabel(self, records: list[ArticleRecord]) -> list[ArticleRecord]:
        if self.acled_head is None or self.embedder is None:
            return records
        batch = self.acled_head.relabel(
            [r.events for r in records],
            self.embedder.encode,
            self.events.acled.event_types,
            self.top_embedder.encode if self.top_embedder is not None else None,
        )
        return [
            r if events is r.events else r.model_copy(update={"events": events})
            for r, events in zip(records, batch)
        ]

    def _coded(self, doc: Doc, article: Article) -> ArticleRecord:
        """The record as the rules code it: places, actors, events, tone."""
        places = self.places.resolve(doc, self.places.toponyms(doc), article.title)
        places = self.places.with_capitals(doc, places)
        context = ArticleContext(day=article.published)
        words = self.events.actors.words
        owner = partial(country_owner, words=words)
        count_countries(context, doc, places, self.actors.nationality, where_named, owner)
        # a place another is located from ("180 km north of Goma"), a neighbour ("the border with
        # Mali") or a vehicle's journey's end ("a bus from Karachi") is not where the story is
        located = [
            p
            for p in places
            if not reference_point(p, doc, places)
            and not neighbour_place(p, doc)
            and not journey_end(p, doc)
        ]
        capitals = self.places.capital_ids(located)
        spoken = frozenset(p.start for p in located if spoken_there(p, doc))
        focus = article_focus(article.text, located, article.title, capitals, spoken)
        context.focus_country = focus.country if focus is not None else None
        candidates = self.events.extract(doc, article, places, context)
        coded = self.article.code(doc, article, candidates, places, focus)
        participants = self.events.actors.participants(doc, context)
        record = ArticleRecord(
            article_id=article.article_id,
            source_id=article.source_id,
            title=article.title,
            url=article.url,
            published=article.published,
            actors=_unique_actors(coded.events, coded.participants, participants),
            places=places,
            events=coded.events,
            tone=self.tone.score(doc),
        )
        if doc_text(doc) != article.text:  # quoted texts as the article has them, not as parsed
            record = restore_texts(record, article.text)
        return record


def _top_encoder(
    name: str, settings: Settings, progress: Callable[[str], None] | None
) -> Encoder | None:
    """The second encoder of the ACLED head's top-event head, or None where it is not installed
    (``make install-mpnet``): the first head then types every event alone, as without a top
    head, and a warning says so."""
    from crisislens.errors import ResourceError

    try:
        return Cached(open_encoder(name, settings.encoder_path, progress, settings.encoder_threads))
    except (ImportError, ResourceError) as err:
        log.warning(
            "the ACLED head's top-event encoder (%s) is not available (%s); ACLED types come "
            "from the first head alone. `make install-mpnet` installs it.",
            name,
            err,
        )
        return None


def _unique_actors(
    events: list[Event], mention_actors: list[Actor], participants: list[Actor]
) -> list[Actor]:
    """Every actor mention that takes part in an event (in any of its mentions), once per span,
    and the article's other named participants (once per name) that take part in none."""
    seen: dict[tuple[int, int], Actor] = {}
    for event in events:
        for actor in (event.actor, event.recipient):
            if actor is not None:
                seen.setdefault((actor.start, actor.end), actor)
    for actor in mention_actors:
        seen.setdefault((actor.start, actor.end), actor)
    names = {actor.name for actor in seen.values()}
    for actor in participants:
        if actor.name not in names:
            seen.setdefault((actor.start, actor.end), actor)
    return sorted(seen.values(), key=lambda a: a.start)
